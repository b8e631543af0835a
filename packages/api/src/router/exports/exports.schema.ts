import { z } from "zod";
import { ZId } from "../shared.schema.ts";

export const ZGetExportInput = z.object({ id: ZId });

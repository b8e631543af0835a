import { z } from "zod";
import { ZId } from "../portfolios/portfolios.schema.ts";

export const ZGetRequestInput = z.object({ id: ZId });
export const ZCancelRequestInput = z.object({ id: ZId, expectedVersion: z.number().int().min(1) });

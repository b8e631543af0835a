import { z } from "zod";

/** A database id in any procedure's input: every domain bounds it the same way. */
export const ZId = z.string().trim().min(1, "is required").max(64, "must be at most 64 characters");

import { z } from "zod";
import { visibleText } from "../shared.schema.ts";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, ZApiTokenScope } from "@stackvend/auth";

export const ZCreateApiTokenInput = z.object({
  name: visibleText(
    z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  ),
  scopes: z
    .array(ZApiTokenScope)
    .min(1, "Choose at least one scope")
    .refine((scopes) => new Set(scopes).size === scopes.length, "must not repeat a scope"),
  expiresInDays: z
    .number()
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(API_TOKEN_MAX_DAYS, `must be at most ${API_TOKEN_MAX_DAYS} days`)
    .default(API_TOKEN_DEFAULT_DAYS),
});

export const ZRevokeApiTokenInput = z.object({ id: z.string().min(1).max(64) });

import { z } from "zod";
import type { TJson } from "../model.ts";
import type { TFormModel } from "./form-model.ts";

/**
 * The form model as stored (a JSON column) and sent to browsers. Reading it
 * back through this schema catches a row written by an older or broken
 * version before a form is drawn from it.
 */
const ZJson: z.ZodType<TJson> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(ZJson), z.record(z.string(), ZJson)]),
);

const ZPosition = z.object({ line: z.number().int(), column: z.number().int() });

const ZFinding = z.object({
  id: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  position: ZPosition.optional(),
  cfnLintRule: z.string().optional(),
});

export const ZFormField = z.object({
  name: z.string(),
  label: z.string(),
  description: z.string().optional(),
  kind: z.enum(["text", "number", "select", "multiselect", "list", "secret", "aws-id", "ssm"]),
  type: z.string(),
  multiple: z.boolean(),
  numeric: z.boolean(),
  awsType: z.string().optional(),
  ssmResolvesTo: z.string().optional(),
  hint: z.object({ format: z.string(), example: z.string(), pattern: z.string() }).optional(),
  options: z.array(z.string()).optional(),
  pattern: z.string().optional(),
  constraintPatterns: z
    .array(z.object({ pattern: z.string(), description: z.string().optional() }))
    .optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  default: z.union([z.string(), z.array(z.string())]).optional(),
  secret: z.boolean(),
  required: z.boolean(),
  constraintDescription: z.string().optional(),
  group: z.string().optional(),
});

export const ZFormModel = z.object({
  fields: z.array(ZFormField),
  groups: z.array(z.object({ label: z.string().optional(), parameters: z.array(z.string()) })),
  rules: z.record(z.string(), ZJson).optional(),
  warnings: z.array(ZFinding),
});

type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time proof that the schema and the hand-written types describe the same shape. */
const _sameShape: TSame<z.infer<typeof ZFormModel>, TFormModel> = true;

export { buildFormModel } from "./build-form-model.ts";
export type { TFormModelOptions } from "./build-form-model.ts";
export { buildValuesSchema, ZParameterValue, ZParameterValues } from "./values-schema.ts";
export type { TParameterValuesInput, TValuesSchema } from "./values-schema.ts";
export { checkFieldValue } from "./check-field-value.ts";
export type { TValueIssue, TValueRule } from "./check-field-value.ts";
export { sampleValues } from "./sample-values.ts";
export { ZFormField, ZFormModel } from "./form-model-schema.ts";
export { classifyParameterType } from "./parameter-type.ts";
export type { TParameterType } from "./parameter-type.ts";
export { AWS_ID_FORMATS } from "./aws-id-formats.ts";
export type { TAwsIdFormat } from "./aws-id-formats.ts";
export type {
  TConstraintPattern,
  TFieldHint,
  TFieldKind,
  TFormField,
  TFormGroup,
  TFormModel,
  TParameterConstraint,
} from "./form-model.ts";

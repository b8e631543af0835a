import type { TFinding, TJsonObject } from "../model.ts";

/**
 * The form model: everything a browser needs to draw and check a product's
 * order form, as plain JSON so it can be stored with a product version and
 * sent to the client unchanged.
 */
export type TFieldKind = "text" | "number" | "select" | "multiselect" | "list" | "secret" | "aws-id" | "ssm";

export interface TFieldHint {
  /** Human description of the expected format. */
  format: string;
  example: string;
  /** Unanchored pattern the value (or each item) must match. */
  pattern: string;
}

/** A pattern added by a portfolio constraint, checked in addition to the template's own. */
export interface TConstraintPattern {
  pattern: string;
  description?: string;
}

export interface TFormField {
  name: string;
  label: string;
  description?: string;
  kind: TFieldKind;
  /** The CloudFormation type as written in the template. */
  type: string;
  /** Whether the value is a list (List<…>, CommaDelimitedList). */
  multiple: boolean;
  /** Items are numbers (Number, List<Number>). */
  numeric: boolean;
  /** AWS-specific type of the value or of each item, e.g. AWS::EC2::VPC::Id. */
  awsType?: string;
  /** For SSM value types: the type the named SSM parameter resolves to. */
  ssmResolvesTo?: string;
  hint?: TFieldHint;
  /** AllowedValues, narrowed by portfolio constraints. */
  options?: string[];
  pattern?: string;
  constraintPatterns?: TConstraintPattern[];
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
  /** The template Default as a form shows it; never present for secrets. */
  default?: string | string[];
  /** NoEcho: never shown, never stored in clear, supplied at deploy time. */
  secret: boolean;
  /** No usable Default, so the requester must give a value (secrets are supplied at deploy instead). */
  required: boolean;
  constraintDescription?: string;
  /** Label of the Interface parameter group the field belongs to. */
  group?: string;
}

export interface TFormGroup {
  /** Undefined for the trailing group of parameters no ParameterGroup lists. */
  label?: string;
  parameters: string[];
}

export interface TFormModel {
  /** Fields in display order: grouped ones first, in group order, then the rest in template order. */
  fields: TFormField[];
  groups: TFormGroup[];
  /** Template Rules plus portfolio rules, in CloudFormation Rules syntax; checked by the values schema. */
  rules?: TJsonObject;
  /** Problems that do not stop the form, e.g. a constraint naming no parameter. */
  warnings: TFinding[];
}

/** A portfolio constraint on one parameter; it can narrow what the template allows, never widen it. */
export interface TParameterConstraint {
  parameter: string;
  allowedValues?: string[];
  allowedPattern?: string;
  description?: string;
}

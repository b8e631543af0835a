import type { TJson } from "../model.ts";
import { AWS_ID_FORMATS } from "./aws-id-formats.ts";

/**
 * What a CloudFormation parameter `Type` means for a form: whether the value
 * is a list, whether items are numbers, and which AWS id format (if any) the
 * items follow. SSM types (`AWS::SSM::Parameter::Value<…>`) take the *name*
 * of a parameter; `resolvesTo` is what CloudFormation reads from it.
 */
export interface TParameterType {
  base: "string" | "number" | "aws" | "ssm-name" | "ssm-value";
  multiple: boolean;
  /** The AWS-specific type of the value or of each item. */
  awsType?: string;
  /** For `AWS::SSM::Parameter::Value<T>`: T. */
  resolvesTo?: string;
}

const SSM_VALUE = /^AWS::SSM::Parameter::Value<(.+)>$/;
const LIST = /^List<(.+)>$/;

/** Types an SSM parameter value may resolve to. */
function isSsmTarget(inner: string): boolean {
  if (inner === "String" || inner === "List<String>" || inner === "CommaDelimitedList") return true;
  const item = LIST.exec(inner)?.[1] ?? inner;
  return item in AWS_ID_FORMATS && item !== "AWS::SSM::Parameter::Name";
}

/** Undefined for a type CloudFormation does not know. */
export function classifyParameterType(type: string): TParameterType | undefined {
  if (type === "String") return { base: "string", multiple: false };
  if (type === "Number") return { base: "number", multiple: false };
  if (type === "List<Number>") return { base: "number", multiple: true };
  if (type === "CommaDelimitedList") return { base: "string", multiple: true };
  if (type === "AWS::SSM::Parameter::Name") return { base: "ssm-name", multiple: false, awsType: type };
  const ssm = SSM_VALUE.exec(type)?.[1];
  if (ssm !== undefined) {
    return isSsmTarget(ssm)
      ? { base: "ssm-value", multiple: false, awsType: "AWS::SSM::Parameter::Name", resolvesTo: ssm }
      : undefined;
  }
  const listItem = LIST.exec(type)?.[1];
  const awsType = listItem ?? type;
  if (awsType in AWS_ID_FORMATS && awsType !== "AWS::SSM::Parameter::Name") {
    return { base: "aws", multiple: listItem !== undefined, awsType };
  }
  return undefined;
}

/**
 * Why `type` is not a parameter type, or undefined when it is one. The form
 * model and the SV-E2002 check both report it in these words, so a caller
 * that shows both lists sees the problem once.
 */
export function parameterTypeProblem(name: string, type: TJson | undefined): string | undefined {
  if (typeof type === "string" && classifyParameterType(type)) return undefined;
  return `Parameter '${name}' has invalid Type ${JSON.stringify(type ?? null)}`;
}

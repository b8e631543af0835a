/** Parameter Type is one CloudFormation knows: basic, AWS-specific, List<…> or SSM parameter types. */
import type { TCheck, TDraft } from "../context.ts";

export const AWS_SPECIFIC_PARAMETER_TYPES: ReadonlySet<string> = new Set([
  "AWS::EC2::AvailabilityZone::Name",
  "AWS::EC2::Image::Id",
  "AWS::EC2::Instance::Id",
  "AWS::EC2::KeyPair::KeyName",
  "AWS::EC2::SecurityGroup::GroupName",
  "AWS::EC2::SecurityGroup::Id",
  "AWS::EC2::Subnet::Id",
  "AWS::EC2::Volume::Id",
  "AWS::EC2::VPC::Id",
  "AWS::Route53::HostedZone::Id",
]);

const BASIC = new Set([
  "String",
  "Number",
  "List<Number>",
  "CommaDelimitedList",
  "AWS::SSM::Parameter::Name",
]);

/** Whether a type can be the `T` of `AWS::SSM::Parameter::Value<T>`. */
function isSsmValueType(inner: string): boolean {
  if (inner === "String" || inner === "List<String>" || inner === "CommaDelimitedList") return true;
  if (AWS_SPECIFIC_PARAMETER_TYPES.has(inner)) return true;
  const list = /^List<(.+)>$/.exec(inner);
  return list !== null && AWS_SPECIFIC_PARAMETER_TYPES.has(list[1] as string);
}

export function isValidParameterType(type: string): boolean {
  if (BASIC.has(type) || AWS_SPECIFIC_PARAMETER_TYPES.has(type)) return true;
  const list = /^List<(.+)>$/.exec(type);
  if (list) return AWS_SPECIFIC_PARAMETER_TYPES.has(list[1] as string);
  const ssm = /^AWS::SSM::Parameter::Value<(.+)>$/.exec(type);
  return ssm !== null && isSsmValueType(ssm[1] as string);
}

export const parametersType: TCheck = {
  id: "SV-E2002",
  cfnLintRule: "E2002",
  description: "Parameter types are valid CloudFormation parameter types",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#parameters-section-structure-properties-type",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, p] of ctx.parameters) {
      if (p.Type === undefined) continue;
      if (typeof p.Type !== "string" || !isValidParameterType(p.Type)) {
        out.push({
          path: ["Parameters", name, "Type"],
          message: `Parameter '${name}' has invalid Type ${JSON.stringify(p.Type)}`,
        });
      }
    }
    return out;
  },
};

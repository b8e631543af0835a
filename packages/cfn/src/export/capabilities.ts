import type { TJson, TJsonObject } from "../model.ts";

export type TCapability = "CAPABILITY_IAM" | "CAPABILITY_NAMED_IAM" | "CAPABILITY_AUTO_EXPAND";

/** IAM resource types CloudFormation asks CAPABILITY_IAM for, with the property that names one (if any). */
const IAM_TYPES: Readonly<Record<string, string | null>> = {
  "AWS::IAM::AccessKey": null,
  "AWS::IAM::Group": "GroupName",
  "AWS::IAM::GroupPolicy": null,
  "AWS::IAM::InstanceProfile": "InstanceProfileName",
  "AWS::IAM::ManagedPolicy": "ManagedPolicyName",
  "AWS::IAM::OIDCProvider": null,
  "AWS::IAM::Policy": null,
  "AWS::IAM::Role": "RoleName",
  "AWS::IAM::RolePolicy": null,
  "AWS::IAM::SAMLProvider": null,
  "AWS::IAM::ServerCertificate": null,
  "AWS::IAM::ServiceLinkedRole": null,
  "AWS::IAM::User": "UserName",
  "AWS::IAM::UserPolicy": null,
  "AWS::IAM::UserToGroupAddition": null,
  "AWS::IAM::VirtualMFADevice": null,
};

/** SAM resources that create an IAM role unless given one (`Role`). */
const SAM_ROLE_TYPES: Readonly<Record<string, string>> = {
  "AWS::Serverless::Function": "Role",
  "AWS::Serverless::StateMachine": "Role",
};

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `Fn::Transform` anywhere (an inline macro) expands the template like a top-level Transform. */
function usesMacro(node: TJson): boolean {
  if (Array.isArray(node)) return node.some(usesMacro);
  if (!isObject(node)) return false;
  return Object.entries(node).some(([key, value]) => key === "Fn::Transform" || usesMacro(value));
}

export interface TCapabilities {
  capabilities: TCapability[];
  /** Why each capability is needed, e.g. "AdminRole is an AWS::IAM::Role named by RoleName". */
  reasons: string[];
}

/**
 * The `--capabilities` a template needs: CAPABILITY_IAM for IAM resources,
 * CAPABILITY_NAMED_IAM instead when one of them is given a name (it covers
 * both), CAPABILITY_AUTO_EXPAND for a Transform or a macro. A SAM function
 * without its own Role creates one, so it counts as an IAM resource.
 */
export function detectCapabilities(body: TJsonObject): TCapabilities {
  const reasons: string[] = [];
  let iam = false;
  let named = false;
  const resources = body["Resources"];
  for (const [id, resource] of Object.entries(isObject(resources) ? resources : {})) {
    if (!isObject(resource) || typeof resource["Type"] !== "string") continue;
    const type = resource["Type"];
    const properties = isObject(resource["Properties"]) ? resource["Properties"] : {};
    if (Object.hasOwn(IAM_TYPES, type)) {
      iam = true;
      const nameProperty = IAM_TYPES[type];
      if (nameProperty && properties[nameProperty] !== undefined) {
        named = true;
        reasons.push(`${id} is an ${type} named by ${nameProperty}`);
      } else {
        reasons.push(`${id} is an ${type}`);
      }
    } else if (Object.hasOwn(SAM_ROLE_TYPES, type) && properties[SAM_ROLE_TYPES[type]!] === undefined) {
      iam = true;
      reasons.push(`${id} (${type}) creates an IAM role`);
    }
  }
  const capabilities: TCapability[] = [];
  if (named) capabilities.push("CAPABILITY_NAMED_IAM");
  else if (iam) capabilities.push("CAPABILITY_IAM");
  if (body["Transform"] !== undefined) {
    capabilities.push("CAPABILITY_AUTO_EXPAND");
    reasons.push("the template declares a Transform");
  } else if (usesMacro(body)) {
    capabilities.push("CAPABILITY_AUTO_EXPAND");
    reasons.push("the template calls a macro with Fn::Transform");
  }
  return { capabilities, reasons };
}

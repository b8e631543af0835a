/**
 * Answers shared by the reference checks: can this name be Ref'd, and does
 * this resource expose this attribute.
 */
import { PSEUDO_PARAMETERS } from "../graph/references.ts";
import { isCustomType, isModuleType, isTransformed, resourceType, type TCheckContext } from "./context.ts";

/** Types whose `Outputs.<Name>` attributes come from another stack and cannot be known here. */
const OUTPUT_ATTRIBUTE_TYPES = new Set([
  "AWS::CloudFormation::Stack",
  "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
]);

/**
 * Attributes CloudFormation still serves that the resource specification no
 * longer lists (kept for old templates; cfn-lint accepts them too).
 */
const LEGACY_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["AWS::Elasticsearch::Domain", new Set(["DomainArn"])],
]);

/**
 * Names SAM generates for the resources it expands (`MyFunctionRole`,
 * `ServerlessRestApi`, …): Ref'ing them is legitimate although they are not in
 * the template as written.
 */
export function isSamGeneratedName(ctx: TCheckContext, name: string): boolean {
  if (!ctx.transforms.sam) return false;
  if (name.startsWith("Serverless")) return true;
  for (const [id, resource] of ctx.resources) {
    const type = resourceType(resource);
    if (type && isTransformed(ctx, type) && name.startsWith(id)) return true;
  }
  return false;
}

/** Names a LanguageExtensions loop substitutes (`${Identifier}`) cannot be resolved statically. */
export function isTemplated(ctx: TCheckContext, name: string): boolean {
  if (!ctx.transforms.languageExtensions) return false;
  return name.includes("${") || name.includes("&{") || ctx.loopResources.has(name) || ctx.loopResourcesOpaque;
}

export function isRefTarget(ctx: TCheckContext, name: string): boolean {
  return (
    ctx.parameters.has(name) ||
    ctx.resources.has(name) ||
    PSEUDO_PARAMETERS.has(name) ||
    isSamGeneratedName(ctx, name) ||
    isTemplated(ctx, name)
  );
}

/**
 * Why `target.attribute` cannot be read, or undefined when it can (or when
 * the type is one whose attributes are not known statically).
 */
export function attributeProblem(
  ctx: TCheckContext,
  target: string,
  attribute: string | undefined,
): string | undefined {
  if (isSamGeneratedName(ctx, target) || isTemplated(ctx, target)) return undefined;
  const resource = ctx.resources.get(target);
  if (!resource) {
    return ctx.parameters.has(target) || PSEUDO_PARAMETERS.has(target)
      ? `'${target}' is not a resource; GetAtt needs a resource`
      : `'${target}' is not a resource in this template`;
  }
  if (attribute === undefined) return undefined;
  const type = resourceType(resource);
  if (!type || isCustomType(type) || isModuleType(type) || isTransformed(ctx, type)) return undefined;
  if (OUTPUT_ATTRIBUTE_TYPES.has(type) && attribute.startsWith("Outputs.")) return undefined;
  const spec = ctx.spec.resource(type);
  if (!spec || spec.attributes.has(attribute) || LEGACY_ATTRIBUTES.get(type)?.has(attribute))
    return undefined;
  return `'${target}' (${type}) has no attribute '${attribute}'`;
}

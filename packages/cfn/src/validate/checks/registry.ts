import type { TCheck, TCheckInfo } from "../context.ts";
import { allowedValues } from "./allowed-values.ts";
import { circularDependency } from "./circular-dependency.ts";
import { conditionsExist } from "./conditions-exist.ts";
import { conditionsUsed } from "./conditions-used.ts";
import { dependsOnTargets } from "./depends-on.ts";
import { dependsOnObsolete } from "./depends-on-obsolete.ts";
import { fnIfStructure } from "./fn-if.ts";
import { findInMap } from "./find-in-map.ts";
import { getAttTargets } from "./getatt.ts";
import { moduleType } from "./module-type.ts";
import { outputsConfiguration } from "./outputs-configuration.ts";
import { outputsValue } from "./outputs-value.ts";
import { outputsValueType } from "./outputs-value-type.ts";
import { parametersConfiguration } from "./parameters-configuration.ts";
import { parametersDefault } from "./parameters-default.ts";
import { parametersDefinition } from "./parameters-definition.ts";
import { parametersType } from "./parameters-type.ts";
import { parametersUsed } from "./parameters-used.ts";
import { requiredProperties } from "./properties-required.ts";
import { unknownProperties } from "./properties-unknown.ts";
import { propertyTypes } from "./property-types.ts";
import { refTargets } from "./ref.ts";
import { resourceConfiguration } from "./resource-configuration.ts";
import { resourceTypeExists } from "./resource-type.ts";
import { rulesAssert } from "./rules-assert.ts";
import { rulesDeployTime } from "./rules-deploy-time.ts";
import { rulesInvalid } from "./rules-invalid.ts";
import { subVariables } from "./sub.ts";
import { templateSections } from "./template-sections.ts";
import { transformConfiguration } from "./transform-configuration.ts";
import { unknownTransform } from "./unknown-transform.ts";

/** Every check of a template alone, in the order `validateTemplate` reports findings. */
export const CHECKS: readonly TCheck[] = [
  templateSections,
  transformConfiguration,
  unknownTransform,
  parametersConfiguration,
  parametersType,
  parametersDefault,
  parametersDefinition,
  parametersUsed,
  resourceConfiguration,
  resourceTypeExists,
  moduleType,
  unknownProperties,
  requiredProperties,
  propertyTypes,
  allowedValues,
  refTargets,
  getAttTargets,
  subVariables,
  findInMap,
  fnIfStructure,
  dependsOnTargets,
  dependsOnObsolete,
  conditionsExist,
  conditionsUsed,
  circularDependency,
  outputsConfiguration,
  outputsValue,
  outputsValueType,
];

/**
 * Checks of Rules against order values. They need the values (or the
 * Defaults), so `evaluateRules` reports their findings, not `validateTemplate`.
 */
export const RULE_CHECKS: readonly TCheckInfo[] = [rulesInvalid, rulesAssert, rulesDeployTime];

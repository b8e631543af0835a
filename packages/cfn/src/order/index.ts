export { MAX_JUSTIFICATION } from "./limits.ts";
export {
  STACK_NAME_PATTERN,
  STACK_NAME_RULE,
  stackNameProblem,
  type TStackNameProblem,
} from "./stack-name.ts";
export {
  validateOrder,
  type TOrder,
  type TOrderIssue,
  type TOrderIssueCode,
  type TOrderValues,
  type TRequiredTag,
  type TValidateOrderOptions,
} from "./validate-order.ts";

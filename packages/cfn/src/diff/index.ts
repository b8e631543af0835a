export {
  diffTemplates,
  worstImpact,
  type TDiffOptions,
  type TFieldChange,
  type TNamedChange,
  type TPropertyChange,
  type TReplacementImpact,
  type TResourceModification,
  type TRemovedResource,
  type TResourceRef,
  type TTemplateDiff,
} from "./diff-templates.ts";

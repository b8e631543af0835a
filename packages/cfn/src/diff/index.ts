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
export {
  changePreview,
  type TChangePreview,
  type TChangePreviewOptions,
  type TReplacedResource,
  type TValueChange,
} from "./change-preview.ts";

export { renderTemplate } from "./render-template.ts";
export type { TRenderInput, TRenderOutput, TRendered } from "./render-template.ts";
export { ZProvenance, ZStackName, ZStackTags } from "./render-input.ts";
export type { TProvenance } from "./render-input.ts";

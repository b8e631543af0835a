/** Bounds on untrusted template text; see `parseTemplate`. */
export interface TParseOptions {
  /** Largest accepted source in UTF-8 bytes; CloudFormation's own limit for a template body is 1 MB. */
  maxBytes?: number;
  /** Deepest accepted nesting of mappings and sequences. */
  maxDepth?: number;
  /** Most YAML alias dereferences, counted while expanding, so alias bombs stop early. */
  maxAliasCount?: number;
}

/** CloudFormation's limit for a template body (1 MB), the one copy: parsing, uploads and the API all bound templates by it. */
export const MAX_TEMPLATE_BYTES = 1_048_576;
export const DEFAULT_MAX_DEPTH = 100;
export const DEFAULT_MAX_ALIAS_COUNT = 100;
/** Absolute cap on produced nodes, a second line of defence behind the alias count. */
export const MAX_NODES = 2_000_000;

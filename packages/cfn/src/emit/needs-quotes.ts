/**
 * Plain scalars that some YAML reader would take for something other than a
 * string: YAML 1.1 (CloudFormation, cfn-lint's PyYAML) and YAML 1.2 core
 * (most other tools) disagree, so a string matching either is quoted. Being
 * generous costs two quote characters; being stingy turns `"no"` into false
 * or `"0123"` into 83 in someone's pipeline.
 */
const NON_STRING_PLAIN = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Yy]|[Yy]es|YES|[Nn]|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF)$/,
  /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
  /^(?:<<|=)$/,
];

export function needsQuotes(text: string): boolean {
  return NON_STRING_PLAIN.some((pattern) => pattern.test(text));
}

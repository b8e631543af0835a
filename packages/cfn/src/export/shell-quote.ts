/** Characters bash never treats specially in a word; anything else is quoted. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One bash word that reads back as exactly `value`. Single quotes keep every
 * character literal (spaces, `$`, `"`, backslashes, newlines); a single quote
 * itself closes the quoting, is escaped, and reopens it.
 */
export function shellQuote(value: string): string {
  if (value !== "" && SAFE_WORD.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A value inside the AWS CLI's shorthand syntax (`Key=k,Value=v`): double
 * quoted, so commas, `=` and spaces stay part of the value; the shorthand
 * parser reads `\"` and `\\` as a quote and a backslash.
 */
export function shorthandValue(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

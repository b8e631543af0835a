import type { PrismTheme } from "prism-react-renderer";

/**
 * prism-react-renderer's GitHub theme with its light colours darkened until every token reads at
 * WCAG AA (4.5:1) on the card and on a hovered line; the original comment, number and keyword
 * colours fall under 3:1. Each token type is listed once (the GitHub theme lists tag, selector and
 * keyword twice, and its last colour wins).
 */
export const sourceTheme: PrismTheme = {
  plain: { color: "#393a34", backgroundColor: "transparent" },
  styles: [
    { types: ["comment", "prolog", "doctype", "cdata"], style: { color: "#5f6670", fontStyle: "italic" } },
    { types: ["string", "attr-value"], style: { color: "#b3145a" } },
    { types: ["punctuation", "operator"], style: { color: "#393a34" } },
    {
      types: [
        "entity",
        "url",
        "symbol",
        "number",
        "boolean",
        "variable",
        "constant",
        "property",
        "regex",
        "inserted",
      ],
      style: { color: "#0f6e6c" },
    },
    { types: ["atrule", "attr-name"], style: { color: "#0b6aa6" } },
    { types: ["function", "deleted"], style: { color: "#b31d28" } },
    { types: ["function-variable"], style: { color: "#6f42c1" } },
    { types: ["tag", "selector", "keyword"], style: { color: "#00009f" } },
  ],
};

import localFont from "next/font/local";

/**
 * Hangul for every page: Korean UI strings and Korean text people type (names,
 * descriptions) on English pages alike. Kiosks and locked-down machines often
 * have no Hangul system font and would show empty boxes.
 *
 * Pretendard (SIL Open Font License 1.1) from its npm package, in its
 * published subset of 2,780 common syllables (KS X 1001 and more), one file per
 * weight the UI uses. The unicode-range keeps pages without Hangul from
 * downloading it; the files are served by this app, never fetched elsewhere.
 * Paths are from this file to the workspace root's node_modules.
 */
export const hangul = localFont({
  src: [
    {
      path: "../../../../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Regular.subset.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../../../../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Medium.subset.woff2",
      weight: "500",
      style: "normal",
    },
    {
      path: "../../../../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-SemiBold.subset.woff2",
      weight: "600",
      style: "normal",
    },
  ],
  variable: "--font-hangul",
  display: "swap",
  preload: false,
  fallback: [],
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+1100-11FF, U+3000-303F, U+3131-318E, U+3200-32FF, U+A960-A97F, U+AC00-D7A3, U+D7B0-D7FF, U+FF01-FF60",
    },
  ],
});

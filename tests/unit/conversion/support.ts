/** Editions and languages for conversion tests (no site configuration involved). */
import type { EditionStyle, OpenccStandard, TextLanguage } from "../../../src/lib/script/types.ts";

export const hansEdition: EditionStyle = {
  id: "zh-hans",
  lang: "zh-Hans",
  script: "hans",
  standard: "cn",
  variants: {},
  quotes: "keep",
};

export function hantEdition(standard: OpenccStandard = "tw", extra: Partial<EditionStyle> = {}): EditionStyle {
  const lang = standard === "hk" ? "zh-Hant-HK" : standard === "t" ? "zh-Hant" : "zh-Hant-TW";
  return { id: `zh-hant-${standard}`, lang, script: "hant", standard, variants: {}, quotes: "keep", ...extra };
}

export const SIMPLIFIED: TextLanguage = { script: "hans", standard: "cn" };
export const taiwan = (standard: OpenccStandard = "tw"): TextLanguage => ({ script: "hant", standard });

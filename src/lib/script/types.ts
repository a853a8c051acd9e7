/** The two scripts a site is published in. */
export const SCRIPTS = ["hant", "hans"] as const;
export type Script = (typeof SCRIPTS)[number];

/** BCP 47 tags used for `lang`, hreflang and URLs. */
export const LANG_TAG: Record<Script, "zh-Hant" | "zh-Hans"> = {
  hant: "zh-Hant",
  hans: "zh-Hans",
};

/**
 * Traditional character standard used for the Traditional edition:
 * `tw` Taiwan characters, `twp` Taiwan with phrase conversion, `hk` Hong Kong, `t` OpenCC standard.
 */
export const TRADITIONAL_STANDARDS = ["tw", "twp", "hk", "t"] as const;
export type TraditionalStandard = (typeof TRADITIONAL_STANDARDS)[number];

/** A word the converter must render exactly so in each script (fixes for opencc mistakes). */
export type ConversionOverride = { readonly hans: string; readonly hant: string };

export type ConversionSettings = {
  readonly traditional: TraditionalStandard;
  readonly overrides: readonly ConversionOverride[];
};

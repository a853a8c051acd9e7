/** Scripts, conversion standards and what conversion needs to know about an edition. */

/** The two scripts. An edition is in one of them; several editions may share one (zh-Hant-TW, zh-Hant-HK). */
export const SCRIPTS = ["hant", "hans"] as const;
export type Script = (typeof SCRIPTS)[number];

/**
 * opencc standards: `cn` Simplified (mainland), `tw` Taiwan characters, `twp` Taiwan with phrase
 * conversion (软件 → 軟體), `hk` Hong Kong characters, `t` OpenCC's own Traditional.
 */
export const OPENCC_STANDARDS = ["cn", "tw", "twp", "hk", "t"] as const;
export type OpenccStandard = (typeof OPENCC_STANDARDS)[number];

/** The Traditional standards an edition may use (kept for the site config's `traditional` shorthand). */
export const TRADITIONAL_STANDARDS = ["tw", "twp", "hk", "t"] as const;
export type TraditionalStandard = (typeof TRADITIONAL_STANDARDS)[number];

/** Quotation marks of an edition: `curly` “” ‘’, `corner` 「」 『』, `keep` as written. */
export const QUOTE_STYLES = ["curly", "corner", "keep"] as const;
export type QuoteStyle = (typeof QUOTE_STYLES)[number];

/** What conversion needs to know about one edition of the site. */
export type EditionStyle = {
  /** The edition's id, also its URL segment: `zh-hans`, `zh-hant`, `zh-hant-hk`. */
  readonly id: string;
  /** BCP 47 tag: `zh-Hans`, `zh-Hant`, `zh-Hant-TW`, `zh-Hant-HK`. */
  readonly lang: string;
  readonly script: Script;
  /** `cn` for Simplified editions. */
  readonly standard: OpenccStandard;
  /** House-style variant preferences applied after conversion, e.g. `{ "臺": "台", "裡": "裏" }`. */
  readonly variants: Readonly<Record<string, string>>;
  readonly quotes: QuoteStyle;
};

/** The region of each opencc standard that has one: its variant tag in markup and rules. */
export const REGION_OF_STANDARD: Readonly<Partial<Record<OpenccStandard, string>>> = {
  cn: "zh-cn",
  tw: "zh-tw",
  twp: "zh-tw",
  hk: "zh-hk",
};

/**
 * An edition's regional variant tag: its language tag's region (zh-Hant-HK → zh-hk), else its
 * standard's (a `zh-Hant` edition on `twp` is a Taiwan edition: zh-tw), else none.
 */
export function editionRegion(edition: Pick<EditionStyle, "lang" | "standard">): string | undefined {
  const region = /-([a-z]{2})$/i.exec(edition.lang)?.[1]?.toLowerCase();
  return region === undefined ? REGION_OF_STANDARD[edition.standard] : `zh-${region}`;
}

/** What a text is written in: its script and the standard its characters follow. */
export type TextLanguage = { readonly script: Script; readonly standard: OpenccStandard };

/** The script of each variant tag that markup and rules accept (lower case). */
export const SCRIPT_OF_TAG: Readonly<Record<string, Script>> = {
  "zh-hans": "hans",
  "zh-cn": "hans",
  "zh-sg": "hans",
  "zh-my": "hans",
  "zh-hant": "hant",
  "zh-tw": "hant",
  "zh-hk": "hant",
  "zh-mo": "hant",
};

/** A word the converter must render exactly so in each script (fixes for opencc mistakes). */
export type ConversionOverride = { readonly hans: string; readonly hant: string };

/**
 * A conversion rule: the word as written per variant tag, in the spirit of Chinese Wikipedia's
 * `-{H|zh-hans:…;zh-hant:…}-`. Keys are lower-case tags: `zh-hans`, `zh-hant`, `zh-cn`, `zh-sg`,
 * `zh-tw`, `zh-hk`, `zh-mo` (regional tags win over script tags for an edition of that region).
 */
export type ConversionRule = Readonly<Record<string, string>>;

/**
 * Conversion for tools that check an article without a site's settings at hand: a Traditional
 * (Taiwan) and a Simplified edition, no site overrides or groups.
 */
export const STANDARD_CONVERSION: ConversionSettings = {
  editions: [
    { id: "zh-hant", lang: "zh-Hant", script: "hant", standard: "tw", variants: {}, quotes: "corner" },
    { id: "zh-hans", lang: "zh-Hans", script: "hans", standard: "cn", variants: {}, quotes: "curly" },
  ],
  overrides: [],
  groups: [],
};

/** Conversion settings of one article (front matter): rules declared once, rule groups by name. */
export type ArticleConversion = {
  readonly rules: readonly ConversionRule[];
  readonly groups: readonly string[];
};

export type ConversionSettings = {
  /** Every edition of the site, in registry order. */
  readonly editions: readonly EditionStyle[];
  /** Site-wide fixes for opencc mistakes, matched on word boundaries. */
  readonly overrides: readonly ConversionOverride[];
  /** Rule groups applied to every article (names of the groups shipped as data). */
  readonly groups: readonly string[];
  /**
   * Surnames to keep in their name form in recognised person names, added to
   * data/conversion/surnames.json: Simplified surname → Traditional form (`{ "钟": "鍾" }`).
   */
  readonly surnames?: Readonly<Record<string, string>>;
  /**
   * The standard Traditional source is read by when converted to Simplified (default: the first
   * Traditional edition's character forms, `twp` read as `tw`). `twp` reads Taiwan vocabulary
   * back to mainland words (簡訊 → 短信).
   */
  readonly traditionalSource?: TraditionalStandard;
};

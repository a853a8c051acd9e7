/**
 * Build-time conversion of text into each edition of the site: opencc-js, site overrides,
 * editor markup, house-style variants and quotation marks.
 * Converters are built lazily and once per settings (cn→tw costs ~200 ms and ~40 MB).
 */
import * as OpenCC from "opencc-js";
import { hasMarkup, tokenizeMarkup, variantFor } from "./markup.ts";
import type {
  ArticleConversion,
  ConversionOverride,
  ConversionSettings,
  EditionStyle,
  OpenccStandard,
  TextLanguage,
} from "./types.ts";

export type Converter = {
  /**
   * Converts texts written in `from` into edition `to`. Texts may carry `-{…}-` markup, resolved
   * for `to`; throws on bad markup (the parser reports it first). A text already in `to`'s
   * script and standard keeps its characters; house style and quotation marks still apply.
   */
  convertMany(
    texts: readonly string[],
    from: TextLanguage,
    to: EditionStyle,
    article?: ArticleConversion,
  ): string[];
  /** convertMany for one text. */
  convert(text: string, from: TextLanguage, to: EditionStyle, article?: ArticleConversion): string;
  readonly settings: ConversionSettings;
};

/** Joins texts for one opencc call; a private-use character no dictionary maps or spans. */
const SEPARATOR = "\uE000";

const cache = new Map<string, Converter>();

export function getConverter(settings: ConversionSettings): Converter {
  const key = JSON.stringify(settings);
  let converter = cache.get(key);
  if (converter === undefined) {
    converter = createConverter(settings);
    cache.set(key, converter);
  }
  return converter;
}

function createConverter(settings: ConversionSettings): Converter {
  const engines = new Map<string, (text: string) => string>();
  const engine = (from: OpenccStandard, to: OpenccStandard): ((text: string) => string) => {
    const key = `${from}>${to}`;
    let convert = engines.get(key);
    if (convert === undefined) {
      const base = from === to ? (text: string) => text : OpenCC.Converter({ from, to });
      convert = withOverrides(base, settings.overrides, to === "cn" ? "hans" : "hant");
      engines.set(key, convert);
    }
    return convert;
  };

  const convertPlain = (text: string, from: TextLanguage, to: EditionStyle): string => {
    if (text === "") return text;
    const converted = from.script === to.script && from.standard === to.standard ? text : engine(from.standard, to.standard)(text);
    return applyHouseStyle(converted, to);
  };

  const convert = (text: string, from: TextLanguage, to: EditionStyle): string => {
    if (!hasMarkup(text)) return convertPlain(text, from, to);
    const { tokens, errors } = tokenizeMarkup(text);
    const error = errors[0];
    if (error !== undefined) throw new Error(error.message);
    return tokens
      .map((token) => (token.kind === "text" ? convertPlain(token.text, from, to) : variantFor(token, to)))
      .join("");
  };

  const convertMany = (texts: readonly string[], from: TextLanguage, to: EditionStyle): string[] => {
    const plain = texts.filter((text) => !hasMarkup(text));
    const joined = plain.some((text) => text.includes(SEPARATOR)) ? undefined : plain.join(SEPARATOR);
    const converted = joined === undefined ? undefined : convertPlain(joined, from, to).split(SEPARATOR);
    const batch = converted?.length === plain.length ? converted : plain.map((text) => convertPlain(text, from, to));
    let next = 0;
    return texts.map((text) => (hasMarkup(text) ? convert(text, from, to) : (batch[next++] ?? text)));
  };

  return { convert, convertMany, settings };
}

const CURLY_TO_CORNER: Record<string, string> = { "“": "「", "”": "」", "‘": "『", "’": "』" };
const CORNER_TO_CURLY: Record<string, string> = { "「": "“", "」": "”", "『": "‘", "』": "’" };

/** Variant preferences, then quotation marks (placeholder until the segmenting engine lands). */
function applyHouseStyle(text: string, edition: EditionStyle): string {
  let result = text;
  for (const [from, to] of Object.entries(edition.variants)) if (result.includes(from)) result = result.replaceAll(from, to);
  if (edition.quotes === "corner") result = result.replace(/[“”‘’]/g, (mark) => CURLY_TO_CORNER[mark] ?? mark);
  else if (edition.quotes === "curly") result = result.replace(/[「」『』]/g, (mark) => CORNER_TO_CURLY[mark] ?? mark);
  return result;
}

/** Wraps a converter so that override words are replaced as a whole and never fed to opencc. */
function withOverrides(
  convert: (text: string) => string,
  overrides: readonly ConversionOverride[],
  target: "hans" | "hant",
): (text: string) => string {
  const replacements = new Map<string, string>();
  for (const override of overrides) {
    const [from, to] = target === "hant" ? [override.hans, override.hant] : [override.hant, override.hans];
    if (from !== "") replacements.set(from, to);
  }
  if (replacements.size === 0) return convert;
  const words = [...replacements.keys()];
  const pattern = new RegExp(
    words
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|"),
    "gu",
  );
  return (text) => {
    if (!words.some((word) => text.includes(word))) return convert(text);
    let result = "";
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      result += convert(text.slice(last, match.index)) + (replacements.get(match[0]) ?? match[0]);
      last = match.index + match[0].length;
    }
    return last === 0 ? convert(text) : result + convert(text.slice(last));
  };
}

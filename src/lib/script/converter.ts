/**
 * Build-time script conversion with opencc-js, plus site overrides and editor markup.
 * Converters are built lazily and once per settings (cn→tw costs ~200 ms and ~40 MB).
 */
import * as OpenCC from "opencc-js";
import { hasMarkup, tokenizeMarkup } from "./markup.ts";
import type { ConversionOverride, ConversionSettings, Script } from "./types.ts";

export type ScriptConverter = {
  /** Converts plain text (no markup) from one script to the other; same script returns it unchanged. */
  convertText(text: string, from: Script, to: Script): string;
  /** Converts text that may carry `-{…}-` markup; markup is resolved for `to`. Throws on bad markup. */
  convertMarked(text: string, from: Script, to: Script): string;
  /** convertMarked for many texts at once: plain texts go through opencc in a single call. */
  convertMany(texts: readonly string[], from: Script, to: Script): string[];
  readonly settings: ConversionSettings;
};

type Direction = "toHant" | "toHans";

/** Joins texts for one opencc call; a private-use character no dictionary maps or spans. */
const SEPARATOR = "\uE000";

const cache = new Map<string, ScriptConverter>();

export function getScriptConverter(settings: ConversionSettings): ScriptConverter {
  const key = JSON.stringify(settings);
  let converter = cache.get(key);
  if (converter === undefined) {
    converter = createScriptConverter(settings);
    cache.set(key, converter);
  }
  return converter;
}

function createScriptConverter(settings: ConversionSettings): ScriptConverter {
  const engines: Partial<Record<Direction, (text: string) => string>> = {};
  const engine = (direction: Direction): ((text: string) => string) => {
    let convert = engines[direction];
    if (convert === undefined) {
      const standard = settings.traditional;
      const base =
        direction === "toHant"
          ? OpenCC.Converter({ from: "cn", to: standard })
          : OpenCC.Converter({ from: standard, to: "cn" });
      convert = withOverrides(base, settings.overrides, direction);
      engines[direction] = convert;
    }
    return convert;
  };

  const convertText = (text: string, from: Script, to: Script): string => {
    if (from === to || text === "") return text;
    return engine(to === "hant" ? "toHant" : "toHans")(text);
  };

  const convertMarked = (text: string, from: Script, to: Script): string => {
    const { tokens, errors } = tokenizeMarkup(text);
    const error = errors[0];
    if (error !== undefined) throw new Error(error.message);
    return tokens
      .map((token) => (token.kind === "text" ? convertText(token.text, from, to) : token.variants[to]))
      .join("");
  };

  const convertMany = (texts: readonly string[], from: Script, to: Script): string[] => {
    const plain = texts.filter((text) => !hasMarkup(text));
    if (from === to && plain.length === texts.length) return [...texts];
    const joined = plain.some((text) => text.includes(SEPARATOR)) ? undefined : plain.join(SEPARATOR);
    const converted = joined === undefined ? undefined : convertText(joined, from, to).split(SEPARATOR);
    const batch = converted?.length === plain.length ? converted : plain.map((text) => convertText(text, from, to));
    let next = 0;
    return texts.map((text) => (hasMarkup(text) ? convertMarked(text, from, to) : (batch[next++] ?? text)));
  };

  return { convertText, convertMarked, convertMany, settings };
}

/** Wraps a converter so that override words are replaced as a whole and never fed to opencc. */
function withOverrides(
  convert: (text: string) => string,
  overrides: readonly ConversionOverride[],
  direction: Direction,
): (text: string) => string {
  const replacements = new Map<string, string>();
  for (const override of overrides) {
    const [from, to] = direction === "toHant" ? [override.hans, override.hant] : [override.hant, override.hans];
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
    // Most texts hold no override word: a plain substring scan is far cheaper than the regex.
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

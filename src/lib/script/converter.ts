/**
 * Build-time conversion of text into each edition of the site: opencc's dictionaries matched on
 * word boundaries (engine.ts), word rules (site overrides, rule groups, article rules), context
 * rules, editor markup, house-style variants and quotation marks.
 * Dictionaries and jieba load lazily, once per process.
 */
import { chainFor, decidingStage, variantChain, type Chain } from "./dictionaries.ts";
import { AMBIGUOUS_HANS, AMBIGUOUS_HANT } from "./ambiguous.ts";
import { normalise, runChain, type Decision, type EngineInput } from "./engine.ts";
import { hasMarkup, tokenizeMarkup, variantFor } from "./markup.ts";
import { lexiconReadings } from "./lexicon.ts";
import { SEPARATOR } from "./pieces.ts";
import { contextPins, reduplicationPins, regionalPins, SURNAMES, userEntries, userTrie } from "./rules.ts";
import { wordBoundaries, type Words } from "./segment.ts";
import { applyQuotes } from "./quotes.ts";
import { applyVariants } from "./style.ts";
import type { Trie } from "./dictionaries.ts";
import type { ArticleConversion, ConversionSettings, EditionStyle, Script, TextLanguage } from "./types.ts";

export type Converter = {
  /**
   * Converts texts written in `from` into edition `to`. Texts may carry `-{…}-` markup, resolved
   * for `to`; throws on bad markup (the parser reports it first). A text already in `to`'s
   * script and standard keeps its characters; house style and quotation marks still apply.
   */
  convertMany(texts: readonly string[], from: TextLanguage, to: EditionStyle, article?: ArticleConversion): string[];
  /** convertMany for one text. */
  convert(text: string, from: TextLanguage, to: EditionStyle, article?: ArticleConversion): string;
  readonly settings: ConversionSettings;
  /**
   * How many ambiguous characters (发, 干, 里…) the single-character default decided since the
   * last call, in every conversion: the build log's pointer to `npm run conversion-report`.
   */
  takeDefaultCount?(): number;
};

/**
 * Web addresses in prose: a scheme or www., up to whitespace, CJK punctuation or brackets. Chinese
 * characters belong to the address only as a path or query part of their own (`/wiki/矽肺病`,
 * `?q=发展`): written right after the address (`…/query-2024查询进度`), they are the sentence.
 */
const URL =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)(?:[^\s<>"'`\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\p{Script=Han}]|(?<=[/=?#&\p{Script=Han}])\p{Script=Han})+/giu;

function hasUrl(text: string): boolean {
  return text.includes("://") || text.includes("www.");
}

/** Splits text into prose and web addresses, alternating (prose first, possibly empty). */
export function splitUrls(text: string): string[] {
  if (!hasUrl(text)) return [text];
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(URL)) {
    // Trailing punctuation of the sentence is not part of the address.
    const url = match[0].replace(/[.,;:!?)\]}'"。，、；：！？]+$/u, "");
    if (url.length < 5) continue;
    parts.push(text.slice(last, match.index), url);
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}

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

/**
 * Whether text in `from` needs no character conversion for edition `to`: Simplified into a
 * Simplified edition. Traditional text into a Traditional edition takes the edition's character
 * forms (variantChain).
 */
export function sameStandard(from: TextLanguage, to: EditionStyle): boolean {
  return from.script === "hans" && to.script === "hans";
}

/**
 * What text written in `script` is read as: Simplified is `cn`; Traditional is the site's
 * `traditionalSource` if set, else the character forms of its first Traditional edition (`twp`
 * reads as `tw`: its phrases are for Simplified source, and reading by them would turn 簡訊 into
 * 短信 and 計程車 into 出租車). Traditional editions take character forms whatever the reading.
 */
export function sourceLanguage(
  script: Script,
  settings: Pick<ConversionSettings, "editions" | "traditionalSource">,
): TextLanguage {
  if (script === "hans") return { script, standard: "cn" };
  if (settings.traditionalSource !== undefined) return { script, standard: settings.traditionalSource };
  const standard = settings.editions.find((edition) => edition.script === "hant")?.standard ?? "tw";
  return { script, standard: standard === "twp" || standard === "cn" ? "tw" : standard };
}

/** The chain from `from` into edition `to`, or undefined when the text needs none. */
export function chainInto(from: TextLanguage, to: EditionStyle): Chain | undefined {
  if (sameStandard(from, to)) return undefined;
  if (from.script === "hant" && to.script === "hant" && to.standard !== "cn") return variantChain(to.standard);
  return chainFor(from.standard, to.standard);
}

/** The last text cut into words, and its pins per surname table: every edition of an article converts the same texts. */
let lastCut:
  | {
      text: string;
      script: TextLanguage["script"];
      words: Words;
      surnames?: Readonly<Record<string, string>>;
      pins?: ReturnType<typeof contextPins>;
      /** Pins into another Traditional edition (Traditional text only), once per text; null: none. */
      regional?: ReturnType<typeof regionalPins> | null;
      /** Readings of CC-CEDICT's words (Simplified text only), once per text; null: none. */
      lexicon?: Map<number, string> | null;
    }
  | undefined;

function cutOnce(text: string, script: TextLanguage["script"]): NonNullable<typeof lastCut> {
  if (lastCut?.text !== text || lastCut.script !== script)
    lastCut = { text, script, words: wordBoundaries(text, script) };
  return lastCut;
}

/**
 * Converts plain text (no markup) character-wise: no house style, no quotes. With `decisions`,
 * the deciding stage's choices are pushed there (offsets into the normalised text).
 */
export function convertCharacters(
  text: string,
  from: TextLanguage,
  to: EditionStyle,
  user: Trie | undefined,
  decisions?: Decision[],
  defaults?: EngineInput["defaults"],
  surnames: Readonly<Record<string, string>> = SURNAMES,
): string {
  const chain = chainInto(from, to);
  if (chain === undefined || text === "") return text;
  const normalised = normalise(text);
  // Words are cut lazily, once per text for all its editions.
  const cut = cutOnce(normalised, from.script);
  // Character forms within one script: no ambiguous character to decide.
  if (from.script === to.script) {
    if (cut.regional === undefined)
      cut.regional = from.script === "hant" ? (regionalPins(normalised, cut.words) ?? null) : null;
    const pins = cut.regional ?? undefined;
    return runChain(normalised, {
      chain,
      deciding: 0,
      words: cut.words,
      pins,
      ...(pins === undefined ? {} : { reasons: pins.reasons }),
      user,
      ...(decisions ? { decisions } : {}),
    });
  }
  if (cut.surnames !== surnames) {
    cut.pins = contextPins(normalised, cut.words, from.script, surnames);
    cut.surnames = surnames;
  }
  if (cut.lexicon === undefined && from.script === "hans") cut.lexicon = lexiconReadings(normalised, cut.words) ?? null;
  const { words } = cut;
  const deciding = decidingStage(from.standard, to.standard) ?? 0;
  const input = (pins: typeof cut.pins): EngineInput => ({
    chain,
    deciding,
    words,
    pins,
    lexicon: cut.lexicon ?? undefined,
    ...(pins === undefined ? {} : { reasons: pins.reasons }),
    user,
  });
  const pins =
    from.script === "hans"
      ? reduplicationPins(normalised, words, cut.pins, (pins, at) => {
          const found: Decision[] = [];
          runChain(normalised, { ...input(pins), decisions: found });
          return at.map((k) => {
            const decision = found.find((d) => d.start <= k && k < d.end);
            if (decision === undefined || decision.target.length !== decision.end - decision.start) return undefined;
            return decision.target[k - decision.start];
          });
        })
      : cut.pins;
  return runChain(normalised, {
    ...input(pins),
    ...(decisions ? { decisions } : {}),
    ...(defaults ? { defaults } : {}),
  });
}

/**
 * opencc's own reading of plain text (longest match, no word boundaries, rules or names): the
 * second opinion the review list compares decisions with. Offsets as in convertCharacters.
 */
export function convertPlain(text: string, from: TextLanguage, to: EditionStyle): string {
  const chain = chainInto(from, to);
  if (chain === undefined || text === "") return text;
  const deciding = decidingStage(from.standard, to.standard) ?? 0;
  return runChain(normalise(text), { chain, deciding, words: undefined, pins: undefined, user: undefined });
}

/**
 * The engine without its context rules and person names: opencc's dictionaries under the
 * word-boundary rule alone (for measuring the review list on decisions the rules did not make).
 */
export function convertBare(text: string, from: TextLanguage, to: EditionStyle, decisions?: Decision[]): string {
  const chain = chainInto(from, to);
  if (chain === undefined || text === "") return text;
  const normalised = normalise(text);
  return runChain(normalised, {
    chain,
    deciding: from.script === to.script ? 0 : (decidingStage(from.standard, to.standard) ?? 0),
    words: cutOnce(normalised, from.script).words,
    pins: undefined,
    user: undefined,
    ...(decisions ? { decisions } : {}),
  });
}

const surnameTables = new Map<string, Readonly<Record<string, string>>>();

/** The shipped surnames with the site's additions (one object per distinct setting, for caching). */
export function surnamesOf(settings: Pick<ConversionSettings, "surnames">): Readonly<Record<string, string>> {
  const extra = settings.surnames;
  if (extra === undefined || Object.keys(extra).length === 0) return SURNAMES;
  const key = JSON.stringify(extra);
  let table = surnameTables.get(key);
  if (table === undefined) {
    table = { ...SURNAMES, ...extra };
    surnameTables.set(key, table);
  }
  return table;
}

function createConverter(settings: ConversionSettings): Converter {
  const users = new Map<string, Trie | undefined>();
  const userFor = (from: TextLanguage, to: EditionStyle, article: ArticleConversion | undefined) => {
    const key = `${from.script}:${from.standard}>${to.id}|${article ? JSON.stringify(article) : ""}`;
    if (!users.has(key)) {
      const rules = userEntries(settings.overrides, settings.groups, article?.rules ?? [], article?.groups ?? []);
      users.set(key, userTrie(rules, from, to));
    }
    return users.get(key);
  };

  const surnames = surnamesOf(settings);
  const style = (text: string, to: EditionStyle) => applyQuotes(applyVariants(text, to), to);
  const hansDefaults = { ambiguous: AMBIGUOUS_HANS, count: 0 };
  const hantDefaults = { ambiguous: AMBIGUOUS_HANT, count: 0 };
  const takeDefaultCount = (): number => {
    const count = hansDefaults.count + hantDefaults.count;
    hansDefaults.count = 0;
    hantDefaults.count = 0;
    return count;
  };

  const convertMany = (
    texts: readonly string[],
    from: TextLanguage,
    to: EditionStyle,
    article?: ArticleConversion,
  ): string[] => {
    // Plain pieces of every text, converted in one call; markup spans are resolved as written.
    const pieces: string[] = [];
    const layouts = texts.map((text) => {
      if (!hasMarkup(text) && !hasUrl(text)) {
        pieces.push(text);
        return undefined;
      }
      const { tokens, errors } = hasMarkup(text)
        ? tokenizeMarkup(text)
        : { tokens: [{ kind: "text" as const, text, offset: 0 }], errors: [] };
      const error = errors[0];
      if (error !== undefined) throw new Error(error.message);
      return tokens.flatMap((token) => {
        if (token.kind === "fixed") return [variantFor(token, to)];
        // Web addresses are shown as written (https://example.com/發展 stays so in every edition).
        return splitUrls(token.text).map((part, index) => {
          if (index % 2 === 1) return part;
          pieces.push(part);
          return undefined;
        });
      });
    });
    const counter = from.script === "hans" ? hansDefaults : hantDefaults;
    const convertedPieces = convertPieces(pieces, from, to, userFor(from, to, article), counter, surnames).map(
      (piece) => style(piece, to),
    );
    let next = 0;
    return layouts.map((layout) =>
      layout === undefined
        ? (convertedPieces[next++] ?? "")
        : layout.map((fixed) => fixed ?? convertedPieces[next++] ?? "").join(""),
    );
  };

  const convert = (text: string, from: TextLanguage, to: EditionStyle, article?: ArticleConversion): string =>
    convertMany([text], from, to, article)[0] ?? "";

  return { convert, convertMany, settings, takeDefaultCount };
}

/** Converts pieces in one pass (joined by SEPARATOR), or one by one if a piece holds it. */
function convertPieces(
  pieces: readonly string[],
  from: TextLanguage,
  to: EditionStyle,
  user: Trie | undefined,
  defaults: EngineInput["defaults"],
  surnames: Readonly<Record<string, string>>,
): string[] {
  if (sameStandard(from, to) || pieces.length === 0) return [...pieces];
  if (pieces.some((piece) => piece.includes(SEPARATOR))) {
    return pieces.map((piece) => convertCharacters(piece, from, to, user, undefined, defaults, surnames));
  }
  const converted = convertCharacters(pieces.join(SEPARATOR), from, to, user, undefined, defaults, surnames).split(
    SEPARATOR,
  );
  return converted.length === pieces.length
    ? converted
    : pieces.map((piece) => convertCharacters(piece, from, to, user, undefined, defaults, surnames));
}

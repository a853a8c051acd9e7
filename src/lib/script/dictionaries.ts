/**
 * opencc's dictionaries (as shipped by opencc-js) arranged as opencc's own conversion chains, in
 * tries that list every prefix match so that the engine can refuse a phrase that crosses a word
 * boundary and fall back to a shorter one. Tries are built lazily, once per process.
 */
import CJK_COMPATIBILITY from "opencc-js/dict/CJK_Compatibility_Ideographs";
import HK_VARIANTS from "opencc-js/dict/HKVariants";
import HK_VARIANTS_PHRASES from "opencc-js/dict/HKVariantsPhrases";
import HK_VARIANTS_REV from "opencc-js/dict/HKVariantsRev";
import HK_VARIANTS_REV_PHRASES from "opencc-js/dict/HKVariantsRevPhrases";
import ST_CHARACTERS from "opencc-js/dict/STCharacters";
import ST_PHRASES from "opencc-js/dict/STPhrases";
import ST_PHRASES_GENERATED from "opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import TS_PHRASES from "opencc-js/dict/TSPhrases";
import TW_VARIANTS from "opencc-js/dict/TWVariants";
import TW_VARIANTS_PHRASES from "opencc-js/dict/TWVariantsPhrases";
import TW_VARIANTS_REV from "opencc-js/dict/TWVariantsRev";
import cejs from "../../../data/conversion/cejs-phrases.json" with { type: "json" };
import supplement from "../../../data/conversion/phrases.json" with { type: "json" };
import { TO_HONG_KONG, TO_SIMPLIFIED, TO_SIMPLIFIED_PHRASES, TO_TAIWAN, twVariantsRevPhrases } from "./regional.ts";
import { TW_PHRASE_REVIEW, twPhrasesForNews, twpToTraditional } from "./tw-phrases.ts";
import type { OpenccStandard } from "./types.ts";

export type TrieNode = { value: string | undefined; children: Map<number, TrieNode> | undefined };

/** A dictionary: source → target, matched on UTF-16 code units. */
export class Trie {
  readonly root: TrieNode = { value: undefined, children: undefined };
  /**
   * The root's children by code unit, for a large dictionary: the first step of every match, at
   * every position of a text (about half the conversion's time with a Map). 0.5 MB each.
   */
  private readonly first: (TrieNode | undefined)[] | undefined;
  size = 0;

  constructor(options: { readonly indexed?: boolean } = {}) {
    this.first = options.indexed ? new Array<TrieNode | undefined>(0x10000).fill(undefined) : undefined;
  }

  /** Adds entries; an existing entry is kept unless `replace` (opencc: the first dictionary of a group wins). */
  add(source: string, target: string, replace = false): void {
    let node = this.root;
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      node.children ??= new Map();
      let next = node.children.get(code);
      if (next === undefined) {
        next = { value: undefined, children: undefined };
        node.children.set(code, next);
        if (i === 0 && this.first !== undefined) this.first[code] = next;
      }
      node = next;
    }
    if (node.value === undefined) this.size++;
    if (node.value === undefined || replace) node.value = target;
  }

  /**
   * Ends (exclusive) and values of every entry that starts at `start` and ends by `end`, shortest
   * first, written into `ends`/`values`; returns how many.
   */
  matches(text: string, start: number, end: number, ends: number[], values: string[]): number {
    let count = 0;
    const code = text.charCodeAt(start);
    let node = start >= end ? undefined : this.first !== undefined ? this.first[code] : this.root.children?.get(code);
    for (let i = start; node !== undefined;) {
      if (node.value !== undefined) {
        ends[count] = i + 1;
        values[count] = node.value;
        count++;
      }
      if (++i >= end) break;
      node = node.children?.get(text.charCodeAt(i));
    }
    return count;
  }

  get(source: string): string | undefined {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < source.length && node !== undefined; i++) node = node.children?.get(source.charCodeAt(i));
    return node?.value;
  }
}

/** Loads "a b|c d" dictionaries, the first one winning on a shared key (opencc's dictionary groups). */
function trieOf(...dictionaries: readonly string[]): Trie {
  return trieWithout(new Set(), ...dictionaries);
}

/** trieOf without the entries whose source is one of `kept` (characters left as written). */
function trieWithout(kept: ReadonlySet<string>, ...dictionaries: readonly string[]): Trie {
  const trie = new Trie({ indexed: true });
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.split("|")) {
      const space = entry.indexOf(" ");
      if (space > 0 && !kept.has(entry.slice(0, space))) trie.add(entry.slice(0, space), entry.slice(space + 1));
    }
  }
  return trie;
}

/**
 * One conversion: an optional segmentation dictionary (opencc splits the text at its longest
 * matches first, so that later stages never match across them), then stages applied in turn.
 * The first stage is the one that decides between the candidates of an ambiguous character.
 */
export type Chain = { readonly segmentation: Trie | undefined; readonly stages: readonly Trie[] };

const cache = new Map<string, unknown>();
function once<T>(key: string, build: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/**
 * Additions to STPhrases, each winning over the entries before it: CeJS's corrections to opencc
 * (data/conversion/cejs-phrases.json), then newsprint's own (data/conversion/phrases.json).
 */
function withSupplement(trie: Trie): Trie {
  for (const [source, target] of Object.entries(cejs.phrases as Record<string, string>)) trie.add(source, target, true);
  for (const [source, target] of Object.entries(supplement.phrases as Record<string, string>))
    trie.add(source, target, true);
  return trie;
}
/**
 * The Taiwan phrases newsprint adds (tw-phrases.ts) as segmentation entries, Simplified → opencc
 * Traditional, so that the Taiwan stage sees 应用程序 whole rather than 应用 | 程序 (opencc's
 * STPhrases_GeneratedFromRegionalPhrases does the same for TWPhrases' own entries).
 */
function withNewsSegments(trie: Trie): Trie {
  for (const source of Object.keys(TW_PHRASE_REVIEW.toTaiwan.phrases)) trie.add(simplifiedCharacters(source), source);
  return trie;
}
const st = () => once("st", () => withSupplement(trieOf(ST_PHRASES, ST_PHRASES_GENERATED, ST_CHARACTERS)));
const stSegmentation = () =>
  once("st-seg", () => withNewsSegments(withSupplement(trieOf(ST_PHRASES, ST_PHRASES_GENERATED))));
// newsprint's additions first: the first dictionary wins on a shared key (帳 → 账, not opencc's 帐).
const ts = () => once("ts", () => trieOf(TO_SIMPLIFIED_PHRASES, TS_PHRASES, TO_SIMPLIFIED, TS_CHARACTERS));
const tsSegmentation = () => once("ts-seg", () => trieOf(TO_SIMPLIFIED_PHRASES, TS_PHRASES));
const twVariants = () => once("tw", () => trieOf(TW_VARIANTS_PHRASES, TW_VARIANTS, TO_TAIWAN));
const twPhrasesVariants = () =>
  once("twp", () => trieOf(twPhrasesForNews(), TW_VARIANTS_PHRASES, TW_VARIANTS, TO_TAIWAN));
const hkVariants = () => once("hk", () => trieOf(HK_VARIANTS_PHRASES, HK_VARIANTS, TO_HONG_KONG));
const twVariantsRev = () => once("tw-rev", () => trieOf(twVariantsRevPhrases(), TW_VARIANTS_REV));
const twPhrasesRev = () => once("twp-rev", () => trieOf(...twpToTraditional()));
const hkVariantsRev = () => once("hk-rev", () => trieOf(HK_VARIANTS_REV_PHRASES, HK_VARIANTS_REV));

/** Simplified → Traditional phrases (opencc's STPhrases with newsprint's additions). */
export const phraseDictionary = (): Trie => stSegmentation();

/** Single-character normalisation of CJK compatibility ideographs (opencc's first step). */
export const compatibility = (): Map<string, string> =>
  once("compat", () => {
    const map = new Map<string, string>();
    for (const entry of CJK_COMPATIBILITY.split("|")) {
      const [from, to] = entry.split(" ");
      if (from !== undefined && to !== undefined && from !== to) map.set(from, to);
    }
    return map;
  });

/** Traditional (opencc standard) → Simplified, characters only: the shadow text jieba cuts. */
export const tsCharacters = (): Trie => once("ts-chars", () => trieOf(TO_SIMPLIFIED, TS_CHARACTERS));

/**
 * Traditional → Simplified for each character of the Basic Multilingual Plane whose conversion is
 * one code unit (0: none): the shadow text is built for every Traditional text, a trie lookup per
 * character costs.
 */
const simplifiedTable = (): Uint16Array =>
  once("ts-table", () => {
    const table = new Uint16Array(0x10000);
    for (const [code, node] of tsCharacters().root.children ?? []) {
      const target = node.value;
      if (target !== undefined && target.length === 1) table[code] = target.charCodeAt(0);
    }
    return table;
  });

/** Character-level Traditional → Simplified, keeping every character's UTF-16 length (jieba's shadow text). */
export function simplifiedCharacters(text: string): string {
  const table = simplifiedTable();
  const characters = tsCharacters();
  let simplified = "";
  /** text[copied, i) is unchanged and not yet in `simplified`. */
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const char = text.slice(i, i + 2);
      const target = characters.get(char);
      if (target !== undefined && target.length === 2 && target !== char) {
        simplified += text.slice(copied, i) + target;
        copied = i + 2;
      }
      i++;
      continue;
    }
    const target = table[code] ?? 0;
    if (target !== 0 && target !== code) {
      simplified += text.slice(copied, i) + String.fromCharCode(target);
      copied = i + 1;
    }
  }
  return copied === 0 ? text : simplified + text.slice(copied);
}

/**
 * To Traditional (opencc standard) from a Traditional standard, and from it to one. Text read as
 * `tw` may hold Hong Kong forms that opencc's Traditional → Simplified stage does not know (衞):
 * Hong Kong's reverse variants apply first. (Not Taiwan's to text read as `hk`: its 著 is 著作's.)
 */
const fromTraditional: Record<Exclude<OpenccStandard, "cn">, (() => Trie)[]> = {
  t: [],
  tw: [hkVariantsRev, twVariantsRev],
  twp: [twPhrasesRev],
  hk: [hkVariantsRev],
};
const toTraditional: Record<Exclude<OpenccStandard, "cn">, (() => Trie)[]> = {
  t: [],
  tw: [twVariants],
  twp: [twPhrasesVariants],
  hk: [hkVariants],
};

/**
 * opencc's chain for a pair of standards (its s2tw, tw2s… configurations), or undefined when the
 * text needs no conversion.
 */
export function chainFor(from: OpenccStandard, to: OpenccStandard): Chain | undefined {
  if (from === to) return undefined;
  return once(`chain:${from}>${to}`, (): Chain => {
    if (from === "cn" && to !== "cn") {
      return {
        segmentation: to === "t" ? undefined : stSegmentation(),
        stages: [st(), ...toTraditional[to].map((f) => f())],
      };
    }
    if (to === "cn" && from !== "cn") {
      return {
        segmentation: from === "t" ? undefined : tsSegmentation(),
        stages: [...fromTraditional[from].map((f) => f()), ts()],
      };
    }
    if (from === "cn" || to === "cn") throw new Error("unreachable");
    return { segmentation: undefined, stages: [...fromTraditional[from], ...toTraditional[to]].map((f) => f()) };
  });
}

/**
 * Characters that the other region's reverse variants would change although the edition's own
 * writing uses them: Taiwan writes 台 beside 臺 and 濕 beside 溼; Hong Kong writes 群, 床, 峰,
 * 麵, 參 and 鯰 beside 羣, 牀, 峯, 麪, 蔘 and 鮎. Traditional text keeps them as written.
 */
const OWN_FORMS: Readonly<Record<"tw" | "hk", ReadonlySet<string>>> = {
  tw: new Set(["台", "濕"]),
  hk: new Set(["群", "床", "峰", "麵", "參", "鯰"]),
};

/**
 * Traditional text into a Traditional edition: character forms only, never phrases (`twp`'s
 * 軟件 → 軟體 is for Simplified source). The other region's forms go back to opencc's own
 * (HKVariantsRev: 綫 → 線, 衞 → 衛), then to the edition's (TWVariants: 裏 → 裡, 着 → 著, 爲 → 為).
 * The source's standard does not matter: text in the edition's forms comes out unchanged.
 */
export function variantChain(to: Exclude<OpenccStandard, "cn">): Chain {
  return once(`variants:${to}`, (): Chain => {
    const fromHk = () => trieWithout(OWN_FORMS.tw, HK_VARIANTS_REV_PHRASES, HK_VARIANTS_REV);
    const fromTw = () => trieWithout(OWN_FORMS.hk, twVariantsRevPhrases(), TW_VARIANTS_REV);
    const stages =
      to === "hk"
        ? [fromTw(), hkVariants()]
        : to === "t"
          ? [hkVariantsRev(), twVariantsRev()]
          : [fromHk(), twVariants()];
    return { segmentation: undefined, stages };
  });
}

/** Whether the chain's deciding stage is its first (Simplified → Traditional) or its last. */
export function decidingStage(from: OpenccStandard, to: OpenccStandard): number | undefined {
  if (from === "cn" && to !== "cn") return 0;
  if (to === "cn" && from !== "cn") return (chainFor(from, to)?.stages.length ?? 1) - 1;
  return undefined;
}

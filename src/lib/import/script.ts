/**
 * Tells Simplified text, genuine Traditional text, and Traditional text made
 * by a naive character-by-character converter apart.
 *
 * Naive conversion needs positive evidence: a Simplified character that a
 * Traditional writer does not use in that word (`干部`, `范圍`, `時間里`,
 * `殺手锏`): the word's correct Traditional form (t → cn → tw) writes it
 * otherwise. Regional forms that real Taiwan and Hong Kong text uses (台,
 * 裏/裡, 着, 於/于, 佈, 瞭, 計畫, 颱風 …) are never evidence, and correctly
 * written characters of the same ambiguous classes (後, 裡, 幹, 範 …) count
 * against it. When the evidence is thin the text is kept as written.
 */
import { AMBIGUOUS_HANS } from "../script/ambiguous.ts";
import { wordBoundaries, type Words } from "../script/segment.ts";
import { toSimplified, toTraditional } from "./opencc.ts";
import { HAN } from "./lm.ts";

import type { Script } from "../script/types.ts";

export type { Script };
export type ScriptKind = "simplified" | "traditional" | "naive-traditional";
export type ScriptEvidence = { index: number; found: string; expected: string };
export type ScriptVerdict = {
  kind: ScriptKind;
  script: Script;
  evidence: ScriptEvidence[];
  /** Correctly written Traditional characters of the classes the evidence is about. */
  counter: number;
  /**
   * Forms a naive converter never writes (a one-to-many class's other forms: 髮, 隻, 製, 複, 穫…),
   * each once: evidence of genuine Traditional.
   */
  genuine: string[];
  /** Evidence was found but too little to decide: the text is kept as written. */
  uncertain: boolean;
};

/** Share of Han characters that must change under t→cn for a text to count as Traditional. */
const TRADITIONAL_SHARE = 0.02;
/** Evidence needed, and its minimum share against correctly written forms of the same classes. */
const NAIVE_EVIDENCE = 2;
const NAIVE_SHARE = 0.6;
/**
 * Simplified characters that genuine Traditional text also writes: regional
 * forms (台, 着), surnames (于, 余, 范 in names are decided by context below),
 * and characters Hong Kong keeps (周, 布, 了, 只, 才, 面).
 */
const REGIONAL = new Set([..."台着于余周布了只才面系松云"]);

let classes: Map<string, string> | undefined;
/** Traditional character → the Simplified character it shares with others (後 → 后, 裡 → 里). */
function traditionalClasses(): Map<string, string> {
  if (classes) return classes;
  const chars: string[] = [];
  for (let code = 0x4e00; code <= 0x9fff; code++) chars.push(String.fromCodePoint(code));
  const simplified = toSimplified(chars.join("\n")).split("\n");
  classes = new Map();
  chars.forEach((traditional, i) => {
    const simplifiedChar = simplified[i];
    if (simplifiedChar !== undefined && simplifiedChar !== traditional && [...simplifiedChar].length === 1)
      classes?.set(traditional, simplifiedChar);
  });
  return classes;
}

function differences(written: string, roundTrip: string): ScriptEvidence[] {
  const left = [...written];
  const right = [...roundTrip];
  if (left.length !== right.length) return [];
  const found: ScriptEvidence[] = [];
  let index = 0;
  left.forEach((char, i) => {
    const other = right[i] ?? "";
    if (char !== other) found.push({ index, found: char, expected: other });
    index += char.length;
  });
  return found;
}

/** One-to-many classes the shared model lacks but naive converters get wrong in news (收获 → 收獲). */
const MORE_CLASSES: Readonly<Record<string, readonly string[]>> = { 获: ["獲", "穫"] };
/** Classes whose default a Traditional writer may well choose (台 for 臺): no evidence. */
const REGIONAL_CLASSES = new Set(["台", "里", "于", "周", "面"]);

/**
 * A naive converter's choice: the class's default Traditional form where the word's own form is
 * another of the class (復雜 for 複雜, 收獲 for 收穫), by the shared one-to-many model.
 */
function isNaiveChoice(evidence: ScriptEvidence, simplifiedOf: ReadonlyMap<string, string>): boolean {
  const simplified = simplifiedOf.get(evidence.found) ?? evidence.found;
  if (REGIONAL_CLASSES.has(simplified)) return false;
  const forms = AMBIGUOUS_HANS[simplified] ?? MORE_CLASSES[simplified];
  return forms !== undefined && forms[0] === evidence.found && forms.includes(evidence.expected);
}

/** The word (jieba's cut) holding a position: [start, end). */
function wordAt(words: Words, at: number): [number, number] {
  words.ensure(at, at);
  let start = at;
  while (start > 0 && words.bounds[start] !== 1) start--;
  let end = at + 1;
  while (end < words.bounds.length - 1 && words.bounds[end] !== 1) end++;
  return [start, end];
}

/**
 * Whether the word holding the evidence, converted on its own, writes the character as found: the
 * whole-text conversion then matched a phrase across a word boundary (多採購 read as 多采 of
 * 多采多姿), and the character is no evidence. Single-character words keep their evidence.
 */
function crossesWords(text: string, words: Words, evidence: ScriptEvidence): boolean {
  const [start, end] = wordAt(words, evidence.index);
  if (end - start < 2) return false;
  const word = text.slice(start, end);
  const alone = toTraditional(toSimplified(word));
  return alone.length === word.length && alone[evidence.index - start] === evidence.found;
}

/** Characters written in Simplified where the word's Traditional form differs (naive-conversion evidence). */
export function roundTripMismatches(text: string): ScriptEvidence[] {
  const simplifiedOf = traditionalClasses();
  const isSimplifiedForm = new Set(simplifiedOf.values());
  const found = differences(text, toTraditional(toSimplified(text))).filter(
    (evidence) =>
      HAN.test(evidence.found) &&
      ((isSimplifiedForm.has(evidence.found) && !REGIONAL.has(evidence.found) && !simplifiedOf.has(evidence.found)) ||
        isNaiveChoice(evidence, simplifiedOf)) &&
      !isSurname(text, evidence),
  );
  if (found.length === 0) return found;
  const words = wordBoundaries(text, "hant");
  return found.filter((evidence) => !crossesWords(text, words, evidence));
}

/** 范 (and the like) as a family name: `范先生`, `范姓`, `范某`. */
function isSurname(text: string, evidence: ScriptEvidence): boolean {
  return (
    SURNAMES.has(evidence.found) &&
    /^(?:先生|女士|小姐|太太|姓|氏|某|老師|教授|醫師|主任|議員)/u.test(
      text.slice(evidence.index + evidence.found.length),
    )
  );
}
const SURNAMES = new Set([..."范余于"]);

let otherForms: Set<string> | undefined;
/** The forms of the shared one-to-many model other than each class's default (and its Simplified form). */
function nonDefaultForms(): Set<string> {
  otherForms ??= new Set(
    Object.entries({ ...AMBIGUOUS_HANS, ...MORE_CLASSES }).flatMap(([simplified, forms]) =>
      forms.slice(1).filter((form) => form !== simplified),
    ),
  );
  return otherForms;
}

/** Each non-default form of a one-to-many class the text writes, once (髮 in 頭髮, 隻 in 一隻). */
function genuineForms(text: string): string[] {
  const forms = nonDefaultForms();
  return [...new Set([...text].filter((char) => forms.has(char)))];
}

export function classifyScript(text: string): ScriptVerdict {
  const han = [...text].filter((char) => HAN.test(char)).length;
  const changed = differences(text, toSimplified(text)).length;
  if (han === 0 || changed / han < TRADITIONAL_SHARE)
    return { kind: "simplified", script: "hans", evidence: [], counter: 0, genuine: [], uncertain: false };
  const evidence = roundTripMismatches(text);
  const simplifiedOf = traditionalClasses();
  const evidenceClasses = new Set(evidence.map((item) => item.found));
  const counter = [...text].filter((char) => evidenceClasses.has(simplifiedOf.get(char) ?? "")).length;
  const genuine = genuineForms(text);
  // all the evidence: the converter's traces against the right forms of their classes and the
  // forms a naive converter never writes
  const share = evidence.length / Math.max(1, evidence.length + counter + genuine.length);
  if (evidence.length >= NAIVE_EVIDENCE && share >= NAIVE_SHARE)
    return { kind: "naive-traditional", script: "hans", evidence, counter, genuine, uncertain: false };
  return { kind: "traditional", script: "hant", evidence, counter, genuine, uncertain: evidence.length > 0 };
}

/**
 * Word rules (site overrides, article rules, rule groups shipped as data) and context rules, turned
 * into what the engine consumes: a trie of user entries and pins.
 */
import contextRules from "../../../data/conversion/context-rules.json" with { type: "json" };
import computing from "../../../data/conversion/groups/computing.json" with { type: "json" };
import organisations from "../../../data/conversion/groups/organisations.json" with { type: "json" };
import people from "../../../data/conversion/groups/people.json" with { type: "json" };
import places from "../../../data/conversion/groups/places.json" with { type: "json" };
import technology from "../../../data/conversion/groups/technology.json" with { type: "json" };
import surnameData from "../../../data/conversion/surnames.json" with { type: "json" };
import { ONE_TO_MANY } from "./ambiguous.ts";
import { chainFor, phraseDictionary, Trie } from "./dictionaries.ts";
import { ownAfter, ownBefore, SEPARATOR } from "./pieces.ts";
import type { TaggedWord, Words } from "./segment.ts";
import {
  editionRegion,
  REGION_OF_STANDARD,
  SCRIPT_OF_TAG,
  type ConversionOverride,
  type ConversionRule,
  type EditionStyle,
  type Script,
  type TextLanguage,
} from "./types.ts";

export type RuleGroup = {
  readonly name: string;
  readonly description: string;
  readonly sources: readonly string[];
  readonly rules: readonly ConversionRule[];
};

/** Rule groups shipped in data/conversion/groups/, by name. */
export const RULE_GROUPS: ReadonlyMap<string, RuleGroup> = new Map(
  [people, places, organisations, technology, computing].map((group: RuleGroup) => [group.name, group]),
);

/** Names in `groups` that are not rule groups, each with a message for the writer. */
export function validateGroups(groups: readonly string[]): { group: string; message: string }[] {
  const known = [...RULE_GROUPS.keys()].join(", ");
  return groups
    .filter((group) => !RULE_GROUPS.has(group))
    .map((group) => ({ group, message: `Unknown conversion group "${group}": the groups are ${known}.` }));
}

/** Problems with a rule: unknown tags, or a script missing. */
export function validateRule(rule: ConversionRule): string[] {
  const problems: string[] = [];
  const scripts = new Set<Script>();
  for (const tag of Object.keys(rule)) {
    const script = SCRIPT_OF_TAG[tag];
    if (script === undefined)
      problems.push(`Unknown variant tag "${tag}" in a conversion rule: use zh-hans, zh-hant, zh-tw, zh-hk or zh-cn.`);
    else scripts.add(script);
  }
  if (!scripts.has("hans") || !scripts.has("hant"))
    problems.push(
      "A conversion rule needs a zh-hans and a zh-hant text: write both, e.g. `{ zh-hans: 干部, zh-hant: 幹部 }`.",
    );
  return problems;
}

/** The rule's text as written in a source language: its region's tag, else its script's. */
function sourceText(rule: ConversionRule, from: TextLanguage): string | undefined {
  const region = REGION_OF_STANDARD[from.standard];
  return (region === undefined ? undefined : rule[region]) ?? rule[`zh-${from.script}`];
}

/** The rule's text for an edition: its region's tag (editionRegion), else its script's. */
function targetText(rule: ConversionRule, to: EditionStyle): string | undefined {
  const region = editionRegion(to);
  return (region === undefined ? undefined : rule[region]) ?? rule[`zh-${to.script}`];
}

/**
 * All word rules for a conversion, in priority order: article rules, article groups, site groups,
 * site overrides. Each rule also matches its other regional spellings of the source script.
 */
export function userEntries(
  overrides: readonly ConversionOverride[],
  siteGroups: readonly string[],
  articleRules: readonly ConversionRule[],
  articleGroups: readonly string[],
): ConversionRule[] {
  const rules: ConversionRule[] = [...articleRules];
  for (const name of [...articleGroups, ...siteGroups]) rules.push(...(RULE_GROUPS.get(name)?.rules ?? []));
  for (const override of overrides) rules.push({ "zh-hans": override.hans, "zh-hant": override.hant });
  return rules;
}

/** A trie of source word → edition text; the first rule for a word wins. */
export function userTrie(rules: readonly ConversionRule[], from: TextLanguage, to: EditionStyle): Trie | undefined {
  const trie = new Trie();
  for (const rule of rules) {
    const source = sourceText(rule, from);
    const target = targetText(rule, to);
    if (source === undefined || target === undefined || source === "") continue;
    trie.add(source, target);
    // The script's own spelling matches too (a zh-tw rule also applies to zh-hant text).
    const plain = rule[`zh-${from.script}`];
    if (plain !== undefined && plain !== "") trie.add(plain, target);
  }
  return trie.size === 0 ? undefined : trie;
}

type ContextRule = {
  readonly id: string;
  readonly char: string;
  readonly target: string;
  readonly before: RegExp | undefined;
  readonly after: RegExp | undefined;
  readonly word: RegExp | undefined;
  /** jieba's part of speech of the word holding the character, and of the words either side. */
  readonly tag: RegExp | undefined;
  readonly prevTag: RegExp | undefined;
  readonly nextTag: RegExp | undefined;
  /** The word before the one holding the character (jieba, without HMM), matched whole. */
  readonly prevWord: RegExp | undefined;
  /** Found anywhere in the sentence holding the character: what the sentence is about (面馆 for a lone 面). */
  readonly topic: RegExp | undefined;
  readonly overridesPhrase: boolean;
  /** Even when overriding phrases, a dictionary phrase that starts at the character and is made of whole words decides. */
  readonly yieldsToPhraseAfter: boolean;
};

type ContextRuleData = {
  id: string;
  char: string;
  target: string;
  before?: string;
  after?: string;
  word?: string;
  tag?: string;
  prevTag?: string;
  nextTag?: string;
  prevWord?: string;
  topic?: string;
  overridesPhrase?: boolean;
  yieldsToPhraseAfter?: boolean;
};

let compiled: Map<string, ContextRule[]> | undefined;

const whole = (source: string | undefined) => (source === undefined ? undefined : new RegExp(`^(?:${source})$`, "u"));

/**
 * Whether the text after a character meets a rule's `after`. A space ends a clause as the end of
 * the text does (头发干 OK reads as 头发干), so Latin text or digits after it never change the reading.
 */
function afterHolds(rule: ContextRule, after: string): boolean {
  return rule.after === undefined || rule.after.test(after) || (/^\s/u.test(after) && rule.after.test(""));
}

function contextRulesByChar(): Map<string, ContextRule[]> {
  if (compiled !== undefined) return compiled;
  compiled = new Map();
  for (const rule of contextRules.rules as ContextRuleData[]) {
    const list = compiled.get(rule.char) ?? [];
    list.push({
      id: rule.id,
      char: rule.char,
      target: rule.target,
      before: rule.before === undefined ? undefined : new RegExp(`(?:${rule.before})$`, "u"),
      after: rule.after === undefined ? undefined : new RegExp(`^(?:${rule.after})`, "u"),
      word: whole(rule.word),
      tag: whole(rule.tag),
      prevTag: whole(rule.prevTag),
      nextTag: whole(rule.nextTag),
      prevWord: whole(rule.prevWord),
      topic: rule.topic === undefined ? undefined : new RegExp(rule.topic, "u"),
      overridesPhrase: rule.overridesPhrase === true,
      yieldsToPhraseAfter: rule.yieldsToPhraseAfter === true,
    });
    compiled.set(rule.char, list);
  }
  return compiled;
}

const CONTEXT = 12;
/**
 * Whether `char` ends a sentence for a rule's `topic` when `next` follows: a full stop, but not
 * before a closing quotation mark (“……。”他说), and any ASCII or space, which ends a word and so
 * whatever it stands between.
 */
function endsSentence(char: string, next: string): boolean {
  return /[\s\x21-\x7e]/u.test(char) || (/[。！？；]/u.test(char) && !/[”」』’]/u.test(next));
}
/** The farthest a rule's `topic` is looked for on either side of the character. */
const TOPIC_REACH = 120;

/** The sentence holding `at` within its own text, at most TOPIC_REACH characters either side. */
function sentenceAround(text: string, at: number): string {
  const before = ownBefore(text.slice(Math.max(0, at - TOPIC_REACH), at));
  const after = ownAfter(text.slice(at, at + TOPIC_REACH));
  const whole = before + after;
  let start = before.length;
  while (start > 0 && !endsSentence(whole[start - 1] ?? "", whole[start] ?? "")) start--;
  let end = before.length;
  while (end < whole.length && !endsSentence(whole[end] ?? "", whole[end + 1] ?? "")) end++;
  return whole.slice(start, end);
}
const QUOTE_OPEN = /^[“「『‘"']$/u;
const QUOTE_CLOSE = /^[”」』’"']$/u;

/** Pins (position → Traditional character) and, for each, the rule that set it (for the review list). */
export class Pins extends Map<number, string> {
  readonly reasons = new Map<number, string>();
  pin(at: number, target: string, reason: string): void {
    this.set(at, target);
    this.reasons.set(at, reason);
  }
}

/** A verb said twice around 了 or 一 (卷了卷鼻子, 划一划, 冲一冲凉), or around 不 or 没 in a question (干不干). */
const REDUPLICATED = /(\p{Script=Han})[了一不没沒](?=\1)/gu;

/**
 * Pins a reduplicated one-to-many verb or an A-not-A question to one reading: the second takes the
 * first's (卷了卷, 干不干), or,
 * where the second starts a longer word, the first takes the second's (冲一冲凉 → 沖一沖涼).
 * `readingsAt` gives the deciding stage's output at positions, from a conversion with `pins`.
 * Returns `pins` itself where there is nothing to pin.
 */
export function reduplicationPins(
  text: string,
  words: Words,
  pins: Pins | undefined,
  readingsAt: (pins: Pins | undefined, at: readonly number[]) => readonly (string | undefined)[],
): Pins | undefined {
  const sites: { from: number; to: number }[] = [];
  for (const match of text.matchAll(REDUPLICATED)) {
    const first = match.index;
    const second = first + 2;
    if ((ONE_TO_MANY.hans[text[first] ?? ""]?.length ?? 0) < 2) continue;
    words.ensure(first, second + 1);
    const { bounds } = words;
    if (bounds[first] !== 1 || bounds[first + 1] !== 1 || bounds[second] !== 1) continue;
    const site = bounds[second + 1] === 1 ? { from: first, to: second } : { from: second, to: first };
    if (!pins?.has(site.to)) sites.push(site);
  }
  if (sites.length === 0) return pins;
  const readings = readingsAt(
    pins,
    sites.map((site) => site.from),
  );
  const next = new Pins();
  for (const [at, target] of pins ?? []) next.pin(at, target, pins?.reasons.get(at) ?? "");
  sites.forEach((site, k) => {
    const reading = readings[k];
    if (reading !== undefined) next.pin(site.to, reading, "reduplication");
  });
  return next;
}

/** Pins from the context rules and person names (Simplified source text only). */
export function contextPins(
  text: string,
  words: Words,
  script: Script,
  surnames: Readonly<Record<string, string>> = SURNAMES,
): Pins | undefined {
  if (script !== "hans")
    // A pattern decides before a character's lone reading (藉草枕塊 keeps the 藉 a lone 藉 reads 借).
    return traditionalAlonePins(
      text,
      words,
      traditionalPatternPins(text, words, traditionalSurnamePins(text, words, namePhrasePins(text, words))),
    );
  let pins: Pins | undefined;
  for (const [char, rules] of contextRulesByChar()) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
      // A character quoted before 字 is named, not used (名字里都要带一个“松”字): no context reads it.
      if (QUOTE_OPEN.test(text[at - 1] ?? "") && QUOTE_CLOSE.test(text[at + 1] ?? "") && text[at + 2] === "字")
        continue;
      const before = ownBefore(text.slice(Math.max(0, at - CONTEXT), at));
      const after = ownAfter(text.slice(at + 1, at + 1 + CONTEXT));
      let word: string | undefined;
      // A dictionary phrase made of whole words here decides (干诺道 is a road, not dry).
      let phrase: boolean | undefined;
      let phraseAfter: boolean | undefined;
      let sentence: string | undefined;
      for (const rule of rules) {
        if (!rule.overridesPhrase && (phrase ??= isPhraseWord(words, text, at))) continue;
        if (rule.yieldsToPhraseAfter && (phraseAfter ??= isPhraseWord(words, text, at, true))) continue;
        if (rule.before !== undefined && !rule.before.test(before)) continue;
        if (!afterHolds(rule, after)) continue;
        if (rule.word !== undefined && !rule.word.test((word ??= wordAt(words, text, at)))) continue;
        if (!tagsMatch(rule, words, at)) continue;
        if (rule.topic !== undefined && !rule.topic.test((sentence ??= sentenceAround(text, at)))) continue;
        pins ??= new Pins();
        pins.pin(at, rule.target, rule.id);
        break;
      }
    }
  }
  for (const [surname, target] of Object.entries(surnames)) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      // Inside a word (由于, 对于, 多余) no name starts: skip jieba's slower HMM tagging. After 姓 it
      // does, whatever jieba joins (姓范 is one of its words).
      words.ensure(at, at);
      // 余 after a number is "more than" (60余趟), 后 after one a generation (95后主播), whatever jieba's HMM
      // reads after it; 太 and a quality after it are "too" (不要涂太厚的粉底), no given name.
      if (
        partyOf(text, at) ||
        TOO_MUCH.test(text.slice(at + 1, at + 3)) ||
        ((surname === "余" || surname === "后") &&
          /[0-9０-９零一二两三四五六七八九十百千万几]/u.test(text[at - 1] ?? "")) ||
        // 于 before a dynasty's time is the preposition (先祖于明初迁来, 始建于唐代).
        (surname === "于" && DYNASTY_TIME.test(text.slice(at + 1, at + 4)))
      )
        continue;
      // A context rule decided the character (干 the verb after a noun, 后 after a word, 钟 a bell): only
      // a title before a three-character name or before X某, an elder's honorific or a family makes it
      // a surname after all (创始人干志强, 志愿者后建军, 店主后某, 纪念钟老诞辰, 干家是).
      // A rule that read the surname's own form (pu-surname-alone) leaves the name to be found.
      if (pins?.has(at) && pins.get(at) !== target) {
        if (
          elderHonoured(text, at) ||
          familyName(text, at) ||
          SURNAME_NAMED.test(text.slice(at + 1, at + 4)) ||
          surnamesListed(text, at) ||
          (afterTitle(words, at) && UNNAMED_PERSON.test(text.slice(at + 1, at + 4)))
        )
          pins.pin(at, target, "name-surname");
        else if (
          (afterTitle(words, at) &&
            (addressed(words, text, at) ||
              // 村民后德明说; not a word of jieba's the rule read (老板钟点工说, 村民后来说).
              (speaksAcross(text, at) && !dictionaryWordAt(words, at)))) ||
          titledFullName(words, at) ||
          titledNameBeforeVerb(words, at) ||
          titledCommonName(words, text, at) ||
          titledSpeaker(words, at) ||
          openingName(words, text, at) ||
          openingPersonIs(words, text, at) ||
          namedAs(words, text, at)
        ) {
          pins.pin(at, target, "name-surname");
          pinGivenName(words, text, at, pins);
        }
        continue;
      }
      const familiarName = familiar(text, at);
      // X某 names a person whatever jieba joins before it (律师|范某, where jieba reads 师范), but for
      // 于 and 余 (关于某药物, 限于某几种).
      const unnamed = !FUNCTION_SURNAMES.test(surname) && UNNAMED_PERSON.test(text.slice(at + 1, at + 4));
      // An elder honoured so (钟老诞辰, 在于老逝世后) whatever jieba joins before it (纪念钟 a bell).
      const elder = elderHonoured(text, at);
      const afterDe = nameAfterDe(words, text, at);
      // Where one lies, is or acts addressed so (在于大爷的院子里, 由于师傅负责): 在于, 由于 are words.
      const placedAddress =
        /[在由对给]$/u.test(text.slice(Math.max(0, at - 1), at)) && PLACED_ADDRESS.test(text.slice(at + 1, at + 4));
      // A title before and a form of address or a name and a verb of speech after make a surname
      // whatever jieba joins across it (患者家属于先生: 属于; 退休教师范大姐: 师范; 护工余桂芳说: 工余),
      // or a given name many people bear and a verb (营养师范晓东负责: 师范).
      const titledAddress =
        words.bounds[at] !== 1 &&
        (titledCommonName(words, text, at) ||
          (afterTitle(words, at) && (addressedAcross(text, at) || speaksAcross(text, at))));
      const agent = agentNamed(words, text, at);
      // 余氏族谱, 于姓族人, “余”姓, 钟姓的: the surname named as such, whatever jieba joins.
      const surnameNamed = SURNAME_NAMED.test(text.slice(at + 1, at + 4));
      const listed = surnamesListed(text, at);
      const family = familyName(text, at);
      if (
        (words.bounds[at] !== 1 &&
          !listed &&
          !placedAddress &&
          text[at - 1] !== "姓" &&
          !familiarName &&
          !unnamed &&
          !elder &&
          !afterDe &&
          !titledAddress &&
          !agent) ||
        placeWord(words, text, at)
      )
        continue;
      if (
        surname === "于" &&
        !familiarName &&
        !elder &&
        !ADDRESSED_ALONE.test(text.slice(at + 1, at + 6)) &&
        !agent &&
        !surnameNamed &&
        !listed &&
        !placedAddress &&
        !family &&
        !openingName(words, text, at) &&
        !clauseOpeningName(words, text, at) &&
        prepositionYu(words, text, at)
      )
        continue;
      const name =
        titledAddress ||
        agent ||
        familiarName ||
        elder ||
        afterDe ||
        placedAddress ||
        surnameNamed ||
        listed ||
        UNNAMED_PERSON.test(text.slice(at + 1, at + 4)) ||
        family ||
        addressed(words, text, at) ||
        titled(words, at) ||
        titledFullName(words, at) ||
        titledNameBeforeVerb(words, at) ||
        namedAs(words, text, at) ||
        takenAsPerson(words, text, at) ||
        titleAfterName(words, at) ||
        wordInNameBeforeTitle(words, at) ||
        listedName(words, text, at) ||
        opensSentence(words, text, at) ||
        openingName(words, text, at) ||
        clauseOpeningName(words, text, at) ||
        speaker(words, text, at)
          ? "yes"
          : givenNameOfSingleCharacters(words, at)
            ? "unless-phrase"
            : personName(words, at);
      if (name === "no" || (name === "unless-phrase" && (isPhraseWord(words, text, at) || placeIn(text, at)))) continue;
      pins ??= new Pins();
      pins.pin(at, target, "name-surname");
      if (!familiarName) pinGivenName(words, text, at, pins);
    }
  }
  pins = titledGivenNamePins(text, words, pins, surnames);
  pins = nameListPins(text, words, pins, surnames);
  pins = listedNamePins(text, words, pins, surnames);
  return pins && listHeadPins(text, words, pins, surnames);
}

/**
 * Whether the surname at `at` opens a name of three characters between 在 and 的 and what a person
 * does for others (在涂建华的协调下, 在于海波的带领下): only a person leads, helps or mediates so; not
 * a word of the dictionary from the surname (在党组织的帮助下, 在范围内的指导下).
 */
function agentNamed(words: Words, text: string, at: number): boolean {
  return text[at - 1] === "在" && AGENT_AFTER.test(text.slice(at + 1, at + 10)) && !dictionaryWordAt(words, at);
}
const AGENT_AFTER =
  /^\p{Script=Han}{2}的(?:协调|帮助|带领|指导|陪同|支持|鼓励|劝说|牵头|推动|努力|主持|组织|帮忙|引导|资助|倡议|号召|指点)下/u;

/**
 * Whether the surname at `at` opens a three-character name as the object of a verb that takes a person
 * (记者采访了于海林, 会见了余建国一行): the name ends a clause or comes before 等, 一行, 和 or the like,
 * and no word of the dictionary opens at the surname (采访了范围内的…); 于, 余, 后, 周 only after 了.
 */
function takenAsPerson(words: Words, text: string, at: number): boolean {
  // 于 right after the verb may be the preposition (采访于北京); after 了 it cannot.
  if (FUNCTION_SURNAMES.test(text[at] ?? "") && text[at - 1] !== "了") return false;
  const before = text.slice(Math.max(0, at - 6), at).replace(/了$/u, "");
  if (!PERSON_TAKING.test(before) || !/^\p{Script=Han}{2}$/u.test(text.slice(at + 1, at + 3))) return false;
  if (NOT_IN_GIVEN_NAME.test(text.slice(at + 1, at + 3)) || !NAME_ENDS.test(text.slice(at + 3))) return false;
  return !dictionaryWordAt(words, at);
}
/** What may follow a whole name as an object: a clause's end, 等, 一行, a conjunction, 的, a form of address. */
const NAME_ENDS = /^(?:$|[\p{P}\s]|等|一行|和|与|及|的|时|后|并|夫妇|先生|女士|老师|同志)/u;

/** A form of address after a surname, then 的 or a verb: 在于大爷的院子里, 由于师傅负责. */
const PLACED_ADDRESS = /^(?:师傅|先生|女士|老师|阿姨|大爷|大妈|大娘|大姐|大哥|奶奶|爷爷)(?:的|家|说|负责|带|来|去|在)/u;
/** A form of address ending a clause or before a verb of speech: a surname before it (叫他于师傅。). */
const ADDRESSED_ALONE = /^(?:师傅|先生|女士|老师|阿姨|大爷|大妈|大姐|大哥)(?:$|[，。！？、：；」”]|说|表示|介绍)/u;

/** 太 and a quality: "too" after a verb, never a given name (涂太厚, 干太久). */
const TOO_MUCH = /^太[厚薄多少大小快慢久满浓淡深重高低长短早晚远近紧松急猛烫冷热咸甜]/u;

/** A count of persons after a list of names (三人, 等人, 两位, 三名): a regular expression's source. */
export const PERSON_COUNT = "[两二三四五六七八九十几]人|等人|[两二三四五六七八九十]位|[两二三四五六七八九十]名";
/** Two people named together as kin (于晓梅和范志刚夫妇): a regular expression's source. */
const KIN_PAIR = "夫妇|夫妻|两口子|父子|母女|父女|母子|兄弟|姐妹|兄妹|姐弟";
/** After a list of two names, what makes its items people: a count, kin, 各, 均, 分别, 都, 也 (a source). */
export const PEOPLE_AFTER_LIST = `${PERSON_COUNT}|${KIN_PAIR}|各|均|分别|都|也|携手|联手|双双|一起|一同|几乎同时|同时|先后|相继|首次|入选|当选|分享了|讲述了|出席了|登台`;
const LIST_OF_PEOPLE_AFTER = new RegExp(`^(?:${PEOPLE_AFTER_LIST})`, "u");
/** What ends a list of names: punctuation, 等, 外 (除…外), a joint act, or what makes its items people. */
const LIST_TERMINATOR = new RegExp(
  `^(?:$|[，。；、！？：,.;!?:）)」”]|等|外|共同|联合|合作|组成|担任|${PEOPLE_AFTER_LIST})`,
  "u",
);

/**
 * The items of lists joined by 、 (and a last one after 和, 及 or 与) whose items are two or three
 * Han characters: their start and end offsets. The first item is the two or three characters before
 * the first 、 that open with a surname; the last ends before what ends a list (LIST_TERMINATOR).
 */
function listItems(text: string, isSurname: (char: string) => boolean): { start: number; end: number }[][] {
  const lists: { start: number; end: number }[][] = [];
  const han = (from: number, to: number) => /^\p{Script=Han}+$/u.test(text.slice(from, to));
  let at = text.indexOf("、");
  while (at > 0) {
    const first = [3, 2]
      .map((length) => at - length)
      .find((start) => start >= 0 && han(start, at) && isSurname(text[start] ?? ""));
    if (first === undefined) {
      at = text.indexOf("、", at + 1);
      continue;
    }
    const items = [{ start: first, end: at }];
    let next = at + 1;
    for (;;) {
      const separator = text.indexOf("、", next);
      if (separator > next + 1 && separator <= next + 3 && han(next, separator)) {
        items.push({ start: next, end: separator });
        next = separator + 1;
        continue;
      }
      const length = [3, 2].find((size) => han(next, next + size) && LIST_TERMINATOR.test(text.slice(next + size)));
      if (length !== undefined) {
        items.push({ start: next, end: next + length });
        break;
      }
      const joined = [3, 2].find((size) => han(next, next + size) && /^[和及与]/u.test(text.slice(next + size)));
      if (joined !== undefined) {
        items.push({ start: next, end: next + joined });
        const last = next + joined + 1;
        const size = [3, 2].find((width) => han(last, last + width) && LIST_TERMINATOR.test(text.slice(last + width)));
        if (size !== undefined) items.push({ start: last, end: last + size });
      }
      break;
    }
    lists.push(items);
    at = text.indexOf("、", Math.max(next, items.at(-1)?.end ?? next));
  }
  // Two names joined by 和 or 与 opening a clause (于蕾和党婷婷携手, 沈佳和郁晴几乎同时).
  for (const match of text.matchAll(/[和与]/gu)) {
    const join = match.index;
    if (lists.some((items) => (items[0]?.start ?? 0) <= join && join <= (items.at(-1)?.end ?? 0))) continue;
    const start = [3, 2]
      .map((length) => join - length)
      .find(
        (from) =>
          from >= 0 && han(from, join) && isSurname(text[from] ?? "") && /^(?:|[\p{P}\s])$/u.test(text[from - 1] ?? ""),
      );
    const size = [3, 2].find(
      (width) =>
        han(join + 1, join + 1 + width) &&
        isSurname(text[join + 1] ?? "") &&
        LIST_TERMINATOR.test(text.slice(join + 1 + width)),
    );
    if (start !== undefined && size !== undefined)
      lists.push([
        { start, end: join },
        { start: join + 1, end: join + 1 + size },
      ]);
  }
  return lists;
}

/**
 * Names listed together (获奖者包括余国发、于小云、范志松三人; 由余小云、于松和游发三人组成): where two
 * or more items of a list open with a surname, each such item that is no word of the dictionary
 * but a name keeps its surname's name form and its given name's (金发 發, 志松 松, 小云 雲).
 */
function listedNamePins(
  text: string,
  words: Words,
  pins: Pins | undefined,
  surnames: Readonly<Record<string, string>>,
): Pins | undefined {
  if (!/[、和与]/u.test(text)) return pins;
  const isSurname = (char: string) => surnames[char] !== undefined || COMMON_SURNAMES.has(char);
  for (const items of listItems(text, isSurname)) {
    const named = items.filter(({ start, end }) => {
      if (!isSurname(text[start] ?? "") || KNOWN_NAMES_ONLY.has(text[start] ?? "")) return false;
      if (/[左右上下前后中内外里东南西北]/u.test(text.slice(start + 1, end))) return false;
      words.ensure(start, end - 1);
      const word = words.taggedWord(start, false);
      return !(word !== undefined && word.start === start && word.end === end && !/^nr/u.test(word.tag));
    });
    // Three names, or two before what makes them people (各五百元, 三人, 等人, 分别).
    const last = items.at(-1)?.end ?? 0;
    if (named.length < 3 && (named.length < 2 || !LIST_OF_PEOPLE_AFTER.test(text.slice(last)))) continue;
    for (const { start, end } of named) {
      pins ??= new Pins();
      const target = surnames[text[start] ?? ""];
      if (target !== undefined && !pins.has(start)) pins.pin(start, target, "name-surname");
      pinGivenNameSpan(text, start + 1, end, pins);
    }
  }
  return pins;
}

/** Given-name readings and the commonest surnames (data/conversion/surnames.json). */
export const GIVEN_NAME_FORMS: Readonly<Record<string, string>> = surnameData.givenNameForms;
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(surnameData.commonSurnames);

/**
 * Where the given name after the surname at `at` ends: one Han character, or two where the second
 * belongs to it: a word of the dictionary joins the two (余金发, 于洪涛), jieba's HMM reads them as
 * one word or the whole as a three-character name (于清松, 叶志松), or a word or punctuation
 * follows them (范志松在, 郁金发兼任). One where a word starts at the second (余华表示).
 */
function givenNameEnd(words: Words, text: string, at: number): number {
  const han = (char: string) => /\p{Script=Han}/u.test(char) && !NOT_IN_GIVEN_NAME.test(char);
  if (!han(text[at + 1] ?? "")) return at + 1;
  if (!han(text[at + 2] ?? "")) return at + 2;
  words.ensure(at, Math.min(text.length - 1, at + 4));
  const second = words.taggedWord(at + 2, false);
  if (second !== undefined && second.start === at + 2 && second.end - second.start >= 2 && !/^nr/u.test(second.tag))
    return at + 2;
  const spans = (word: TaggedWord | undefined, start: number) => word?.start === start && word.end === at + 3;
  if (spans(words.taggedWord(at + 1, false), at + 1) || spans(words.taggedWord(at + 1, true), at + 1)) return at + 3;
  if (spans(words.taggedWord(at, true), at)) return at + 3;
  const next = text[at + 3] ?? "";
  if (!/\p{Script=Han}/u.test(next) || NOT_IN_GIVEN_NAME.test(next)) return at + 3;
  const after = words.taggedWord(at + 3, false);
  if (after === undefined || after.start !== at + 3) return at + 2;
  // A word, a verb of speech (钟子云|说), or a verb of one character with its particle (于清松|忙着).
  const verbWithParticle = after.end - after.start === 1 && after.tag === "v" && /[了着过]/u.test(text[at + 4] ?? "");
  // A second character names read otherwise (松, 发, 云) before a verb of one character (钟志松|伤|停).
  if (GIVEN_NAME_FORMS[text[at + 2] ?? ""] !== undefined && after.end - after.start === 1 && after.tag === "v")
    return at + 3;
  return after.end - after.start >= 2 || verbWithParticle || SPEECH_VERB.test(text.slice(at + 3)) ? at + 3 : at + 2;
}

/**
 * Pins the characters of the given name after the surname at `at` that a name reads otherwise
 * than a word would (金发 發 not 髮, 志松 松 not 鬆, 子云 雲): surnames.json givenNameForms.
 */
function pinGivenName(words: Words, text: string, at: number, pins: Pins): void {
  pinGivenNameSpan(text, at + 1, givenNameEnd(words, text, at), pins);
}

/**
 * Pins the characters of a given name from `start` to `end` to their name forms (givenNameForms),
 * unless the dictionary spells the whole of a three-character name, surname at `start - 1` included
 * (张三丰 → 張三丰).
 */
function pinGivenNameSpan(text: string, start: number, end: number, pins: Pins): void {
  if (end - start >= 2 && wholePhrase(phraseDictionary(), text, start - 1, end) !== undefined) return;
  for (let k = start; k < end; k++) {
    const form = GIVEN_NAME_FORMS[text[k] ?? ""];
    if (form !== undefined) pins.pin(k, form, "name-given");
  }
}

/**
 * Given names after a title and one of the commonest surnames whose name form needs no pin (歌手陈金发,
 * 店主冯发根): the surname a word of its own or the start of a name jieba knows; only where one of
 * the next two characters is read otherwise in names.
 */
function titledGivenNamePins(
  text: string,
  words: Words,
  pins: Pins | undefined,
  surnames: Readonly<Record<string, string>>,
): Pins | undefined {
  for (const surname of COMMON_SURNAMES) {
    if (surnames[surname] !== undefined) continue;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      if (GIVEN_NAME_FORMS[text[at + 1] ?? ""] === undefined && GIVEN_NAME_FORMS[text[at + 2] ?? ""] === undefined)
        continue;
      words.ensure(at, Math.min(text.length - 1, at + 2));
      if (words.bounds[at] !== 1) continue;
      const afterATitle = afterTitle(words, at);
      if (!afterATitle && !speakerAt(text, words, at)) continue;
      // The surname a word jieba tags as a name (陈 nr, 陈金发 nr), not a verb or adverb (农民|戴着, 工人|常);
      // before a verb of speech also a name jieba's HMM makes up (据|黄志松|介绍: x).
      const word = words.taggedWord(at, false);
      const guess = words.taggedWord(at, true);
      const guessed =
        guess?.start === at && (/^nr/u.test(guess.tag) || (!afterATitle && guess.tag === "x" && guess.end > at + 1));
      if (word?.start !== at || (!/^nr/u.test(word.tag) && !guessed)) continue;
      pins ??= new Pins();
      pinGivenName(words, text, at, pins);
    }
  }
  return pins;
}

/**
 * Whether a name from the surname at `at` opens a clause (or follows 据) and a verb of speech
 * follows its given name (陈金发说, 据黄志松介绍).
 */
function speakerAt(text: string, words: Words, at: number): boolean {
  return (
    BEFORE_SPEAKER.test(text.slice(Math.max(0, at - 1), at)) &&
    !/[与和同跟]$/u.test(text.slice(Math.max(0, at - 1), at)) &&
    SPEECH_VERB.test(text.slice(givenNameEnd(words, text, at)))
  );
}

/** A list of names: items of two or three Han characters between 、 (钟声远、余文静、范志强三人). */
const NAME_LIST = new RegExp(
  String.raw`(?:\p{Script=Han}{2,3}、){1,}\p{Script=Han}{2,3}(?=${PERSON_COUNT}|[，。；、])`,
  "gu",
);
/** After the list, what makes its items people: a count of persons (三人, 等人, 两位). */
const PEOPLE_AFTER = new RegExp(`^(?:${PERSON_COUNT})`, "u");

/**
 * Surnames opening the items of a list of people: three or more items of two or three characters
 * between 、, or two before a count of persons (钟声远、余文静、范志强三人; 范志刚、叶小舟两位), each
 * item that starts with a surname and is no word of the dictionary but a name (not 周一、周二).
 */
function nameListPins(
  text: string,
  words: Words,
  pins: Pins | undefined,
  surnames: Readonly<Record<string, string>>,
): Pins | undefined {
  for (const match of text.matchAll(NAME_LIST)) {
    const items = match[0].split("、");
    if (items.length < 3 && !PEOPLE_AFTER.test(text.slice(match.index + match[0].length))) continue;
    // Every item opens with a surname (过程多、强度大、范围广 is no list of names).
    if (!items.every((item) => surnames[item[0] ?? ""] !== undefined || COMMON_SURNAMES.has(item[0] ?? ""))) continue;
    let at = match.index;
    for (const item of items) {
      const target = surnames[item[0] ?? ""];
      if (target !== undefined && !pins?.has(at)) {
        words.ensure(at, at + item.length);
        const word = words.taggedWord(at, false);
        const otherWord =
          word !== undefined && word.start === at && word.end === at + item.length && !/^nr/u.test(word.tag);
        if (words.bounds[at] === 1 && words.bounds[at + item.length] === 1 && !otherWord) {
          pins ??= new Pins();
          pins.pin(at, target, "name-surname");
        }
      }
      at += item.length + 1;
    }
  }
  return pins;
}

/**
 * A surname opening an item of a list whose next item is a name kept above (范志刚、叶小舟和萧雨晴,
 * 游永福、涂国栋及党晓燕): the item two or three characters, all Han, not a word of the dictionary
 * other than a name, then 、. From the last item back, so that a name keeps the one before it.
 */
function listHeadPins(text: string, words: Words, pins: Pins, surnames: Readonly<Record<string, string>>): Pins {
  for (let separator = text.lastIndexOf("、"); separator > 1; separator = text.lastIndexOf("、", separator - 1)) {
    if (pins.reasons.get(separator + 1) !== "name-surname") continue;
    for (const length of [3, 2]) {
      const at = separator - length;
      const target = surnames[text[at] ?? ""];
      if (at < 0 || target === undefined || pins.has(at) || !/^\p{Script=Han}+$/u.test(text.slice(at, separator)))
        continue;
      words.ensure(at, at);
      if (words.bounds[at] !== 1) continue;
      // Not a word of the dictionary (范围、于娜).
      const word = words.taggedWord(at, false);
      if (word !== undefined && word.start === at && word.end === separator && !/^nr/u.test(word.tag)) break;
      pins.pin(at, target, "name-surname");
      break;
    }
  }
  return pins;
}

/**
 * A context rule written for this very word that did not apply here: its `word` is a literal
 * word (or a few, 发卡, 不准, 自制) matching the jieba word holding `at`, and another of its
 * conditions failed. The word is one the rules know to have two readings: the review list's
 * evidence that the reading chosen here may be the other one. Returns the rule's id and target.
 */
export function nearRule(text: string, words: Words, at: number): { id: string; target: string } | undefined {
  const rules = contextRulesByChar().get(text[at] ?? "");
  if (rules === undefined) return undefined;
  const word = wordAt(words, text, at);
  const before = ownBefore(text.slice(Math.max(0, at - CONTEXT), at));
  const after = ownAfter(text.slice(at + 1, at + 1 + CONTEXT));
  for (const rule of rules) {
    if (rule.word === undefined || !literalWords(rule.word) || !rule.word.test(word)) continue;
    const holds =
      (rule.before === undefined || rule.before.test(before)) && afterHolds(rule, after) && tagsMatch(rule, words, at);
    if (!holds) return { id: rule.id, target: rule.target };
  }
  return undefined;
}

/** Whether a `word` condition names words of two or more characters literally (自制, 发卡|发卡行). */
function literalWords(word: RegExp): boolean {
  const inner = /^\^\(\?:([\p{Script=Han}|]+)\)\$$/u.exec(word.source)?.[1];
  return inner !== undefined && inner.split("|").every((alternative) => alternative.length >= 2);
}

/**
 * Traditional source: a three-character dictionary phrase that starts at a character jieba reads
 * as a surname (a one-character word tagged nr) is a full name, kept whole even where jieba's
 * dictionary joins its last character to the next one (梁章鉅著有: 梁|章|巨著|有 would refuse
 * 梁章鉅 → 梁章钜 and read 鉅著 → 巨著). Its characters are pinned to the phrase's reading.
 */
function namePhrasePins(text: string, words: Words): Pins | undefined {
  const dictionary = chainFor("tw", "cn")?.segmentation;
  if (dictionary === undefined) return undefined;
  let pins: Pins | undefined;
  for (let at = 0; at + 3 <= text.length; at++) {
    const value = wholePhrase(dictionary, text, at, at + 3);
    if (value === undefined) continue;
    words.ensure(at, at + 3);
    if (value.length !== 3 || words.bounds[at] !== 1 || words.bounds[at + 3] === 1 || words.bounds[at + 1] !== 1)
      continue;
    const surname = words.taggedWord(at, false);
    if (surname === undefined || surname.end !== at + 1 || !/^nr/u.test(surname.tag)) continue;
    pins ??= new Pins();
    for (let k = 0; k < 3; k++) pins.pin(at + k, value[k] ?? "", "name-phrase");
  }
  return pins;
}

/**
 * Pins Traditional surnames that Simplified keeps (surnames.json `keptInSimplified`: 於) where the
 * text marks a surname: 姓於, 於姓, 於先生, 於某. Elsewhere 於 is the preposition 于.
 */
function traditionalSurnamePins(text: string, words: Words, pins: Pins | undefined): Pins | undefined {
  for (const surname of surnameData.keptInSimplified)
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      words.ensure(at, at);
      if (pins?.has(at)) continue;
      // 於姓, 於氏 name the surname whatever jieba joins (一位於姓鄰長: 位於), but not 於姓名.
      const surnameNamed = /^[姓氏](?!名)/u.test(text.slice(at + 1, at + 3));
      const titleJoined = TITLES.test(words.shadow.slice(Math.max(0, at - 4), at));
      if (!surnameNamed && words.bounds[at] !== 1 && !titleJoined) continue;
      // The Simplified shadow: forms of address are matched in Simplified (老師 → 老师).
      if (
        !surnameNamed &&
        !UNNAMED_PERSON.test(words.shadow.slice(at + 1, at + 4)) &&
        !addressed(words, words.shadow, at) &&
        !namedAfterTitle(words, at)
      )
        continue;
      pins ??= new Pins();
      pins.pin(at, surname, "name-surname");
    }
  return pins;
}

/**
 * A Traditional surname after a title, read as a name (議員沈思涵今天, 經理人於國華表示): the name
 * test of Simplified text on the shadow, or a proper noun jieba tags after the surname where jieba
 * reads 於 as the preposition; then what follows a name in news.
 */
function namedAfterTitle(words: Words, at: number): boolean {
  if (!afterTitle(words, at) || !GIVEN_NAME_THEN.test(words.shadow.slice(at + 1))) return false;
  if (personName(words, at) === "yes") return true;
  // jieba's HMM reads the two characters after the surname as a name or an unknown word (于|美华/x).
  if (NAME_OR_UNKNOWN_TAGS.test(twoCharacterWord(words, at + 1, true)?.tag ?? "")) return !placeIn(words.shadow, at);
  // Two characters no place, time or meeting holds, then a verb of speech (里長於志豪說; not 議員於會中表示).
  const two = words.shadow.slice(at + 1, at + 3);
  const place = /^(?:ns|s|t|nt|f)$/u.test(twoCharacterWord(words, at + 1, false)?.tag ?? "");
  if (
    !place &&
    /^\p{Script=Han}{2}$/u.test(two) &&
    !/[上下中内外前后里间时年月日会期]/u.test(two) &&
    !NOT_IN_GIVEN_NAME.test(two) &&
    SPEECH_VERB.test(words.shadow.slice(at + 3))
  )
    return !placeIn(words.shadow, at);
  const given = words.taggedWord(at + 1, false);
  return given?.start === at + 1 && /^(?:nr.*|nz)$/u.test(given.tag) && !placeIn(words.shadow, at);
}

/**
 * A given name of one or two characters and what follows a name in news: a verb of speech, a time,
 * a preposition, punctuation (議員沈思涵今天, 業主於太以; not 議員沈思良久, 議員沈重地說).
 */
const GIVEN_NAME_THEN =
  /^\p{Script=Han}(?:(?![地得着了过])\p{Script=Han})?(?:表示|说|指出|认为|强调|坦言|透露|称|今天|今日|昨天|昨日|日前|近日|也|则|在|于|与|和|向|的|以|对|将|已|曾|是|出席|接受|召开|质询|质疑|批评|呼吁|提出|发言|回应|[，。、；：！？「」“”／/])/u;

/** 藉 of a mat, of lying strewn or of regard, which Simplified keeps (藉草枕块, 藉卉而坐, 醞藉, 蹂躪藉, 聲名藉甚, 無顧藉). */
const MAT_JIE = /(?<=[蹂躪躏醞酝蘊蕴枕狼慰顧顾])藉|藉(?=[草卉茅甚])/gu;

/**
 * Traditional characters Simplified keeps only inside a few words, read as another character when
 * they stand alone as a word: Simplified writes 藉 only in 慰藉, 狼藉, 蕴藉, 枕藉 and 藉藉 (通用规范汉字表),
 * opencc's phrases turn 藉口, 藉此, 憑藉 into 借, and a lone 藉 (藉補課之名, 藉檢查為名) is 借 too, where
 * no pattern has decided it (MAT_JIE: 藉 of a mat, which dictionaries keep: 藉草枕塊, 聲名藉甚).
 */
const TRADITIONAL_ALONE: Readonly<Record<string, { readonly target: string; readonly id: string }>> = {
  藉: { target: "借", id: "jie-alone" },
};

/** The end of a text, also where the next of a batch begins (pieces.ts). */
const PIECE_END = `(?:$|${SEPARATOR})`;

/** Verbs after which 著 is the particle 着 (穿著, 寫著, 看著), whatever follows it. */
const PARTICLE_VERBS =
  "穿寫写帶带戴掛挂貼贴刻印標标繡绣畫画藏裝装放留存載载附擺摆插蓋盖鋪铺躺坐站靠拿抱背提握含閉闭睜睁睡住記记說说唱念看";

/**
 * 著 of Taiwan text where it is zhù (to write), which opencc's TWVariantsRev reads as the particle
 * 着: an author's 著有 before what they wrote (范縝著有《神滅論》, 著有多部小說, 著有有關蒙古的書籍), and 所著 before 的,
 * 之, a title or the clause's end (魯迅所著的小說). Not after a verb that takes the particle
 * (穿著有破洞的衣服, 寫著有人在家) nor ending a word (意味著有一天). Words that are always zhù
 * (原著, 專著) are phrases (data/conversion/regional-variants.json, fromTaiwan).
 */
const AUTHORED_ZHU = new RegExp(
  String.raw`(?<![${PARTICLE_VERBS}])著(?=有(?:《|「|[一二三四五六七八九十兩两多數数大若各百千]|詩|诗|文集|專|专|論|论|小說|小说|散文|長篇|长篇|短篇|作品|著作|[^，。；！？]{0,24}?(?:書籍|书籍|著作|作品|文集|論文|论文|專著|专著|詩集|诗集|回憶錄|回忆录)))|(?<=所)著(?=的|之|《|「|[，。、；！？]|${PIECE_END})`,
  "gu",
);

/**
 * 著 between an author's name and a title (司馬遷著《史記》, 班固著《漢書》, where jieba may join 固著;
 * 魯迅著的《朝花夕拾》), not after a verb of reading, watching or holding (看著《紅樓夢》, 捧著《論語》).
 */
const AUTHOR_TITLE_ZHU = new RegExp(
  String.raw`(?<=\p{Script=Han}{2})(?<![${PARTICLE_VERBS}讀读聽听翻捧等想盯望])著(?=的?《)`,
  "gu",
);

/**
 * The particle 著 before 名為, 名叫 after a verb of living or being (生活著名為精靈的種族,
 * 住著名叫阿土的獵人), which opencc's phrase 著名 (famous) takes (BYVoid/OpenCC#989).
 */
const ZHE_BEFORE_NAMED = /(?<=[住活有坐站躺藏養养睡掛挂擺摆])著(?=名(?:為|为|叫|曰|喚|唤))/gu;
/**
 * The particle 著 right after a verb standing as a word of its own, where a phrase of opencc's
 * TWVariantsRevPhrases that opens with 著 zhù would take it: 看著名單, 隨著名氣, 順著名單, 跟著作家, 帶著書, 帶著志工
 * (著名, 著書, 著志, 著白), and 就著白粥 (eaten with). Not where the verb ends a longer word (小說著名於世) or
 * follows 著 (著裝著作), nor after the prepositions 向, 朝 before 著作權, 著名作家 (向著作權集體管理組織支付).
 */
const ZHE_AFTER_VERB = new RegExp(
  String.raw`(?<!著.)(?<=[${PARTICLE_VERBS}隨随順顺跟沿朝向照憑凭趁讀读聽听翻捧等想盯望走跑笑哭叫喊騎骑開开抬扛摸抓揹端牽牵領领])著(?=[名書书志白稱称作者錄录述式於于])(?!(?<=[向朝]著)(?:作(?:權|权|者|品|人|物|財|财|鄰|邻)|名(?:的|人|作家|學者|学者|企業|企业|品牌|景點|景点|大學|大学|演員|演员|歌手|導演|导演|詩人|诗人|畫家|画家)))|(?<=就)著(?=白)`,
  "gu",
);
/** The particle 著 in 發揮著作用, 起著作用, where opencc's 著作 (writings) would take it. */
const ZHE_ROLE = /(?<=[揮挥起])著(?=作用)/gu;
/**
 * 乾 of an era name before its year or named as one (乾興元年, 乾德年間, 乾統是遼天祚帝的年號, 「乾德」年款), and
 * of 乾淳 (乾道 and 淳熙, 乾淳之治): opencc reads the era's 乾 as 干 outside 乾隆, 乾元, 乾道.
 */
const ERA_QIAN =
  /乾(?=[德興兴符寧宁祐亨化封貞贞和定統统明](?:(?:元|[一二三四五六七八九十]{1,3}|初|末|中)?年(?![糕貨货輕轻紀纪齡龄度級级底夜會会終终畫画])|[^，。；！？]{0,10}年[號号]|[」』”]?年款)|淳)/gu;

/**
 * 著 of a bibliographic credit, set off by a space after the author's name and ending the credit
 * (高爾基 著，1906年出版; 張三 著 / 李四 譯; BYVoid/OpenCC#963): the particle never stands so.
 */
const CREDIT_ZHU = new RegExp(String.raw`(?<=[^\s][ \u3000\u00a0])著(?=[\s，。、；,;：:）)\]／/]|${PIECE_END})`, "gu");

/**
 * 帳 of curtains and tents beside the word's other half (床帳, 蚊帳, 帳篷, 帳簾), or a tent's outer or
 * inner fly after 帳篷 (帳篷的外帳), where a cut such as 放下|床帳 or 起床|帳 keeps the phrase from deciding
 * and 帳 of accounts (账) would.
 */
const CURTAIN_ZHANG =
  /(?<=[床蚊營軍羅紗帷幔錦篷氈繡])帳(?![單戶號目本款務面冊簿])|帳(?=[篷棚蓬幕幔簾鉤])|(?<=帳篷[^。！？]{0,12}[外內])帳/gu;

/**
 * 份 that the mainland writes 分: 份子 of a member of a group (恐怖份子, 知識份子, 社會的一份子 →
 * 分子), not the gift money friends put together (湊份子, 出份子, 份子錢); 部份 (a part: 大部份,
 * 部份民眾 → 部分), not 全部 or 內部 before a share (全部份額); the words of a component or a due
 * share (成份, 水份, 養份, 過份, 充份, 天份, 名份, 緣份, 福份, 輩份 → 分; 份內 → 分内, not 一份內容;
 * 本份 of one's duty where it ends a phrase, not 本份文件, this copy).
 */
const FEN_MEMBER =
  /(?<![湊凑出隨随送交])份(?=子(?![錢钱女]))|(?<![一二兩两三四五六七八九十幾几這这那每本全各某])份(?=[內内](?!容))|(?<=(?<![全局內内外幹干總总本])部)份|(?<=[成水養养過过充天名緣缘福輩辈糖鹽盐])份(?![額额數数量])|(?<=本)份(?=$|[，。！？、；」』”的內内])/gu;

/**
 * 沈 of sinking, which Hong Kong and older Taiwan texts write and the mainland writes 沉: after 石,
 * 消, 深, 下, 低, 昏, 陰, 擊 (石沈大海, 消沈, 擊沈) or before 著, 穩, 澱, 溺, 淪, 醉 (沈著, 沈穩); opencc's
 * phrases take 沈默, 沈思, 沈重. Not the surname (沈思涵, 沈默安 after a title keep it: traditionalSurnamePins).
 */
const SINK_CHEN = /(?<=[石消深下低昏陰阴擊击])沈|沈(?=[著着穩稳澱淀溺淪沦醉])/gu;

/** 剋 (kēi) of a scolding (被老闆剋了一頓), which 通用规范汉字表 keeps; 克 elsewhere. */
const KEI_SCOLD = /剋(?=了?[他她我你]?[一兩两]?頓)/gu;

/**
 * 覆 of doing again or of replying (覆議案, 司法覆核, 覆診, 覆驗, 一一回覆, 批覆), which Taiwan and Hong
 * Kong write and the mainland writes 复 (复议, 复核, 复诊, 回复, 覆函 → 复函); not 覆 of overturning or covering
 * (顛覆議會, 遮覆).
 */
const REVIEW_FU = /(?<![顛颠傾倾翻反遮覆被])覆(?=[議议核覈檢检診诊查審审函驗验])|(?<=[回答批函])覆/gu;

/**
 * 祇 of the adverb "only" (祇是, 祇有, 祇印了), Taiwan's older form, which the mainland writes 只;
 * not 祇 of a god or of Buddhist names (神祇, 阿僧祇劫, 祇園, 祇樹給孤獨園, 祇夜, 祇陀林).
 */
const ONLY_ZHI = /(?<![僧神地])祇(?![園园樹树夜陀洹桓])/gu;

/** 乾 of the trigram (乾為天, 乾卦, 乾爻), which opencc reads as 干 outside 乾坤 and 乾隆. */
const TRIGRAM_QIAN = /乾(?=[為为](?:天|父|首|馬|马)|卦|爻)/gu;

/**
 * 徵 of requisitioning before 調 (緊急徵調民間怪手, 徵調部隊), which opencc keeps as the musical
 * mode's 徵 (徵調, written so in Simplified too: 以徵調寫成, 徵調式): 征 where 調 takes an object
 * of people, vehicles or goods, or after who requisitions.
 */
const REQUISITION_ZHENG =
  /徵(?=調(?:民|部隊|人|物資|車|船|警|兵|軍|醫|工|員|用|集|派|撥|[一二兩三四五六七八九十百千數多大批]))|(?<=緊急|臨時|統一|強制|被|府|政府|部隊|軍方)徵(?=調)/gu;
/** 徵 (zhǐ) of the pentatonic scale listed with its neighbours (宮、商、角、徵、羽), not 征. */
const NOTE_ZHI = /(?<=角[、，,\s]?)徵(?=[、，,\s]?羽)/gu;

/**
 * 想像 of imagining, which the mainland writes 想象 (第一批异形词整理表); not 想 before 像 of
 * likeness (我想像水一樣, BYVoid/OpenCC#1035: wishing to be like water).
 */
const IMAGINE_XIANG = /(?<=想)像(?![^，。；！？]{1,6}(?:一樣|一样|一般|似的|般))/gu;

/**
 * Pins of Traditional text into Simplified from patterns: the character's Simplified reading.
 * `regional`: the target is also opencc's standard Traditional form, so the pin decides the
 * Hong Kong edition of Taiwan text too (著 of writing stays 著 there, the particle is 着).
 */
const TRADITIONAL_PATTERNS: readonly {
  pattern: RegExp;
  target: string;
  id: string;
  wordStart?: boolean;
  /** The character before the match is a word of its own (看|著名單, not 小說|著名). */
  afterOwnWord?: boolean;
  regional?: boolean;
}[] = [
  // The last character of a word is its particle: 意味著有一天, 執著有十種.
  { pattern: AUTHORED_ZHU, target: "著", id: "zhu-authored", wordStart: true, regional: true },
  { pattern: AUTHOR_TITLE_ZHU, target: "著", id: "zhu-author-title", regional: true },
  { pattern: ZHE_BEFORE_NAMED, target: "着", id: "zhe-named", regional: true },
  { pattern: ZHE_AFTER_VERB, target: "着", id: "zhe-after-verb", afterOwnWord: true, regional: true },
  { pattern: ZHE_ROLE, target: "着", id: "zhe-role", regional: true },
  { pattern: ERA_QIAN, target: "乾", id: "qian-era" },
  { pattern: CREDIT_ZHU, target: "著", id: "zhu-credit", regional: true },
  { pattern: NOTE_ZHI, target: "徵", id: "zhi-note" },
  { pattern: REQUISITION_ZHENG, target: "征", id: "zheng-requisition" },
  { pattern: CURTAIN_ZHANG, target: "帐", id: "zhang-curtain" },
  { pattern: FEN_MEMBER, target: "分", id: "fen-member" },
  { pattern: SINK_CHEN, target: "沉", id: "chen-sink" },
  { pattern: KEI_SCOLD, target: "剋", id: "kei-scold" },
  { pattern: TRIGRAM_QIAN, target: "乾", id: "qian-trigram" },
  { pattern: REVIEW_FU, target: "复", id: "fu-review" },
  { pattern: ONLY_ZHI, target: "只", id: "zhi-only-old" },
  { pattern: IMAGINE_XIANG, target: "象", id: "xiang-imagine" },
  { pattern: MAT_JIE, target: "藉", id: "jie-mat" },
];

/** Pins of Traditional text into another Traditional edition (Taiwan's 著 into Hong Kong's 著 or 着). */
export function regionalPins(text: string, words: Words): Pins | undefined {
  return traditionalPatternPins(text, words, undefined, true);
}

function traditionalPatternPins(
  text: string,
  words: Words,
  pins: Pins | undefined,
  regionalOnly = false,
): Pins | undefined {
  for (const { pattern, target, id, wordStart, afterOwnWord, regional } of TRADITIONAL_PATTERNS) {
    if (regionalOnly && regional !== true) continue;
    for (const match of text.matchAll(pattern)) {
      if (pins?.has(match.index)) continue;
      if (wordStart === true || afterOwnWord === true) {
        words.ensure(Math.max(0, match.index - 1), match.index);
        if (words.bounds[match.index] !== 1) continue;
        if (afterOwnWord === true && words.bounds[match.index - 1] !== 1) continue;
      }
      pins ??= new Pins();
      pins.pin(match.index, target, id);
    }
  }
  return pins;
}

function traditionalAlonePins(text: string, words: Words, pins: Pins | undefined): Pins | undefined {
  for (const [char, { target, id }] of Object.entries(TRADITIONAL_ALONE)) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
      if (pins?.has(at)) continue;
      const [start, end] = words.span(at);
      if (end - start !== 1) continue;
      pins ??= new Pins();
      pins.pin(at, target, id);
    }
  }
  return pins;
}

const phraseEnds: number[] = [];
const phraseValues: string[] = [];

/** The reading of a dictionary phrase spanning exactly text[start, end), if the dictionary has one. */
function wholePhrase(dictionary: Trie, text: string, start: number, end: number): string | undefined {
  const count = dictionary.matches(text, start, end, phraseEnds, phraseValues);
  return count > 0 && phraseEnds[count - 1] === end ? (phraseValues[count - 1] ?? "") : undefined;
}

/**
 * Whether a dictionary phrase covers `at` from a word start to a word end of this sentence (it
 * then decides the character, as in the engine).
 */
function isPhraseWord(words: Words, text: string, at: number, startingHere = false): boolean {
  const dictionary = phraseDictionary();
  words.ensure(Math.max(0, at - 4), Math.min(text.length - 1, at + 4));
  for (let start = at; start >= 0 && start > (startingHere ? at - 1 : at - 5); start--) {
    if (words.bounds[start] !== 1) continue;
    const count = dictionary.matches(text, start, Math.min(text.length, start + 8), phraseEnds, phraseValues);
    for (let m = 0; m < count; m++) {
      const end = phraseEnds[m] ?? 0;
      if (end > at && end - start > 1 && words.bounds[end] === 1) return true;
    }
  }
  return false;
}

function tagsMatch(rule: ContextRule, words: Words, at: number): boolean {
  if (rule.tag === undefined && rule.prevTag === undefined && rule.nextTag === undefined && rule.prevWord === undefined)
    return true;
  const list = words.taggedWords(at, false);
  if (list === undefined) return false;
  const index = list.findIndex((word) => word.start <= at && at < word.end);
  const tagOf = (i: number) => list[i]?.tag ?? "";
  if (rule.tag !== undefined && !rule.tag.test(tagOf(index))) return false;
  if (rule.prevTag !== undefined && !rule.prevTag.test(tagOf(index - 1))) return false;
  if (rule.nextTag !== undefined && !rule.nextTag.test(tagOf(index + 1))) return false;
  if (rule.prevWord !== undefined && !rule.prevWord.test(list[index - 1]?.word ?? "")) return false;
  return true;
}

/**
 * Name tags of jieba: nr (person), nrfg/nrt (full/transliterated name), ns (place: 余姚, 钟祥),
 * x (a new word HMM found).
 */
const NAME_TAGS = new Set(["nr", "nrfg", "nrt", "ns", "x"]);
/** jieba tags of a character that completes a verb, no given name (演员|涂上|底彩: 上 f). */
const AFTER_VERB_TAGS = /^(?:f|u.*|p|c|y|e|o)$/u;
/** jieba tags of a character that is not a given name: verbs, adverbs, prepositions, particles… */
const NOT_GIVEN_NAME_TAGS = /^(?:v|vn|vd|d|p|c|u.*|r|m|q|f|y|e|o)$/u;

/**
 * Whether a person's name starts at `at`: jieba (with HMM) reads a 2–3 character word starting
 * there as a name. For the surnames in `overPhrases` (钟), a three-character name jieba's
 * dictionary knows (钟楚红 nr) is one even where opencc has it as a phrase (→ 鐘楚紅, a mistake);
 * otherwise a phrase of the dictionary starting here (谷阳 a place, 谷梁传 a book, 钟声 tagged nr)
 * or covering it decides.
 */
function personName(words: Words, at: number): "yes" | "no" | "unless-phrase" {
  const word = words.taggedWord(at, true);
  // HMM joined the surname to a preposition before it (由岳|海涛 as 由岳): the dictionary's surname and given name decide.
  if (word !== undefined && word.start < at) {
    if (word.start !== at - 1 || !/[由被与和向对给让把跟同替为从将]/u.test(words.shadow[at - 1] ?? "")) return "no";
    const surname = words.taggedWord(at, false);
    return surname?.start === at && surname.end === at + 1 && surname.tag === "nr" && givenNameAfter(words, at)
      ? "yes"
      : "no";
  }
  if (word === undefined || word.start !== at || word.end - word.start > 3) return "no";
  if (KNOWN_NAMES_ONLY.has(word.word[0] ?? "") && !knownName(words, word)) return "no";
  if (word.end - word.start === 1) return givenNameAfter(words, at) ? "yes" : "no";
  // A name jieba's own dictionary has (游本昌 nr) is one even when its given name reads like a function word,
  // Not for surnames that are also function words: jieba's dictionary has 于本周 as a name.
  if (NOT_NAMES.test(word.word) && (FUNCTION_SURNAMES.test(word.word[0] ?? "") || !knownName(words, word))) return "no";
  // After a verb, a two-character word HMM made of 于 and the next character is the preposition
  // (开始|于凯|奥斯, 专注|于业), not a name; three-character ones stay names (专访|于和伟).
  if (word.tag === "x" && word.end - word.start === 2 && word.word.startsWith("于") && afterVerb(words, at))
    return "no";
  // After a title (记者余晖报道) a name is read as one, even where the dictionary has the word (余晖);
  // not a time word (记者周一在现场: on Monday), a numeral, verb or function word (老校长余下的任期).
  // Not a common word of the dictionary (继承人|范围之内, 不动户|余额低于: jieba counts 300 or more)
  // unless a lone character follows it as a given name's last (作家|游子|川, 后卫|沈阳|光).
  // jieba's tag of the second character of a two-character word its HMM made up (钟|拨, 涂|上).
  const madeUpSecond = word.tag === "x" && word.end - word.start === 2 ? words.taggedWord(at + 1, false) : undefined;
  if (
    word.tag !== "t" &&
    !NOT_GIVEN_NAME_TAGS.test(word.tag) &&
    !AFTER_VERB_TAGS.test(madeUpSecond?.tag ?? "") &&
    // Not an adjective before 地 or 得 (店主|郁闷|地说: how the owner spoke).
    !(/^a/u.test(word.tag) && /^[地得]/u.test(words.shadow[word.end] ?? "")) &&
    // Nor a word ending in 说 before its object (议员|游说|同僚: lobbying).
    !(word.word.endsWith("说") && /\p{Script=Han}/u.test(words.shadow[word.end] ?? "")) &&
    afterTitle(words, at) &&
    !placeIn(words.shadow, at) &&
    (/^nr/u.test(word.tag) || words.frequency(word.word) < COMMON_NOUN_FREQUENCY || loneGivenCharacter(words, word.end))
  )
    return "yes";
  // jieba's numeral 余家 (more than … households) and a character after a title: 游击手余家豪, not
  // 老校长余下的 (余下 before a function word).
  if (word.tag === "m" && word.word.startsWith("余") && word.end - word.start === 2 && afterTitle(words, at)) {
    const given = words.taggedWord(word.end, false);
    if (given?.start === word.end && given.end - given.start === 1 && GIVEN_NAME_TAGS.test(given.tag)) return "yes";
  }
  if (!NAME_TAGS.has(word.tag)) return "no";
  if (word.end - word.start === 3 && NAME_OVER_PHRASE.has(word.word[0] ?? "") && /^nr/u.test(word.tag))
    // Unless it opens with a dictionary word (钟点房, 钟鼎文: jieba's nr, opencc's 鐘點, 鐘鼎).
    return phraseDictionary().get(word.word.slice(0, 2)) === undefined ? "yes" : "no";
  // A word HMM made up is no name where it ends in a suffix of things (范儿, 涂白剂, 干话), nor before a
  // measure (和平钟高|4.5米: the bell is 4.5 metres high).
  if (word.tag === "x" && THING_END.test(word.word)) return "no";
  if (word.tag === "x" && MEASURE_AFTER.test(words.shadow.slice(word.end, word.end + 8))) return "no";
  // A two-character word HMM made up: not a name when its second character is a verb, adverb… (钟|拨).
  if (madeUpSecond !== undefined && NOT_GIVEN_NAME_TAGS.test(madeUpSecond.tag)) return "no";
  // A two-character word jieba's dictionary tags as a name, then one character it does not know, then a
  // verb: a three-character name, not the phrase (由范文|婷|翻译; not 范文|写作).
  if (word.end - word.start === 2 && /^nr/u.test(word.tag) && unknownCharacterEndsName(words, word.end)) return "yes";
  const count = phraseDictionary().matches(word.word, 0, word.word.length, phraseEnds, phraseValues);
  if ((phraseEnds[count - 1] ?? 0) > 1) return "no";
  return "unless-phrase";
}

/** A number and a unit of measure (4.5米, 30公斤, 十几层). */
const MEASURE_AFTER =
  /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万几多]+)(?:米|厘米|公分|公里|千米|吨|公斤|千克|斤|克|层|倍|度|平方米|立方米)/u;

/** Whether a Han character jieba's dictionary lacks (tag x) stands alone at `at`, before a verb (婷|翻译). */
function unknownCharacterEndsName(words: Words, at: number): boolean {
  words.ensure(at, Math.min(words.shadow.length - 1, at + 1));
  const word = words.taggedWord(at, false);
  return (
    word?.start === at &&
    word.end === at + 1 &&
    word.tag === "x" &&
    /^\p{Script=Han}$/u.test(word.word) &&
    words.bounds[at + 1] === 1 &&
    beforeVerb(words, at + 1, true)
  );
}

/**
 * Last characters of words for things, which no given name ends in: 范儿, 涂白剂, 干话 (words
 * jieba's HMM made up), 干|手机 (repairing phones), 涂|油漆, 游|泳池.
 */
const THING_END =
  /[机车器表脑油漆料物品件具费款钱米粉酒茶饭菜肉衣服鞋帽包袋箱盒瓶杯碗盘桌椅床门窗墙路桥房屋楼场店厂站池票卡证报纸笔药针线绳布网灯码号量价率税额单剂话性儿声汁]$/u;

/** The last character of a place's name: a province, city, county, district, town or village. */
const PLACE_END = /^[省市县区镇乡村州旗]$/u;

/**
 * Whether a three-character word of jieba's dictionary at `at` names a place (钟楼区, which it tags
 * as a person's name): no name starts there, whatever follows (钟楼区区长).
 */
function placeWord(words: Words, text: string, at: number): boolean {
  if (!PLACE_END.test(text[at + 2] ?? "")) return false;
  const word = words.taggedWord(at, false);
  return word !== undefined && word.start === at && word.end === at + 3;
}

/** Whether jieba's dictionary (without HMM) has `word` whole, tagged a person's name. */
function knownName(words: Words, word: TaggedWord): boolean {
  const known = words.taggedWord(word.start, false);
  return known !== undefined && known.start === word.start && known.end === word.end && /^nr/u.test(known.tag);
}

/** Whether the word before `at` (jieba's dictionary, without HMM) is a verb or an adjective. */
function afterVerb(words: Words, at: number): boolean {
  if (at === 0) return false;
  const previous = words.taggedWord(at - 1, false);
  return previous !== undefined && previous.end === at && /^(?:v|vd|vi|a|ad)$/u.test(previous.tag);
}

/** One-character verbs that take a person as object (找于大海, 叫于大海): 于 after them may be a surname. */
const PERSON_TAKING_ONE = /^[是叫请找问帮陪送接等告劝教骂打救扶喊选派约催逼求让嫁娶爱像有看]$/u;
/** Verbs of two or more characters that take a person as object (专访于和伟, 感谢于丹老师). */
export const PERSON_TAKING =
  /(?:采访|专访|感谢|看望|拜访|探望|会见|接见|会晤|邀请|祝贺|表扬|批评|认识|见到|遇到|遇见|找到|联系|通知|告诉|支持|喜欢|介绍|称赞|赞扬|怀念|纪念|悼念|缅怀|想念|陪同|陪伴|帮助|照顾|采写|报道|任命|提拔|提名|推荐|选举|聘任|聘请|任用|免去|宣判|起诉|判处|表彰|授予|追授|嫁给|告别|送别|安慰|鼓励|培养|指导|带领|率领|欢迎|恭喜|采访到|对话)$/u;
/** Locatives after the preposition's object (于众中, 于花环座上, 于彼恶世之时). */
const LOCATIVE = /^(?:之中|之上|之内|之下|之间|之际|之时|期间|[中上内])/u;

/**
 * Whether 于 at `at` is the preposition where jieba or a guess reads a name: after a verb or adjective
 * of one character that takes no person (入于大海, 生于青萍之末), after a pronoun (我于尔时), before
 * a locative closing its object (于众中说法, 于花环座上), or after a verb before a word of the
 * dictionary that is no name (定都于建康, 汇入于大海). Never after a title (记者于大海), nor where the
 * name then speaks or is appointed (于大海表示).
 */
function prepositionYu(words: Words, text: string, at: number): boolean {
  // After 姓 (姓于的) and before 某 (将于某某抓获) it is a surname.
  if (
    text[at - 1] === "姓" ||
    text[at + 1] === "某" ||
    afterTitle(words, at) ||
    !/\p{Script=Han}/u.test(text[at + 1] ?? "")
  )
    return false;
  words.ensure(Math.max(0, at - 4), Math.min(text.length - 1, at + 6));
  // Three or more surnames in a row after it name schools or families, not one person (于王李钟谭余派).
  if ([1, 2, 3].every((k) => surnameAlone(words, at + k))) return true;
  // A locative jieba cuts as a word of its own closes the object, whatever the words before read as.
  for (let length = 1; length <= 4; length++) {
    const start = at + 1 + length;
    const locative = LOCATIVE.exec(text.slice(start))?.[0];
    const word = locative === undefined ? undefined : words.taggedWord(start, false);
    if (word?.start === start && word.word === locative && word.tag === "f") return true;
  }
  for (const end of [at + 2, at + 3]) {
    const next = words.taggedWord(end, false);
    const rest = text.slice(end);
    if (PERSON_PREDICATE.test(rest)) return false;
    if (next?.start === end && /^v/u.test(next.tag) && SPEECH_VERB.test(next.word)) return false;
  }
  const previous = at > 0 ? words.taggedWord(at - 1, false) : undefined;
  if (previous === undefined || previous.end !== at || !/\p{Script=Han}/u.test(previous.word)) return false;
  if (previous.word.length === 1 && /^(?:r|rr)$/u.test(previous.tag) && /[我你他她它汝吾其彼尔]/u.test(previous.word))
    return true;
  // After the particles 地 and 得 or the verb 及 (卜地于州城之南, 并及于母): the preposition.
  if (/^(?:uv|ud)$/u.test(previous.tag) || previous.word === "及") return true;
  if (!/^(?:v|vi|vd|a|ad|d)$/u.test(previous.tag)) return false;
  if (previous.word.length === 1) return !PERSON_TAKING_ONE.test(previous.word);
  if (PERSON_TAKING.test(previous.word)) return false;
  // jieba's dictionary may hold the whole as a name (于长江 nr): the two characters' own count decides;
  // or a time or place ends them (拍摄于雨后, 成立于战时).
  const object = text.slice(at + 1, at + 3);
  return (
    /^\p{Script=Han}{2}$/u.test(object) &&
    (words.frequency(object) >= OBJECT_WORD_FREQUENCY || /[后前时间初末底]$/u.test(object))
  );
}

/** Whether jieba's dictionary reads the character at `at` alone as a person's name (晓|雯, 王|李). */
function nameAlone(words: Words, at: number): boolean {
  const word = words.taggedWord(at, false);
  return word?.start === at && word.end === at + 1 && /^nr/u.test(word.tag);
}

/** Whether the character at `at` is a surname jieba's dictionary reads alone as a name (王|李|钟). */
const surnameAlone = (words: Words, at: number): boolean =>
  nameAlone(words, at) && surnameOrCommon(words.shadow[at] ?? "");

/** How many times jieba's dictionary counts a word read as the preposition's object, not a given name (建康 206). */
const OBJECT_WORD_FREQUENCY = 100;

/** Surnames that are also prepositions, pronouns or common nouns: a name-tagged word after them is no proof (于|张三家). */
const FUNCTION_SURNAMES = /^[于余后周]$/u;

/**
 * Whether the surname at `at`, a word of its own, is followed by a one- or two-character word
 * jieba's dictionary tags as a person's name (朴|宝剑 nr|主演): the given name.
 */
function givenNameAfter(words: Words, at: number): boolean {
  if (FUNCTION_SURNAMES.test(words.shadow[at] ?? "") || !/\p{Script=Han}/u.test(words.shadow[at + 1] ?? ""))
    return false;
  // jieba's plain cut must already make the next one or two characters a word: tagging costs.
  words.ensure(at + 1, Math.min(words.shadow.length - 1, at + 2));
  if (words.bounds[at + 1] !== 1 || (words.bounds[at + 2] !== 1 && words.bounds[at + 3] !== 1)) return false;
  const given = words.taggedWord(at + 1, false);
  return (
    given !== undefined &&
    given.start === at + 1 &&
    given.end - given.start <= 2 &&
    /^nr/u.test(given.tag) &&
    /^\p{Script=Han}+$/u.test(given.word)
  );
}

/** Sentence openings: the text's start, or after a sentence stop, a line break or an opening quote. */
export const OPENING = /(?:^|[。！？!?\n「『“（(]|[。！？!?][”」』])\s*$/u;
/** A dynasty and a time in it (明初, 清末, 唐代, 宋朝, 明朝中叶). */
const DYNASTY_TIME = /^[夏商周秦汉晋隋唐宋元明清][初末代朝中]/u;
/** Characters of words for a time (于今年, 于昨日, 于周末): the preposition. */
const TIME_CHARACTERS = /[年月日时天今昨明晨晚夜周季世纪期间前后初底末旬]/u;

/**
 * Whether 于, a word of its own, opens a sentence (or follows 与, 和, 跟, 同) as a person's surname
 * (余: nameOpensSentence): the preposition there takes a time, number, place or pronoun (于今年,
 * 于2020年, 于北京, 于此), the name an adverb-like or unknown given name (于正发文, 于东来的超市).
 */
function opensSentence(words: Words, text: string, at: number): boolean {
  if (text[at] === "余") return nameOpensSentence(words, text, at);
  if (text[at] !== "于") return false;
  const before = ownBefore(text.slice(Math.max(0, at - 3), at));
  const opening = OPENING.test(before);
  // After 与, 和, 跟, 同 (and, with) the preposition 于 hardly stands: 他与于和伟合作.
  const coordinated = !opening && /[与和跟同及]$/u.test(before);
  if (!opening && !coordinated) return false;
  // A name of the phrase dictionary that keeps 于 (于谦 → 于謙), whatever jieba joins after it (于|谦和|郭德纲).
  if (opening && namePhraseAt(text, at)) return true;
  words.ensure(at, Math.min(text.length - 1, at + 1));
  if (words.bounds[at + 1] !== 1) return false;
  const next = words.taggedWord(at + 1, false);
  if (next === undefined || next.start !== at + 1 || !/^\p{Script=Han}+$/u.test(next.word)) return false;
  if (next.tag === "t") return !TIME_CHARACTERS.test(next.word);
  if (coordinated) return !/^(?:m|mq|q|ns|s|f|r|p|u.*)$/u.test(next.tag) && !TIME_CHARACTERS.test(next.word);
  return /^(?:nr.*|x|d)$/u.test(next.tag);
}

/** Whether a dictionary phrase of two or three characters starting at `at` keeps its first character (于谦 → 于謙). */
function namePhraseAt(text: string, at: number): boolean {
  const count = phraseDictionary().matches(text, at, Math.min(text.length, at + 3), phraseEnds, phraseValues);
  for (let m = 0; m < count; m++) if (phraseValues[m]?.[0] === text[at]) return true;
  return false;
}

/**
 * Whether 余, a word of its own, opens a sentence before a given name: two one-character words no
 * dictionary joins, or a name jieba guessed (余采薇补了一句). 余 of what remains stands in words
 * (余下, 余款) or before a count (余三人); 余 the classical "I" writes 余 as the surname does.
 */
function nameOpensSentence(words: Words, text: string, at: number): boolean {
  if (!OPENING.test(ownBefore(text.slice(Math.max(0, at - 3), at)))) return false;
  words.ensure(at, Math.min(text.length - 1, at + 3));
  if (words.bounds[at + 1] !== 1) return false;
  const guessed = words.taggedWords(at + 1, true)?.find((word) => word.start === at + 1);
  if (guessed?.word.length === 2 && /^(?:nr.*|x)$/u.test(guessed.tag) && /^\p{Script=Han}+$/u.test(guessed.word))
    return true;
  // A given name many people bear, then a verb, a preposition or 的 (余建国在会上, 余建国的面馆).
  if (
    words.bounds[at + 3] === 1 &&
    commonGivenName(words, text.slice(at + 1, at + 3)) &&
    beforeVerb(words, at + 3, true)
  )
    return true;
  const list = words.taggedWords(at + 1, false);
  const index = list?.findIndex((word) => word.start === at + 1) ?? -1;
  return index >= 0 && givenNameCharacters(list, index);
}

/** Whether the words at `index` and `index + 1` are one Han character each, tagged as a given name's may be. */
function givenNameCharacters(list: readonly TaggedWord[] | undefined, index: number): boolean {
  return [list?.[index], list?.[index + 1]].every(
    (word) => word !== undefined && /^\p{Script=Han}$/u.test(word.word) && GIVEN_NAME_CHARACTER_TAGS.test(word.tag),
  );
}

/** jieba tags of a one-character word that may be part of a given name: nouns, adjectives, morphemes. */
const GIVEN_NAME_CHARACTER_TAGS = /^(?:n|ng|nr|a|ag|b|zg|tg|j|x)$/u;

/**
 * Whether the surname at `at` is a word that jieba's dictionary tags as a person's name on its
 * own (范/nr), followed by two one-character words no dictionary joins, each a noun, adjective or
 * morpheme, then a word boundary: a three-character name jieba does not know (范|丞|丞|出道).
 */
function givenNameOfSingleCharacters(words: Words, at: number): boolean {
  const shadow = words.shadow;
  if (FUNCTION_SURNAMES.test(shadow[at] ?? "") || !/^\p{Script=Han}{2}$/u.test(shadow.slice(at + 1, at + 3)))
    return false;
  words.ensure(at, Math.min(shadow.length - 1, at + 3));
  if (words.bounds[at + 1] !== 1 || words.bounds[at + 2] !== 1 || words.bounds[at + 3] !== 1) return false;
  const list = words.taggedWords(at, false);
  const index = list?.findIndex((word) => word.start === at) ?? -1;
  if (list === undefined || index < 0 || list[index]?.tag !== "nr") return false;
  // Not where the last character names a thing or a sound (随着|钟|板|声: the wooden board's sound).
  if (THING_END.test(shadow[at + 2] ?? "")) return false;
  return givenNameCharacters(list, index + 1);
}

/** Words after a surname that make it one: 于先生, 余老师, 钟院士 (and 姓于 before it). */
export const FORMS_OF_ADDRESS =
  /^(?:先生|女士|小姐|太太|老师傅|老师|教授|院士|医生|律师|主任|局长|书记|部长|市长|县长|校长|里长|村长|镇长|乡长|区长|厂长|所长|院长|馆长|园长|站长|科长|处长|队长|教练|指导|店长|护士长|老总|总监|工程师|总工程师|总工|总设计师|总指挥|大使|参赞|领事|总领事|政委|教导员|指导员|评委|评审|裁判|编导|导演|领队|团长|营长|连长|排长|班长|旅长|军长|司令|司令员|参谋长|舰长|机长|船长|研究员|博士|理事长|会计|主播|支书|组长|会长|社长|议员|议长|副议长|经理|总经理|董事长|总裁|警官|同学|阿姨|大爷|大伯|大妈|大叔|大婶|大娘|大姐|大哥|大嫂|伯伯|叔叔|阿伯|阿婆|婆婆|奶奶|爷爷|老伯|老汉|老太|老太太|老先生|师傅|老板|大夫|老爷子|家族|姓|氏)$/u;

/**
 * Forms of address of fiction and history right after a surname (范大人, 岳将军, 涂姑娘, 朴长老);
 * not after a whole name, where they also follow nicknames (责编姜茶大人).
 */
const STORY_ADDRESS =
  /^(?:长老|掌门|宗主|道长|真人|大人|公子|姑娘|将军|大侠|少侠|前辈|师兄|师姐|师弟|师妹|老爷|夫人|娘子|少爷|掌柜|捕头|知县|知府|太守|丞相|元帅|都督|校尉)$/u;

/**
 * One-character forms of address (于总 the boss, 钟工 the engineer, 余老 the elder, 于董), as a word
 * of their own before what ends or continues an address: punctuation, a verb of speech, 您, 好, 的.
 */
const SHORT_ADDRESS = /^(?:总|董|工|导|老)$/u;
const AFTER_SHORT_ADDRESS = /^(?:$|[，。！？、：；,.!?:;」”]|说|表示|介绍|看来|您|好|的|也|还|又|在|和|与|跟|对|是)/u;

/**
 * Whether 党 at `at` is a party: ending a party's name (人民公正党署理主席, 执政党), after a word
 * parties are named by (PARTY_NAME_BEFORE), not after a person (罪犯党某); or before a party's own
 * post or body (党主席笑着说, 党团, 交警党支部).
 */
function partyOf(text: string, at: number): boolean {
  return (
    text[at] === "党" &&
    (PARTY_NAME_BEFORE.test(text.slice(Math.max(0, at - 6), at)) || PARTY_POST.test(text.slice(at + 1, at + 4)))
  );
}
/** A party's own post or body after 党 (党主席, 党鞭): no given name. */
const PARTY_POST = /^(?:主席|副主席|主委|副主委|秘书长|总书记|魁|鞭|团|支部|总支|小组|工委|代表大会)/u;
/** What ends a party's name before 党 (行动党, 人民公正党, 执政党, 本党). */
const PARTY_NAME_BEFORE =
  /(?:民主|公正|行动|国民|人民|共产|劳工|工人|进步|自由|保守|统一|联盟|社会|社民|民进|民政|伊斯兰|回教|民族|国家|共和|联合|绿|执政|在野|反对|政|新|本|该|其|全|各|两|多|一)$/u;

/**
 * Whether the surname at `at` is one people call each other by after 老, 小 or 阿 (老余说, 跟小范说好了):
 * the prefix opens a clause or follows a verb or preposition of address, and the surname is
 * followed as a short form of address is (AFTER_SHORT_ADDRESS). Never 小于 (less than); a thing the
 * two characters also name (老姜 ginger, 小钟 a clock, 小曲 a ditty) only before a verb of speech.
 */
function familiar(text: string, at: number): boolean {
  const prefix = text[at - 1] ?? "";
  const surname = text[at] ?? "";
  const place = familiarPlace(text, at);
  if (place === undefined) return false;
  const after = ownAfter(text.slice(at + 1, at + 6));
  // A child or person given an age (六岁的小游, 八岁的小占): a person, whatever the two characters also
  // name, but for a party member (88岁的老党员).
  if (/(?:[0-9]+|[一二两三四五六七八九十]+|多)岁的$/u.test(text.slice(Math.max(0, at - 6), at - 1)))
    return !(surname === "党" && /^(?:员|委|支部|组|龄)/u.test(after));
  // A surname seldom a name (小占, 老后) only before what a person says or is (小占是一名宠物美容师).
  if (KNOWN_NAMES_ONLY.has(surname))
    return (
      SPEECH_VERB.test(after) ||
      // After a title, what a person does (村民老占每天都来).
      (place === "titled" && AFTER_FAMILIAR.test(after)) ||
      // 人老后挨个 is growing old: how one acts only where the clause opens or a title stands.
      (PERSON_MANNER.test(after) && (place !== "addressed" || /(?:^|[\p{P}\s])$/u.test(text.slice(0, at - 1)))) ||
      THING_AS_PERSON.test(ownAfter(text.slice(at + 1, at + 16)))
    );
  // After a title or a noun for people (项目经理老范, 主播小游, 领队小于是) the two characters call a
  // person; 小于 elsewhere is "less than" (小于十, 比例小于).
  if (place === "titled")
    return prefix + surname !== "小于" || !/^(?:[0-9零一二两三四五六七八九十百千万等或]|$)/u.test(after);
  // 小于 is "less than" but where no comparison stands: opening a clause, after 的 or after another
  // person so called (小于今年刚毕业, 工作的小于通过).
  if (prefix + surname === "小于")
    return (
      (place === "opening" ||
        /[\p{P}\s的]$/u.test(text.slice(0, at - 1)) ||
        SPEECH_VERB.test(after) ||
        // The second of two people called so together (小钟和小于是一对夫妻).
        secondOfFamiliarPair(text, at)) &&
      !/^(?:[0-9零一二两三四五六七八九十百千万等或某该这那其各所]|\s*[大小等][于於]|任何|平均|正常|标准|规定|预期|$)/u.test(
        after,
      )
    );
  // Two people called so together (小钟和小余是, 老于和小钟都是): persons, whatever the two characters also name.
  if (/^[和与跟、][老小阿]\p{Script=Han}/u.test(after)) return true;
  if (secondOfFamiliarPair(text, at)) return true;
  // Quoted alone, after a verb of calling: 叫她“小钟”.
  if (
    /(?:[叫喊称][他她我你]?|口中的|外号|昵称)[“「]$/u.test(text.slice(Math.max(0, at - 5), at - 1)) &&
    /^[”」]/u.test(after)
  )
    return true;
  return FAMILIAR_THINGS.test(prefix + surname)
    ? SPEECH_VERB.test(after) ||
        PERSON_ACTION.test(after) ||
        PERSON_MANNER.test(after) ||
        (place === "opening" && VOCATIVE_AFTER.test(after)) ||
        THING_AS_PERSON.test(ownAfter(text.slice(at + 1, at + 16)))
    : AFTER_SHORT_ADDRESS.test(after) ||
        AFTER_FAMILIAR.test(after) ||
        PERSON_MANNER.test(after) ||
        THING_AS_PERSON.test(ownAfter(text.slice(at + 1, at + 16)));
}

/**
 * Where 老, 小 or 阿 before the surname at `at` may call a person: after a title or a noun for
 * people (`titled`), opening a clause or a quotation (`opening`), after a verb or preposition of
 * address or an occupation (`addressed`); undefined elsewhere or without the prefix.
 */
export function familiarPlace(text: string, at: number): "titled" | "opening" | "addressed" | undefined {
  if (!FAMILIAR_PREFIX.test(text[at - 1] ?? "")) return undefined;
  const before = ownBefore(text.slice(Math.max(0, at - 6), at - 1));
  if (TITLES.test(before) || PERSON_NOUNS.test(before)) return "titled";
  if (/(?:^|[“「『])$/u.test(before)) return "opening";
  return FAMILIAR_BEFORE.test(before) ? "addressed" : undefined;
}
/** A call opening a quotation or a sentence, then the person spoken to (“老姜，你这碗姜汤…”). */
const VOCATIVE_AFTER = /^[，,！!]\s*(?:你|您)/u;
const FAMILIAR_PREFIX = /^[老小阿]$/u;
/**
 * What may stand before 老, 小 or 阿 calling a person: a clause's start, a verb or preposition of
 * address, 有 or 的, or an occupation (快递员老郁, 网格员小涂, 厂商老郁, 卖春卷皮的老余).
 */
const FAMILIAR_BEFORE =
  /(?:^|[\p{P}\s]|[跟和与对给叫问找让见是被把请帮替向同陪听称喊他她你我们有的]|[见遇碰找看接等]到|[跟随陪带领]着|发现|看见|听说|提醒|通知|告诉|[员工长师生商人孩士倌]|少年|青年|女孩|男孩|姑娘|小伙|保安|司机|保姆|门卫|邻居|同事|室友|同学|师傅|徒弟|弟子|学徒|搭档|助手|朋友|战友)$/u;
/**
 * Besides AFTER_SHORT_ADDRESS, what follows a person called so: a form of address (老范师傅), a
 * question, a verb of doing or a particle.
 */
const AFTER_FAMILIAR =
  /^(?:即将|用|师傅|师父|大爷|大妈|大娘|阿姨|大姐|大哥|老师|书记|主任|同志|蹲|站在|坐在|躺在|弯腰|扛着|挑着|骑着|推着|抱着|拿着|握着|搬|扶着|望着|盯着|指着|摸着|拍着|挥|点头|摇头|叹|皱|守着|接过|递|掏出|拎着|背着|怎|什么|为什么|去|来|要|会|能|看|听|想|笑|就|不|没|呢|吗|啊|呀|吧|们|他们|每天|天天|平时|总是|一直|已经|已成|已是|正在|经常|如今|现在|至今|仍|依然|曾经|从此|随即|连忙|赶紧|今年|去年|这些年|这几年|打|做|开|当|把|被|让|带|拿|刚|一有|一到|一家|这家|那家|一边|一上午|一下午|一早|一大早|一整天|一辈子|常|报名|报了|干了|干过|干的|建起|修好|种了|养了|走的|走了|走后|坚持|始终|仍然|也|还|又|却|便|在|摆|守着|每年|每月|每逢|每次|头(?!发|部|脑|顶|上|疼|痛|晕)|时(?!间|期|候|代|光|刻|辰|节|令|段|日|空|髦|尚|速|事|局|效)|很|特别|非常|十分|格外|心里|觉得|记得|知道|决定|打算|希望|舍不得|退休|退伍|年轻时|小时候|生于|出生于|出生在|回到|回乡|回家|回村)/u;
/**
 * What only a person is or can, after a familiar name that also names a thing:
 * a person's role (小游是连队里最年轻的班长), a skill (小游已能独立完成), a life's step (小游刚参加工作),
 * an age (小党今年刚满二十四岁), a shop or kin (老钟的照相馆), work somewhere (小钟在商场的专柜做了三年,
 * 小占在夜市摆摊卖烤冷面, 小干在厨房里打下手, 老姜在镇上开了三十年染坊, 小钟在摇号现场说), a day's work done (家长老姜每天下班后),
 * a family's home or business (老干家的民宿, 老姜家院子里), a trade kept for years (老党办案二十多年).
 */
const THING_AS_PERSON =
  /^(?:(?:采茶|采了|种了|养了|卖了|修了|教了|织了|绣了|编了|烧了|打了|守了|办案|执教|行医|教书|从医|从警|从教|从业|开车|跑车|当兵|务农|种地|打铁|修车|修表|磨刀|经商|做生意|摆摊|开店|跳舞|领舞|扎灯|做灯)[^，。；！？]{0,3}?(?:(?:[0-9０-９]+|[一二两三四五六七八九十几]+)多?年|多年|(?:大)?半辈子|一辈子)|在[^，。；！？]{1,10}(?:做了|当了|干了|工作|上班|摆摊|开店|开了|打工|卖|打下手|帮工|当学徒|说|表示|告诉)|家(?:的(?:民宿|店|铺子?|房子|院子|果园|茶园|孩子|老人)|里|门口|院子|院里|屋里|大门)|(?:夫妇|夫妻|两口子|老两口)|(?:每天|天天|每晚)(?:下班|放学|收工)|的(?:照相馆|店|摊|铺子?|作坊|工作室|(?:修理|修车|修鞋|修表|裁缝|杂货|早点|小吃)(?:铺|店|摊)|家人|儿子|女儿|妻子|丈夫|老伴|徒弟|手艺|孙子|孙女)|(?:今年|已经|已)?(?:刚满|刚|才|已|快|都)?(?:[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})(?:周)?岁|已能|已经能|已可以|(?:刚|才|去年|今年){0,2}(?:从[^，。；！？]{1,6})?(?:参加工作|(?:大学|研究生|硕士|博士|高中|中专|技校)?毕业|入职|上班|工作|结婚)|是[^，。；！？]{0,16}(?:员|长|人|手|骑|生|师|家|者|兵|工|匠|徒|主播|博主|网红|演员|模特|店主|老板|护士|医生|记者|司机)(?:之一)?(?:[，。；！？]|$))/u;
/** What only a person does to another, after a familiar name that also names a thing (小钟陪奶奶, 小钟跟着师父). */
const PERSON_ACTION =
  /^(?:陪|帮|教|劝|告诉|问|喊|请|嫁|娶|爱|疼|一边|表演|演唱|演奏|跟着|跟随|拜师|蹲在|站在|坐在|躺在|弯腰|扛着|挑着|骑着|推着|抱着|拿着|握着|扶着|望着|盯着|指着|摸着|拍着|守着|接过|掏出|拎着|背着|想家|哭了|哭着|笑着)/u;
/** How a person does a thing, after a familiar name (小游熟练地剖开鱼肚, 老后挨个检查, 老余一口气点了). */
const PERSON_MANNER =
  /^(?:一口气|挨个|挨家挨户|熟练地|麻利地|仔细地|认真地|小心翼翼地|小心地|耐心地|亲手|连忙|赶紧|急忙|报名|一只手|一手|双手|终于|带着|带领|把)/u;
/** Two characters that also name a thing (小党 a small party): a person only before a verb of speech or PERSON_ACTION. */
const FAMILIAR_THINGS = /^(?:老姜|小姜|老钟|小钟|小曲|老叶|小叶|老谷|小谷|小党|小游)$/u;

/** Whether another person called by 老, 小 or 阿 and 和, 与, 跟 or 、 come before the prefix of the surname at `at` (小钟和小于). */
function secondOfFamiliarPair(text: string, at: number): boolean {
  return /[老小阿]\p{Script=Han}[和与跟、]$/u.test(text.slice(Math.max(0, at - 4), at - 1));
}

/** Whether jieba's dictionary (no HMM) reads a word of two or more characters from `at` (钟点工, 后来). */
function dictionaryWordAt(words: Words, at: number): boolean {
  const word = words.taggedWord(at, false);
  return word !== undefined && word.start === at && word.end - word.start >= 2;
}

/**
 * Whether two characters of a given name and a verb of speech follow the surname at `at` (护工余桂芳说),
 * none a function word (党员干部都说).
 */
function speaksAcross(text: string, at: number): boolean {
  const given = text.slice(at + 1, at + 3);
  return (
    /^\p{Script=Han}{2}$/u.test(given) && !NOT_IN_GIVEN_NAME.test(given) && SPEECH_VERB.test(text.slice(at + 3, at + 7))
  );
}

/** Whether a form of address follows the surname at `at` as text, whatever jieba joins (于先生, 范大姐). */
function addressedAcross(text: string, at: number): boolean {
  return /^(?:先生|女士|小姐|大姐|大哥|大爷|大妈|阿姨|师傅|老师|医生|教授)/u.test(text.slice(at + 1, at + 3));
}

/** 总 (boss) after a surname before 是 and what a person is (余总是这家俱乐部的创办人). */
const BOSS_IS_PERSON = /^总是[^，。；！？]{0,14}(?:人|员|长|者|师|家|老板|主|之一)(?:[，。；！？]|$)/u;

/** Whether the surname at `at` is addressed by a title after it (于先生, 于总，) or named by 姓 before it (姓于). */
function addressed(words: Words, text: string, at: number): boolean {
  if (at > 0 && text[at - 1] === "姓") return true;
  words.ensure(at + 1, at + 1);
  if (words.bounds[at + 1] !== 1) return false;
  // 余总是这家俱乐部的创办人: 总 a title though jieba joins 总是.
  if (BOSS_IS_PERSON.test(text.slice(at + 1, at + 20))) return true;
  let end = at + 2;
  while (end < text.length && words.bounds[end] !== 1) end++;
  const title = text.slice(at + 1, end);
  return (
    FORMS_OF_ADDRESS.test(title) ||
    STORY_ADDRESS.test(title) ||
    (KIN_ADDRESS.test(title) && !FUNCTION_SURNAMES.test(text[at] ?? "")) ||
    (SHORT_ADDRESS.test(title) && AFTER_SHORT_ADDRESS.test(ownAfter(text.slice(end)))) ||
    (title === "老" && elderHonoured(text, at))
  );
}

/**
 * Whether the surname at `at` is one of single surnames joined by 、 before a count of families,
 * surnames or people (钟、范两家, 钟、涂两个姓, 游、姜两位老人, 姜、谷、涂三位造型师).
 */
function surnamesListed(text: string, at: number): boolean {
  let start = at;
  while (start >= 2 && text[start - 1] === "、" && surnameOrCommon(text[start - 2] ?? "")) start -= 2;
  let end = at + 1;
  while (text[end] === "、" && surnameOrCommon(text[end + 1] ?? "")) end += 2;
  return end - start >= 3 && SURNAME_COUNT.test(text.slice(end, end + 6));
}
const surnameOrCommon = (char: string) => SURNAMES[char] !== undefined || COMMON_SURNAMES.has(char);
/** A count of families, surnames or people after single surnames (两家, 两个姓, 三位, 二人). */
const SURNAME_COUNT =
  /^(?:等?(?:[两二三四五六七八九十几]|[0-9])(?:家|个姓|姓|位|人|户|名|兄弟|姐妹|老)|等(?:姓|家族|家))/u;

/** Whether 老 after the surname at `at` honours an elder (钟老诞辰, 干老晚年). */
function elderHonoured(text: string, at: number): boolean {
  if (text[at + 1] !== "老") return false;
  // Or after the elder's age (八十岁的钟老每天).
  return AFTER_ELDER.test(ownAfter(text.slice(at + 2, at + 8))) || ELDER_AGE.test(text.slice(Math.max(0, at - 8), at));
}

/** An elder's years: 八十, 95, 百. */
const ELDER_YEARS = String.raw`(?:[0-9０-９]{2,3}|[六七八九]十[一二三四五六七八九]?|百)`;
/** An elder's age before a surname and 老: 八十岁的, 95岁高龄的, 年近八旬的. */
const ELDER_AGE = new RegExp(
  String.raw`(?:${ELDER_YEARS}岁(?:高龄)?|(?:年近|年逾|年过|年届|已过)(?:[六七八九]旬|古稀|耄耋|花甲|期颐))的$`,
  "u",
);

/** What follows 老 after a surname honouring an elder (钟老诞辰, 干老晚年, 余老生前, 于老今年九十二岁), besides AFTER_SHORT_ADDRESS. */
const AFTER_ELDER = new RegExp(
  String.raw`^(?:的(?:故居|旧居|遗作|遗著|遗愿|遗物|墓|纪念馆|雕像|铜像|手迹|倡议|号召|带领|帮助|关怀)|(?:今年|已|已经)?${ELDER_YEARS}(?:多|余)?岁|诞辰|冥诞|寿辰|逝世|去世|辞世|病逝|仙逝|生前|晚年|早年|一生|生平|故居|遗作|遗著|遗愿|遗物|夫人|亲笔|手迹|题写|曾|常说|常常|总是|一直|仍坚持|仍然|依然|依旧)`,
  "u",
);

/**
 * Whether the surname at `at` names a family: 家 after it, then generations, kin or descendants
 * (于家三代, 郁家的后人, 朴家祖孙, 干家是当地有名的书香门第), its hall, records, forebears or
 * customs (干家祠堂, 涂家的老族谱, 游家祖上, 占家的习俗), opening a clause or after 的 or 据; one married
 * into (嫁到于家); or a place named after the family (干家村).
 */
function familyName(text: string, at: number): boolean {
  if (text[at + 1] !== "家") return false;
  // A village or street named after a family (干家村, 余家湾, 于家巷), wherever it stands.
  if (FAMILY_PLACE.test(text.slice(at + 2, at + 4))) return true;
  // Married into or adopted by the family (嫁到于家, 入赘余家), whatever follows.
  if (/(?:嫁到|嫁进|嫁入|嫁给|入赘|入赘到|过继给|过继到)$/u.test(text.slice(Math.max(0, at - 4), at))) return true;
  if (!/(?:^|[\p{P}\s的由和与跟让被给对在据])$/u.test(text.slice(Math.max(0, at - 1), at))) return false;
  return FAMILY_AFTER.test(text.slice(at + 2, at + 12));
}
/** What ends the name of a place called after a family (干家村, 余家湾, 范家庄, 于家堡). */
const FAMILY_PLACE = /^(?:[村庄湾屯寨巷岭坪坡坝塘堡圩埠岗集铺]|沟村|河村|桥村|营村|店村|大院)/u;
const FAMILY_AFTER =
  /^(?:(?:老两口|两口子|门前|门口|祠堂|祠|宗祠|族谱|家谱|家风|家训|祖上|祖先|祖训|祖籍|祖辈|祖宅|老宅|先人|当时|当年|奶奶|爷爷|老人|老太太|媳妇)|的(?:老?族谱|家谱|家风|家训|祖上|祖先|祭祖|习俗|规矩|传统|老宅|祖宅|媳妇)|(?:早餐店|早点铺|小吃店|饭馆|面馆|老店|铺子|作坊|店铺|小店)|的?(?:[一二三四五六七八九十两几]个)?(?:女儿|儿子|孩子|孙子|孙女)|的?(?:[一二三四五六七八九十两几]代|祖孙|世代|后人|后代|子孙|兄弟|姐妹|父子|父女|母子|母女|夫妇|老小|长女|长子|次子|次女|幼子|独子|大女儿|二女儿|小女儿|大儿子|二儿子|小儿子)|是(?:当地|本地|村里|镇上)?[^，。；！？]{0,6}(?:世家|门第|大户|望族))/u;

/**
 * One-character kin terms neighbours call a person by after the surname: 钟伯, 岳伯, 范叔; not
 * after 于, 余, 后, 周, which are also words (类似于婆…, 对于哥哥).
 */
const KIN_ADDRESS = /^(?:伯|叔|姨|婶|婆|嫂|姐|哥)$/u;

/** One or two characters and a locative: where something happens (院会中, 会上, 任内), not a time (中午, 上周). */
const PLACE_IN = /^\p{Script=Han}{1,2}(?:中(?![午旬期])|上(?![午周月旬半])|内|期间|之际|之时)/u;

/** 于 before where something happens is the preposition, not a surname (行政院长于院会中裁示). */
function placeIn(text: string, at: number): boolean {
  return text[at] === "于" && PLACE_IN.test(ownAfter(text.slice(at + 1, at + 5)));
}

/**
 * Whether the surname at `at` follows a title (导演于正, 记者余晖) and a given name follows it that
 * jieba cuts apart: one character, or a two-character word it reads as a name or an unknown word.
 * Not where a time, place, number or pronoun follows (记者于昨日, 演员于北京): the preposition.
 */
function titled(words: Words, at: number): boolean {
  if (at < 2 || words.bounds[at + 1] !== 1 || !afterTitle(words, at)) return false;
  if (placeIn(words.shadow, at)) return false;
  const given = words.taggedWord(at + 1, false);
  if (given === undefined || given.start !== at + 1) return false;
  const length = given.end - given.start;
  // Not a function character (员工干|到深夜).
  if (
    length === 1 &&
    !/^(?:t|m|s|ns|f|r|p|q|c|u.*|x)$/u.test(given.tag) &&
    /\p{Script=Han}/u.test(given.word) &&
    !NOT_IN_GIVEN_NAME.test(given.word)
  )
    return true;
  if (length === 2 && /^(?:nr.*|nz)$/u.test(given.tag)) return true;
  // A given name many people bear that jieba cuts (创始人干|一|鸣|表示: 一 a numeral), before a verb.
  const two = words.shadow.slice(at + 1, at + 3);
  if (length === 1 && /^\p{Script=Han}{2}$/u.test(two) && words.bounds[at + 3] === 1 && commonGivenName(words, two))
    return beforeVerb(words, at + 3, true);
  // A given name many people in jieba's dictionary bear (建军, 建国, 秀英), before a verb: the
  // surname is a name even where it is also a preposition (司机于建军把, 志愿者后建军在).
  if (length === 2 && given.tag !== "t" && commonGivenName(words, given.word)) return beforeVerb(words, at + 3, true);
  // A surname that is no function word (or 余, not before a time): any two-character word but a number,
  // pronoun or function word is its given name before a verb, a preposition or punctuation (守门员涂|建军|在,
  // 保安党|建平|发现, 冠军余|海峰|，).
  if (
    length === 2 &&
    (!FUNCTION_SURNAMES.test(words.shadow[at] ?? "") || (words.shadow[at] === "余" && given.tag !== "t")) &&
    !/^(?:m|mq|q|r|p|c|u.*|f|s|y|e|o)$/u.test(given.tag) &&
    !THING_END.test(given.word)
  )
    // A verbal noun, a time or 的 after the name too (经理余志峰管理的, 医生涂建国每周六, 小将郁欣然的), not
    // after 于 (于现场指导: at).
    return beforeVerb(words, at + 3, words.shadow[at] !== "于");
  return unknownGivenName(words, at);
}

/** Whether a title comes before the surname at `at` and a two-character given name, one word, follows it. */
function titledFullName(words: Words, at: number): boolean {
  if (words.bounds[at] !== 1 || !/^\p{Script=Han}{2}$/u.test(words.shadow.slice(at + 1, at + 3))) return false;
  words.ensure(at + 1, Math.min(words.shadow.length - 1, at + 3));
  if (words.bounds[at + 1] !== 1 || words.bounds[at + 3] !== 1) return false;
  // A noun or a name to jieba (建军 n, 文涛 x with its HMM) or a common given name (振东), not a verb
  // or adverb jieba reads there (送医后|不治, 租客后|卷款).
  const given = twoCharacterWord(words, at + 1, false);
  const guess = twoCharacterWord(words, at + 1, true);
  const nameWord =
    (given !== undefined && /^(?:n|nr.*|nz|x)$/u.test(given.tag)) ||
    (guess !== undefined && (/^nr/u.test(guess.tag) || (guess.tag === "x" && nameCharacters(words, at + 1, at + 3)))) ||
    commonGivenName(words, words.shadow.slice(at + 1, at + 3));
  if (nameWord && titled(words, at)) return true;
  // jieba's HMM reads the three characters as one name (厂长|于秋菊|说, 村支书|后德贵|的); before a verb
  // of speech, whatever jieba reads each character as (施工员|后立军|说, 乘务长|后丽娜|表示).
  const speaks =
    SPEECH_VERB.test(words.shadow.slice(at + 3, at + 7)) && !NOT_IN_GIVEN_NAME.test(words.shadow.slice(at + 1, at + 3));
  // Or a word of two characters jieba joins, no time or place, before a verb of speech (厂长|后|立新|介绍;
  // not 院长|于|会后|表示).
  const joined = given !== undefined && !/^(?:t|f|m|mq|q|p|c|u.*|r|s)$/u.test(given.tag);
  return (
    (threeCharacterName(words, at) || (joined && speaks)) &&
    (speaks || nameCharacters(words, at + 1, at + 3)) &&
    afterTitle(words, at) &&
    beforeVerb(words, at + 3, true)
  );
}

/** Whether a noun of two or more characters, to jieba a common or proper noun, ends right before `at`. */
function nounBefore(words: Words, at: number): boolean {
  if (at < 2) return false;
  words.ensure(at - 1, at);
  const word = words.taggedWord(at - 1, false);
  return word !== undefined && word.end === at && word.end - word.start >= 2 && /^(?:n|nr.*|ns|nz)$/u.test(word.tag);
}

/**
 * Whether the surname at `at` opens a clause after a comma or semicolon before a given name many
 * people bear, a noun or name to jieba, and a verb (当选后，于志军兑现了承诺); not a time (，于国庆举行).
 */
function clauseOpeningName(words: Words, text: string, at: number): boolean {
  if (!/[，,；;：:]$/u.test(text.slice(Math.max(0, at - 1), at))) return false;
  if (!/^\p{Script=Han}{2}/u.test(text.slice(at + 1, at + 3))) return false;
  words.ensure(at, Math.min(text.length - 1, at + 3));
  if (words.bounds[at + 1] !== 1 || words.bounds[at + 3] !== 1) return false;
  const given = twoCharacterWord(words, at + 1, false);
  return (
    given !== undefined &&
    /^(?:n|nr.*|nz|x)$/u.test(given.tag) &&
    commonGivenName(words, given.word) &&
    beforeVerb(words, at + 3, true)
  );
}

/**
 * Whether a title comes before the surname at `at` and a given name many people bear after it, then
 * a verb or a clause's end, whatever jieba joins across the surname (营养师范晓东负责: 师范; 主编钟国强，: 编钟).
 */
function titledCommonName(words: Words, text: string, at: number): boolean {
  return afterTitle(words, at) && commonGivenName(words, text.slice(at + 1, at + 3)) && beforeVerb(words, at + 3);
}

/**
 * Whether a title or a noun for a person comes before the surname at `at`, a word of its own, and
 * two characters that may be a given name end the name before a verb or a clause's end (老人|岳|德顺|说,
 * 老党员|朴|永|哲|带着, 酿酒师|游|海波|自己): a noun or name to jieba, or each character alone
 * one. Surnames that are also function words (于, 余, 后, 周) not before a place or time (民警于北京，).
 */
function titledNameBeforeVerb(words: Words, at: number): boolean {
  if (!/^\p{Script=Han}{2}$/u.test(words.shadow.slice(at + 1, at + 3))) return false;
  words.ensure(at, Math.min(words.shadow.length - 1, at + 3));
  if (words.bounds[at] !== 1 || words.bounds[at + 1] !== 1 || words.bounds[at + 3] !== 1) return false;
  if (!afterTitle(words, at)) return false;
  const given = twoCharacterWord(words, at + 1, false);
  const functionWord = FUNCTION_SURNAMES.test(words.shadow[at] ?? "");
  let nameLike: boolean;
  if (given === undefined) nameLike = !functionWord && nameCharacters(words, at + 1, at + 3);
  else {
    const nameTags = functionWord ? /^(?:nr.*|x)$/u : /^(?:nr.*|nz|x)$/u;
    nameLike =
      (nameTags.test(given.tag) || (/^(?:n|ns)$/u.test(given.tag) && commonGivenName(words, given.word))) &&
      (functionWord || !NOT_IN_GIVEN_NAME.test(given.word));
  }
  const next = words.shadow[at + 3] ?? "";
  return nameLike && (/^(?:$|[，。、；：！？])/u.test(next) || beforeVerb(words, at + 3, true));
}

/**
 * Whether the surname at `at` opens a sentence before a given name and a verb, a preposition or 和
 * (not a heading's word alone: 干皮症): a given name many people bear (后德林在, 涂国庆和同事们,
 * 游春生驾驶) or two characters jieba's HMM joins to the surname as one name, each a name's character
 * alone (干春明从, 后丽萍和丈夫).
 */
function openingName(words: Words, text: string, at: number): boolean {
  // ASCII ends a word as a sentence does: after it the name opens the Chinese text (CEO干春明表示), as
  // the text would convert alone.
  const before = ownBefore(text.slice(Math.max(0, at - 3), at));
  if (!OPENING.test(before) && !/[A-Za-z0-9 .,:/-]$/u.test(before)) return false;
  if (!/^\p{Script=Han}{3}$/u.test(text.slice(at + 1, at + 4))) return false;
  words.ensure(at, Math.min(text.length - 1, at + 3));
  // Before a verb or an age (占玉梅十二岁入科学戏).
  if (words.bounds[at + 3] !== 1 || !(beforeVerb(words, at + 3, true) || AGE.test(text.slice(at + 3)))) return false;
  // The surname a word of its own, or joined to the given name's first character in a rare word (范志|强).
  const apart = words.bounds[at + 1] === 1 || words.frequency(text.slice(at, at + 2)) < RARE_WORD_FREQUENCY;
  if (apart && commonGivenName(words, text.slice(at + 1, at + 3))) return true;
  return threeCharacterName(words, at) && nameCharacters(words, at + 1, at + 3);
}

/** How many times jieba's dictionary counts a word too rare to stand against a name read across it (范志 10). */
const RARE_WORD_FREQUENCY = 50;

/** A person's age: 十二岁, 35岁. */
const AGE = /^(?:[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})岁/u;
/** An age before 的 ending where a name may start (五岁的, 12岁的). */
const AGED = /(?:[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})(?:周)?岁的$/u;

/** Whether jieba's HMM reads the surname at `at` and the two characters after it as one name (干春明/x). */
function threeCharacterName(words: Words, at: number): boolean {
  const whole = words.taggedWord(at, true);
  return (
    whole?.start === at &&
    whole.end === at + 3 &&
    NAME_OR_UNKNOWN_TAGS.test(whole.tag) &&
    /^\p{Script=Han}{3}$/u.test(whole.word)
  );
}

/** The word jieba reads at `start` (with its HMM or without) where it spans exactly two characters. */
function twoCharacterWord(words: Words, start: number, hmm: boolean): TaggedWord | undefined {
  const word = words.taggedWord(start, hmm);
  return word?.start === start && word.end === start + 2 ? word : undefined;
}

/** A verb of naming before a name: 他叫干忠明, 名叫余秋菊的, 化名后大勇. */
const NAMING_VERB = /(?:名叫|叫做|就叫|叫|名为|化名|取名|改名为|署名)$/u;
/** A verb of calling a person, then whom (叫他, 称她, 喊我们). */
const CALLING = /(?:叫|称|喊|称呼)(?:他|她|我|你)(?:们)?$/u;

/**
 * Whether a verb of naming comes before the surname at `at` and jieba's HMM reads it and two more
 * characters as one name, whatever the surname means alone (他叫干忠明，: not 叫干活), or a word of two
 * characters ending the clause (名叫后浩然，), or a verb of calling a person and a form of address after
 * it (叫他干总).
 */
function namedAs(words: Words, text: string, at: number): boolean {
  // Called by a form of address (工人们都叫他干总), not kin, whom 干 makes adoptive (叫他干爷爷).
  if (
    CALLING.test(ownBefore(text.slice(Math.max(0, at - 4), at))) &&
    !/^[爷奶爹妈爸娘儿女哥姐弟妹亲兄嫂叔伯姨舅姑]/u.test(text[at + 1] ?? "") &&
    addressed(words, text, at)
  )
    return true;
  if (!NAMING_VERB.test(ownBefore(text.slice(Math.max(0, at - 3), at)))) return false;
  if (threeCharacterName(words, at) && nameCharacters(words, at + 1, at + 3)) return true;
  // Or a word of two characters jieba joins after the surname, ending the clause (名叫后|浩然，).
  words.ensure(at, Math.min(text.length - 1, at + 3));
  return (
    words.bounds[at + 1] === 1 &&
    /^(?:n|nr.*|nz|a|x)$/u.test(twoCharacterWord(words, at + 1, false)?.tag ?? "") &&
    /^(?:$|[，。、；！？,.;!?」”）)])/u.test(text.slice(at + 3))
  );
}

/** Whether a title comes before the surname at `at` and a one-character given name, then a verb of speech (经理后勇介绍). */
function titledSpeaker(words: Words, at: number): boolean {
  words.ensure(at, Math.min(words.shadow.length - 1, at + 2));
  return (
    words.bounds[at] === 1 &&
    words.bounds[at + 1] === 1 &&
    words.bounds[at + 2] === 1 &&
    SPEECH_VERB.test(words.shadow.slice(at + 2, at + 6)) &&
    titled(words, at)
  );
}

/** An honour a person is given, after a comma (从事木船修造三十余年的钟立新，被评为…). */
const HONOURED_AFTER = /^[，,](?:被评为|被授予|被命名为|获评|荣获|当选|入选)/u;

/**
 * Whether the surname at `at` comes after 的 before a given name many people bear and a verb (年轻的钟国栋毅然,
 * 村里的于建军把) or an age or an honour (三十余年的钟立新，被评为), or before a name jieba's HMM makes and a verb of speech (绣龄的钟秀芳说): whatever jieba
 * joins there (的钟 a clock's).
 */
function nameAfterDe(words: Words, text: string, at: number): boolean {
  if (text[at - 1] !== "的" || !/^\p{Script=Han}{2}$/u.test(text.slice(at + 1, at + 3))) return false;
  words.ensure(at, Math.min(text.length - 1, at + 3));
  if (words.bounds[at + 3] !== 1) return false;
  if (commonGivenName(words, text.slice(at + 1, at + 3)) && (beforeVerb(words, at + 3) || AGE.test(text.slice(at + 3))))
    return true;
  // An honour after a comma: a person, unless a word of the dictionary opens at the surname (新建的钟鼓楼，被评为).
  if (HONOURED_AFTER.test(text.slice(at + 3)) && !dictionaryWordAt(words, at)) return true;
  // A child given an age, then a three-character name jieba's HMM reads as one or of name characters
  // before a verb (五岁的|钟|浩|宇|举着).
  if (
    AGED.test(text.slice(Math.max(0, at - 6), at)) &&
    (threeCharacterName(words, at) || (nameCharacters(words, at + 1, at + 3) && beforeVerb(words, at + 3)))
  )
    return true;
  // Three characters jieba's HMM reads as one name, before a verb of speech (绣龄的|钟秀芳|说); before an
  // age also the two after the surname read so (出身的|于|少龙|五岁).
  if (!nameCharacters(words, at + 1, at + 3)) return false;
  if (threeCharacterName(words, at))
    return (
      SPEECH_VERB.test(text.slice(at + 3, at + 7)) ||
      AGE.test(text.slice(at + 3)) ||
      // Both given characters ones jieba's dictionary has as names, then what a person does
      // (来自江苏的|后|晓|雯|在总决赛中, 当学徒的|占|玉|芳|在车间).
      (givenCharactersAreNames(words, at + 1) && PERSON_THEN.test(text.slice(at + 3, at + 5)))
    );
  return NAME_OR_UNKNOWN_TAGS.test(twoCharacterWord(words, at + 1, true)?.tag ?? "") && AGE.test(text.slice(at + 3));
}

/** Whether jieba's dictionary reads the two characters from `start` each alone as a person's name (晓|雯, 玉|芳). */
const givenCharactersAreNames = (words: Words, start: number): boolean =>
  nameAlone(words, start) && nameAlone(words, start + 1);
/** What follows a person as the subject of a clause: a place, a verb of being or an adverb (在, 是, 把, 也). */
const PERSON_THEN = /^(?:在|是|把|被|将|已|也|还|曾|从|和|与|却|又|便|就|每|正|刚|才|一直|已经|当时|如今|今年|去年)/u;

/** Whether jieba reads each character of [start, end) alone as a noun, name, adjective or time (文|涛, 秋|菊; not 卷|款 m). */
function nameCharacters(words: Words, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const word = words.taggedWord(k, false);
    if (
      word === undefined ||
      word.end - word.start !== 1 ||
      NOT_IN_GIVEN_NAME.test(word.word) ||
      !/^(?:n|nr.*|ns|nz|ng|a|ag|zg|t|tg|g)$/u.test(word.tag)
    )
      return false;
  }
  return true;
}

/** Whether a one-character word that may end a given name stands at `at` (游子|川|表示). */
function loneGivenCharacter(words: Words, at: number): boolean {
  const word = words.taggedWord(at, false);
  return (
    word !== undefined &&
    word.start === at &&
    word.end === at + 1 &&
    /^\p{Script=Han}$/u.test(word.word) &&
    !NOT_IN_GIVEN_NAME.test(word.word) &&
    !PLACE_OR_SCOPE_END.test(word.word)
  );
}

/** Locatives that end a phrase of place or scope, not a given name (范畴|内, 胡同|里). */
const PLACE_OR_SCOPE_END = /^[内外间里旁]$/u;

/** jieba's count from which a dictionary word after a title is taken for the word, not a name (余额 540; 余晖 40). */
const COMMON_NOUN_FREQUENCY = 300;

/** People in jieba's dictionary whose name ends in a given name, at least (建军: 14 surnames). */
const COMMON_GIVEN_NAME_PEOPLE = 3;

/**
 * Whether `word` is a given name of several people jieba's dictionary knows (givenNamesOfPeople),
 * and no title, form of address or kin word that ends such entries too (王先生, 李经理, 张大哥).
 */
export function commonGivenName(words: Words, word: string): boolean {
  if (TITLE_WORD.test(word) || FORMS_OF_ADDRESS.test(word) || STORY_ADDRESS.test(word) || NOT_GIVEN_NAME.test(word))
    return false;
  return words.peopleNamed(word, COMMON_SURNAMES) >= COMMON_GIVEN_NAME_PEOPLE;
}
/** Endings of jieba's person entries that are no given name: kin, rank, household and place words. */
const NOT_GIVEN_NAME =
  /^(?:[大二三四五六七八九小老]?[哥弟姐妹叔伯爷娘嫂婶]|大人|夫人|公子|老爷|师[叔弟兄伯父傅妹姐姊爷]|兄弟|姑娘|相公|大侠|少侠|少爷|太监|公公|皇帝|太后|皇后|贵妃|亲王|王爷|国公|国舅|丞相|尚书|侍郎|御史|巡抚|总兵|太尉|太守|司令|寨主|帮主|香主|庄主|掌柜|员外|秀才|居士|道人|道士|真人|老汉|老者|老儿|老爹|妈妈|婆婆|嬷嬷|姨娘|嫂子|娘子|管家|胖子|瘦子|疯子|瞎子|家[庄湾村屯寨沟河岭坪坡潭渡岗大和]|庄村|官屯|.[帝王后公侯州镇庙]|二人|率[军兵]|领兵)$/u;

/** Whether a verb (正在 too), an adverb, a preposition, a conjunction, punctuation, the end or a family (PERSON_GROUP) is at `at`. */
function beforeVerb(words: Words, at: number, afterSurnameNoPreposition = false): boolean {
  if (!/\p{Script=Han}/u.test(words.shadow[at] ?? "")) return true;
  if (PERSON_GROUP.test(words.shadow.slice(at, at + 2)) || PERSON_ADVERB.test(words.shadow.slice(at, at + 4)))
    return true;
  words.ensure(at, at);
  const next = words.taggedWord(at, false);
  return (
    next?.start === at &&
    (/^(?:v|vd|vi|d|p|c)$/u.test(next.tag) ||
      next.word === "正在" ||
      (afterSurnameNoPreposition && (/^(?:vn|t)$/u.test(next.tag) || next.word.startsWith("每") || next.word === "的")))
  );
}
/**
 * Times of a person's life and manners of doing after the name, as adverbs (石匠游德福一生雕刻,
 * 村民岳大山主动把, 老板范立新最近).
 */
const PERSON_ADVERB =
  /^(?:一生|一辈子|生前|早年|晚年|从小|自幼|年轻时|多年来|几十年来|最近|近来|近年来|如今|主动|亲自|独自|专门|特意|毅然|默默|悄悄|连夜|带头)/u;
/** A person's family or company after the name (农户余春生一家, 于海夫妇). */
const PERSON_GROUP = /^(?:一家|夫妇|夫妻|父子|母子|母女|父女|兄弟|姐妹|等人)/u;

/**
 * Whether jieba's HMM reads the two characters after the surname at `at` as a name or a word no
 * dictionary knows (议员于|美云, 农民于|清松), before a verb, an adverb, a preposition or punctuation.
 */
function unknownGivenName(words: Words, at: number): boolean {
  const given = words.taggedWord(at + 1, true);
  if (given?.start !== at + 1 || given.end !== at + 3 || !/^(?:nr.*|x)$/u.test(given.tag)) return false;
  return beforeVerb(words, at + 3);
}

/** Whether the text before `at` ends in a title or a noun for people (记者, 本报记者, 烘焙师). */
export function afterTitle(words: Words, at: number): boolean {
  if (at < 2) return false;
  words.ensure(at - 1, at + 1);
  // Titles and nouns for people on the text before: jieba may cut an occupation it lacks (烘焙|师)
  // or join a title's last character to the surname (里|长于|志豪).
  const before = words.shadow.slice(Math.max(0, at - 6), at);
  return TITLES.test(before) || PERSON_NOUNS.test(before);
}

/** jieba tags of the words of a given name before a title: nouns, names, adjectives, morphemes, unknown words. */
const GIVEN_NAME_TAGS = /^(?:n|ng|nr.*|nz|a|ag|b|j|x|zg|tg)$/u;
/** jieba tags of a word its HMM reads as a person's name, or as one no dictionary knows. */
const NAME_OR_UNKNOWN_TAGS = /^(?:nr.*|x)$/u;

/** The clause's HMM words and the index of a two- or three-character name starting at `at`, if any. */
function wholeName(
  words: Words,
  at: number,
): { readonly hmm: readonly TaggedWord[]; readonly index: number } | undefined {
  const hmm = words.taggedWords(at, true);
  const index =
    hmm?.findIndex((word) => word.start === at && word.end - word.start >= 2 && word.end - word.start <= 3) ?? -1;
  return hmm !== undefined && index >= 0 && NAME_OR_UNKNOWN_TAGS.test(hmm[index]?.tag ?? "")
    ? { hmm, index }
    : undefined;
}

/**
 * Whether jieba's dictionary reads a noun, verb or adjective of two or more characters from the
 * surname at `at` (党员 in 老|党员|郁大爷): HMM's name there swallowed a word.
 */
function wordInsideName(words: Words, at: number): boolean {
  const word = words.taggedWord(at, false);
  return word !== undefined && word.start === at && word.end - word.start >= 2 && /^(?:n|vn|v|a)$/u.test(word.tag);
}

/** A title or a form of address, as a word after a name (研究员, 先生, 烈士). */
const titleOrAddress = (word: string) => TITLE_WORD.test(word) || FORMS_OF_ADDRESS.test(word) || AFTER_NAME.test(word);
/** Words that follow a whole name but no surname alone: 余光明烈士, 岳建国老人. */
const AFTER_NAME = /^(?:烈士|老人|老先生|老太太|夫妇|同志)$/u;

/**
 * Whether a title or a form of address follows the surname at `at` and a one- or two-character
 * given name (于建平研究员, 余国庆教授, 余欢先生): a name jieba's HMM reads whole, or the surname a
 * word of its own and the given name made of words tagged as names, nouns or adjectives. Not where
 * a time, place or function word follows the preposition (于会上代表, 于今年, 于周末教授钢琴).
 */
function titleAfterName(words: Words, at: number): boolean {
  // A name jieba's HMM reads whole (余欢/x), then a title or a form of address (余欢先生).
  const name = wholeName(words, at);
  if (name !== undefined && titleOrAddress(name.hmm[name.index + 1]?.word ?? "") && !wordInsideName(words, at))
    return true;
  const tagged = words.taggedWords(at, false);
  const index = tagged?.findIndex((word) => word.start === at && word.end === at + 1) ?? -1;
  if (tagged === undefined || index < 0) return false;
  // A time word, a place, a verb or a rare adverb of two characters may be a given name (余国庆教授, 党建国教授),
  // except after the preposition 于 (于周末教授钢琴, 于北京教授书法).
  const timeAllowed = words.shadow[at] !== "于";
  let length = 0;
  for (const word of tagged.slice(index + 1)) {
    if (length > 0 && titleOrAddress(word.word)) return true;
    length += word.end - word.start;
    const given =
      GIVEN_NAME_TAGS.test(word.tag) ||
      (timeAllowed && (word.tag === "t" || (word.end - word.start === 2 && /^(?:ns|v)$/u.test(word.tag)))) ||
      // A rare adverb of two characters is a given name too (范立新教练: jieba's 立新 d), not 一直, 立即.
      (timeAllowed &&
        word.tag === "d" &&
        word.end - word.start === 2 &&
        words.frequency(word.word) < COMMON_NOUN_FREQUENCY);
    if (length > 2 || !given || !/^\p{Script=Han}+$/u.test(word.word)) return false;
  }
  return false;
}

/** Characters after a place or noun that make it no name: origin, kind, unit, rank (沈阳籍, 游戏部, 沈阳女). */
export const NOT_NAME_END =
  /[女男老新前副正总原代名大籍人方产地省市县区镇村乡街路部办处科局厅委会组室所院系队站班团社厂司校馆台网报刊店行署庭营连排军届级期]/u;

/**
 * Whether the surname at `at` opens a three-character name jieba cuts as a word of the dictionary
 * and one character, right before a title or a form of address (游乐平主任, 沈阳明院士, 党建国教授):
 * the word a noun or place (not 于是, 周末), the character one a given name may hold.
 */
function wordInNameBeforeTitle(words: Words, at: number): boolean {
  const tagged = words.taggedWords(at, false);
  const index = tagged?.findIndex((word) => word.start === at && word.end === at + 2) ?? -1;
  if (tagged === undefined || index < 0 || !/^(?:n|ns|nz|nr.*|an|j|x)$/u.test(tagged[index]!.tag)) return false;
  const given = tagged[index + 1];
  const title = tagged[index + 2];
  return (
    given !== undefined &&
    title !== undefined &&
    given.end - given.start === 1 &&
    /^(?:n|ng|nr|a|ag|zg|j|x)$/u.test(given.tag) &&
    /^\p{Script=Han}$/u.test(given.word) &&
    !NOT_NAME_END.test(given.word) &&
    // A surname jieba tags so opens the name itself (老|党员|郁|大爷: 郁大爷).
    !(given.tag === "nr" && SURNAMES[given.word] !== undefined) &&
    titleOrAddress(title.word)
  );
}

/**
 * Whether the surname at `at` opens an item of a list of names (于娜、余欢和钟汉): after 、, a two-
 * or three-character word jieba reads as a name or an unknown word, then 、, 和, 与, 及 or 等.
 */
function listedName(words: Words, text: string, at: number): boolean {
  if (text[at - 1] !== "、") return false;
  // Not in a list of things (酱油、姜汁等污渍): the item before is a common noun of the dictionary.
  const item = words.taggedWord(at - 2, false);
  if (item?.end === at - 1 && /^(?:n|nz|ng|vn)$/u.test(item.tag) && !afterTitle(words, at - 1)) return false;
  const name = wholeName(words, at);
  if (name === undefined) return false;
  const end = name.hmm[name.index]?.end ?? 0;
  // Nor a thing whose name opens with the surname (香菇、木耳、干辣椒等): a common word after it that no people bear.
  const given = text.slice(at + 1, end);
  if (given.length >= 2 && words.frequency(given) >= COMMON_NOUN_FREQUENCY && !commonGivenName(words, given))
    return false;
  return /^[、和与及等]/u.test(text[end] ?? "");
}

/** Verbs of speech that follow the person quoted (余承东说, 据党爱民介绍). */
export const SPEECH_VERB =
  /^(?:说|表示|介绍|笑着说|笑说|笑道|称|指出|认为|透露|强调|坦言|回忆|解释|告诉|说道|笑称|直言|提到|谈到|表态|宣布|呼吁|建议|补充|回应|证实|承认|否认|感叹|感慨|分析|举例|坦承|提醒|通报|披露|报道|报导)/u;
/**
 * What news says only of a person named just before: an appointment, an election, a death, an
 * award, or 同志 after the name (岳国庆出任, 于建军同志任, 沈老病逝, 余发明荣获).
 */
export const PERSON_PREDICATE =
  /^(?:同志|出任|当选|担任|兼任|升任|调任|转任|履新|卸任|辞任|辞去|逝世|病逝|辞世|去世|病故|荣获|获颁|获评|获聘|受聘)/u;
/**
 * Verbs that name a person as their object, and what follows the name then: 任命范建中为, 提拔朴正浩为,
 * 宣判范卫国受贿案 (APPOINTED_THEN).
 */
const APPOINTING =
  /(?:任命|提拔|提名|推荐|选举|聘任|聘请|任用|免去|宣判|起诉|判处|审理|表彰|授予|追授|追认|准予|批准)$/u;
const APPOINTED_THEN =
  /^(?:为|同志|担任|受贿|行贿|贪污|挪用|诈骗|滥用职权|玩忽职守|等[一二三四五六七八九十两几]|等人)/u;
/** Whether a word of two characters that jieba tags a verb or adverb starts at `at` (干|入世的). */
function verbAfter(words: Words, at: number): boolean {
  words.ensure(at, at + 1);
  const word = words.taggedWord(at, false);
  return word?.start === at && word.end === at + 2 && /^(?:v|vn|vd|d|p|c)$/u.test(word.tag);
}

/**
 * What follows a three-character name opening a sentence as it opens a profile: 是, 从小, 自幼 (朴金花是,
 * 郁文静从小); for surnames that are no function word (not 于是, 余下), where no dictionary phrase
 * starts at the surname (姜黄素是, 钟鼓楼是).
 */
const OPENING_NAME_THEN = /^(?:是|从小|自幼|总是|一直|早年|生于|出生于|毕业于|把|的|回乡|回村|带领|带着|开发)/u;
/**
 * What follows a reporter's name after a title, besides a verb of speech: a byline's 摄, 发自, 电,
 * or where the reporter is and what they report (记者余家豪在现场报道).
 */
const AFTER_BYLINE_NAME =
  /^(?:摄|发自|电|讯|采写|整理|撰文|[在从赴于][^，。；！？]{1,10}(?:报道|报导|采访|发回|获悉|了解到|看到|注意到|介绍|说|表示))/u;
/** What may stand before a speaker's name: the start, punctuation, or 据 (according to), 与, 和, 同, 跟. */
export const BEFORE_SPEAKER = /(?:^|[\p{P}\s据与和同跟])$/u;
/** Characters no given name has: function words, pronouns, measure and plural markers. */
export const NOT_IN_GIVEN_NAME =
  /[是在的了与及或将被把对为于以从向到也都就又还不有已约仅逾本该此其今昨近每各这那当们等些个他她它我你您咱俺]/u;

/**
 * Whether the surname at `at` opens a two- or three-character name right before a verb of speech,
 * at the start of a clause or after 据, 与, 和 (据余承东介绍, 党爱民说, 周一围表示): a quoted person.
 * Not a word of the dictionary other than a name (干部说, 其余), not a time word (发言人周一表示,
 * 周一晚表示), not a function word the surname opens (于是他说).
 */
function speaker(words: Words, text: string, at: number): boolean {
  const titled = afterTitle(words, at);
  const previous = ownBefore(text.slice(Math.max(0, at - 1), at));
  const opening = /(?:^|[\p{P}\s])$/u.test(previous);
  const appointed = APPOINTING.test(ownBefore(text.slice(Math.max(0, at - 2), at)));
  // Else a noun of two or more characters for who the person is (外卖员|岳明说, 湖南人|郁志军说,
  // 年轻妈妈|干露说): before a verb of speech only.
  const onlyDescribed = !BEFORE_SPEAKER.test(previous) && !titled && !appointed;
  if (onlyDescribed && !nounBefore(words, at)) return false;
  for (const length of [2, 3]) {
    if (length === 3 && openingPersonIs(words, text, at)) return true;
    const name = text.slice(at, at + length);
    const rest = ownAfter(text.slice(at + length));
    const byline = titled && AFTER_BYLINE_NAME.test(rest);
    const strong = PERSON_PREDICATE.test(rest) || (appointed && APPOINTED_THEN.test(rest));
    if (onlyDescribed && !SPEECH_VERB.test(rest)) continue;
    const named =
      SPEECH_VERB.test(rest) ||
      strong ||
      (length === 3 &&
        opening &&
        !FUNCTION_SURNAMES.test(text[at] ?? "") &&
        // A surname seldom a name (干, 占) before a given name many people bear (占国庆; not 干入世).
        (!KNOWN_NAMES_ONLY.has(text[at] ?? "") || commonGivenName(words, name.slice(1))) &&
        // Before 在 only a given name many people bear (涂振华在深山里; not 姜黄在, 谷物在).
        (OPENING_NAME_THEN.test(rest) || (rest.startsWith("在") && commonGivenName(words, name.slice(1)))) &&
        !verbAfter(words, at + 1) &&
        phraseDictionary().matches(text, at, at + length, phraseEnds, phraseValues) === 0);
    if ((!named && !byline) || !/^\p{Script=Han}+$/u.test(name)) continue;
    // An adverb and 地 before the verb of speech (店主郁闷地说) is no given name.
    if (name.endsWith("地")) continue;
    if (NOT_IN_GIVEN_NAME.test(name.slice(1))) return false;
    words.ensure(at, at + length);
    if (words.bounds[at + length] !== 1) return false;
    const word = words.taggedWord(at, false);
    if (word === undefined || word.start !== at) return false;
    const wordLength = word.end - word.start;
    // The whole name a word of the dictionary: only a person's name (余华 nr, not 干部).
    // Before 同志 any word but a function word is a name (谷雨同志任).
    if (wordLength === length)
      return /^nr/u.test(word.tag) || (rest.startsWith("同志") && !NOT_GIVEN_NAME_TAGS.test(word.tag));
    if (wordLength > length) return false;
    // The surname and the next character a word (周一, 于是): a time word only before a given
    // name that is no time (周一围, not 周一晚); a function word never.
    if (wordLength === 2) {
      if (word.tag === "t") return !TIME_CHARACTERS.test(name[2] ?? "") && !/[早上下中午夜]/u.test(name[2] ?? "");
      // A noun of the phrase dictionary (游客常说: visitors often say) opens no name.
      // (Before 当选, 出任 or the like it does: 胡子健当选.)
      if (word.tag === "n" && !strong && phraseDictionary().get(word.word) !== undefined) return false;
      // A reporter's byline after a title: jieba's numeral 余家 (more than … households) is 余家豪.
      if (byline && word.tag === "m") return true;
      return !NOT_GIVEN_NAME_TAGS.test(word.tag);
    }
    // The surname a word of its own: the given name no numeral, time or function word (余三人表示);
    // a time word only after a surname that is no preposition, or after a title as a given name many
    // people bear, and without a time's characters (岳国庆出任, 董事长余国庆表示).
    const given = words.taggedWord(at + 1, false);
    if (given === undefined || given.start !== at + 1) return false;
    if (given.tag === "t")
      return (
        (!FUNCTION_SURNAMES.test(text[at] ?? "") || (titled && commonGivenName(words, given.word))) &&
        !TIME_CHARACTERS.test(given.word)
      );
    return !/^(?:m|mq|q|r|p|c|u.*|y|e|o)$/u.test(given.tag);
  }
  return false;
}

/**
 * Three characters opening a sentence before what only a person is or does (党月娥是村里的防疫员，, 游子豪在成都开了一家),
 * before an elder's word of address and a verb of speech (于桂兰老人说) or before 所在的 (范志强所在的检测中心): a name, where the surname and the
 * next character are no common word of the dictionary (后来人是, 余下的是, 于是他是) and no numeral follows it.
 */
function openingPersonIs(words: Words, text: string, at: number): boolean {
  if (!/(?:^|[\p{P}\s])$/u.test(text.slice(Math.max(0, at - 1), at))) return false;
  const rest = text.slice(at + 3, at + 24);
  const personIs = THING_AS_PERSON.test(rest) || ELDER_SPEAKS.test(rest) || rest.startsWith("所在的");
  if (!personIs || !/^\p{Script=Han}{3}$/u.test(text.slice(at, at + 3))) return false;
  if (/^[0-9零一二两三四五六七八九十百千万几半每各该本这那其此]/u.test(text[at + 1] ?? "")) return false;
  if (
    NOT_IN_GIVEN_NAME.test(text.slice(at + 1, at + 3)) ||
    words.isCommon(text.slice(at, at + 2)) ||
    words.isCommon(text.slice(at, at + 3))
  )
    return false;
  words.ensure(at, at + 3);
  return words.bounds[at + 3] === 1;
}
/** An elder's word of address and a verb of speech after a name (于桂兰老人说). */
const ELDER_SPEAKS = /^(?:老人|老汉|老太|老伯|婆婆|大爷|大妈|大娘)(?:说|表示|介绍|回忆|告诉|笑着说)/u;

/** After a surname, what names it as one: 氏, 姓 (not 姓名 but 姓名人), each also after a closing quote (“余”姓). */
const SURNAME_NAMED = /^[”」’]?(?:氏|姓(?!名(?![人家士将])))/u;
/** 余某, 钟某某, 于某称: how news names a person it does not identify (not 于某日, 于某些, 于某种). */
export const UNNAMED_PERSON = /^某{1,2}(?![日天年月时处地种些个项一次方面人])/u;

/**
 * Titles that a person's name follows in news: 记者余晖, 演员于和伟, 教授钟某, 游击手余家豪; tested on the word
 * before the name, which may end in one (本报记者余明: jieba reads 本报记者 as one word).
 */
export const TITLES =
  /(?:记者|特约记者|通讯员|裁判长|实习生|编辑|摄影|主持人|演员|歌手|导演|编导|作家|诗人|画家|教授|院士|医生|律师|法官|检察官|警官|民警|书记|主席|部长|市长|省长|县长|局长|董事长|总裁|总经理|经理|主任|校长|老师|选手|球员|教练|队长|嫌疑人|犯罪嫌疑人|被告人|原告|死者|患者|网友|村民|市民|发言人|新闻发言人|负责人|创始人|董事|总监|委员|代表|总指挥|副总指挥|总设计师|总工程师|大使|参赞|领事|总领事|武官|政委|教导员|指导员|营长|连长|排长|旅长|军长|司令员|参谋长|舰长|机长|船长|烈士|总统|总理|首相|外长|团长|运动员|队员|主播|艺人|学者|专家|研究员|工程师|科学家|企业家|艺术家|老艺术家|演奏家|作曲家|歌唱家|书法家|副主席|副市长|副总理|副部长|工作人员|投手|捕手|游击手|一垒手|二垒手|三垒手|外野手|内野手|打者|前锋|中锋|后卫|门将|守门员|主帅|议员|立委|里长|村长|镇长|乡长|署长|厅长|处长|会长|社长|主编|总编辑|编剧|制片人|制作人|作词人|作曲人|词曲作者|音乐人|唱作人|歌星|影星|影后|影帝|天后|歌后|歌王|视后|视帝|名嘴)$/u;

/**
 * Nouns for people that come before a name but seldom after one (花农游春发, 厂长范建新, 经济学家党国松,
 * 志愿者于红梅); tested like TITLES on the word before the name. Sources: the occupations and ranks
 * of news bylines and datelines; blind sets of names (tests/fixtures/conversion/round30-names.tsv).
 * Besides the list, the suffixes of occupations (预报员, 烘焙师, 开发者, 姜农, 农户, 环卫工, 村医, 石匠)
 * but not the verbs and words they also end (动员, 出师, 或者, 务农, 窗户, 施工); of the words
 * ending in 手 only those for people (骑手, 选手; not 信手, 联手, 二手).
 */
export const PERSON_NOUNS =
  /(?:指挥长|族长|族人|族老|宗亲|理事|修谱人|守祠人|守钟人|守庙人|老艺人|残疾人|后人|后代|后裔|海归|关长|副关长|患儿|家长|主人|讲解员|特警|厨师长|烘焙商|咖农|督导|人士|协调人|总协调人|联系人|召集人|发起人|谜友|球友|牌友|棋友|小朋友|干部|村干部|家属|亲属|大副|二副|三副|轮机长|水手长|工头|包工头|领班|旅客|乘客|游客|顾客|食客|住客|访客|小哥|全职妈妈|全职爸爸|新手妈妈|新手爸爸|宝妈|宝爸|新娘|新郎|准新娘|准新郎|护林人|护鸟人|守护人|刻碑人|刻字人|守墓人|说书人|写信人|寄信人|收信人|寄件人|收件人|班主|戏班主|传人|的哥|的姐|管家|童模|超模|名模|看山人|守山人|养蜂人|摆渡人|领路人|爱好者|发烧友|球迷|车迷|彩民|股民|基民|网民|驴友|领队|导游|主唱|粉丝|网红|主播|博主|经理人|基金经理|影评人|乐评人|书评人|策展人|创办人|大户|养殖户|专业户|承包人|合伙人|投资人|出资人|持有人|召集人|主理人|操盘手|监事|股东|房东|租客|冠军|亚军|季军|得主|国脚|评委|评审|武术指导|动作指导|批发商|经销商|供应商|零售商|收购商|采购商|贸易商|雕塑家|篆刻家|雕刻家|陶艺家|鉴赏家|金石家|武术家|拳师|武师|徒弟|弟子|学徒|同事|室友|同学|搭档|战友|邻居|音乐家|钢琴家|小说家|评论家|收藏家|慈善家|银行家|政治家|舞蹈家|指挥家|摄影家|漫画家|散文家|剧作家|翻译家|高管|掌门人|组长|厂长|站长|所长|院长|馆长|行长|科长|股长|班长|园长|庭长|检察长|船长|机长|舰长|店长|秘书长|理事长|常委|支书|医师|护士|教师|讲师|导师|技师|会计师|育儿嫂|月嫂|家政员|乘务长|护士长|列车长|值班长|绣娘|裁缝|绣工|织工|拿督斯里|拿督|丹斯里|局绅|新星|评论员|观察员|观察家|首席运营官|首席技术官|首席信息官|执行官|财务官|设计师|建筑师|分析师|营养师|药剂师|摄影师|理发师|厨师|大厨|作者|战士|士兵|军人|警察|交警|刑警|辅警|消防员|司机|保安|保姆|志愿者|创业者|参赛者|获奖者|受害者|目击者|农民|渔民|牧民|居民|菜农|果农|花农|茶农|蕉农|瓜农|棉农|稻农|员工|职工|工人|农民工|店主|摊主|车主|业主|船主|户主|雇主|老板|老板娘|掌柜|店员|侨领|侨胞|华侨|秘书|助理|顾问|主管|经纪人|代言人|候选人|当事人|继承人|传承人|手艺人|匠人|学生|大学生|研究生|博士生|考生|校友|学员|会员|党员|官员|议长|州长|车手|赛车手|鼓手|棋手|射手|旗手|裁判|新秀|老将|住持|法师|道长|牧师|神父|修女|僧人|学家|史家|老兵|老战士|老红军|老党员|荷官|测评人|评测人|发起人|代理人|监护人|见证人|担保人|带头人|领头人|接班人|举报人|申请人|主厨|名厨|帮厨|新生|会计|出纳|菜贩|摊贩|鱼贩|肉贩|果贩|小贩|船老大|坊主|坊主人|店主人|民宿主人|园主人|药材商|玉商|玉石商|金商|茶商|布商|粮商|米商|盐商|酒商|菜商|花商|书商|古董商|珠宝商|木材商|客商|富商|商贩|阿姨|师傅|寿星|小将|大个子|队友|中介|青年|证人|车长|传媒人|媒体人|藏家|收藏者|(?<=\p{Script=Han})(?<![就求行学从投])医|(?<=\p{Script=Han})匠|(?<=\p{Script=Han})(?<![动复裁减增满超全冗扩缺])员|(?<=\p{Script=Han})(?<![出誓班会京水王正副])师|(?<=\p{Script=Han})(?<![或再二两三前后])者|骑手|机手|歌手|选手|水手|舵手|猎手|杀手|打手|枪手|狙击手|能手|好手|高手|新手|老手|国手|助手|帮手|对手|凶手|主攻手|二传手|副攻手|(?<=\p{Script=Han})(?<![务支惠助兴重三])农|(?<=\p{Script=Han})(?<![窗门开落销入过账帐挨户动悬睡])户|(?<=\p{Script=Han})(?<![开施完竣复停动加手人分罢做打上收化军石务用招旷怠赶返误歇窝出放下精细理文换计记代重轻钢包监以])工)$/u;

/** A title as a word of its own, after a name (于建平研究员). */
const TITLE_WORD = new RegExp(`^${TITLES.source}`, "u");

/** Words HMM joins that are not names: a surname character followed by a function word. */
const NOT_NAMES =
  /^.(?:是|在|的|了|与|及|或|将|被|把|对|为|于|以|从|向|到|也|都|就|又|还|不|有|本|该|此|其|今|昨|近|每|各|这|那|当)/u;

/**
 * Surnames whose name form differs from the character's default conversion, and the Traditional
 * (OpenCC standard) form to keep in a name. data/conversion/surnames.json; sites add their own
 * with the `conversion.surnames` setting.
 */
export const SURNAMES: Readonly<Record<string, string>> = surnameData.surnames;

/**
 * A byline's names (the `author` and `authors` fields), written so that every edition keeps their
 * surnames in the name form: each name of two to four Han characters (the text's words between
 * spaces, 、 or commas: 本报记者 余家豪) that opens with a surname of `surnames` (Simplified;
 * 余家豪 stays 余家豪 where jieba reads the numeral 余家) or with a Traditional surname Simplified
 * keeps (於梨華) gets its surname in `-{…}-` markup. Not a word of opencc's phrases (周刊).
 */
export function bylineName(text: string, script: Script, surnames: Readonly<Record<string, string>>): string {
  return text
    .split(/([\s、,，/]+)/u)
    .map((part) => {
      if (!/^\p{Script=Han}{2,4}$/u.test(part) || phraseDictionary().get(part) !== undefined) return part;
      const surname = part[0] ?? "";
      const rest = part.slice(1);
      if (script === "hans") {
        const traditional = surnames[surname];
        return traditional === undefined ? part : `-{zh-hans:${surname};zh-hant:${traditional}}-${rest}`;
      }
      return surnameData.keptInSimplified.includes(surname) ? `-{${surname}}-${rest}` : part;
    })
    .join("");
}

/** Surnames whose known three-character names beat an opencc phrase (surnames.json `overPhrases`). */
const NAME_OVER_PHRASE: ReadonlySet<string> = new Set(surnameData.overPhrases);

/** Surnames named only where jieba's dictionary knows the whole name (surnames.json `knownNamesOnly`). */
export const KNOWN_NAMES_ONLY: ReadonlySet<string> = new Set(surnameData.knownNamesOnly);

/** The jieba word holding position `at`. */
function wordAt(words: Words, text: string, at: number): string {
  return text.slice(...words.span(at));
}

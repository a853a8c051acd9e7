/**
 * Word rules (site overrides, article rules, rule groups shipped as data) and context rules, turned
 * into what the engine consumes: a trie of user entries and pins.
 */
import contextRules from "../../../data/conversion/context-rules.json" with { type: "json" };
import organisations from "../../../data/conversion/groups/organisations.json" with { type: "json" };
import people from "../../../data/conversion/groups/people.json" with { type: "json" };
import places from "../../../data/conversion/groups/places.json" with { type: "json" };
import technology from "../../../data/conversion/groups/technology.json" with { type: "json" };
import { Trie } from "./dictionaries.ts";
import type { Words } from "./segment.ts";
import {
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
  [people, places, organisations, technology].map((group: RuleGroup) => [group.name, group]),
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

const REGION_OF_STANDARD: Record<string, string | undefined> = { cn: "zh-cn", tw: "zh-tw", twp: "zh-tw", hk: "zh-hk" };

/** The rule's text as written in a source language: its region's tag, else its script's. */
function sourceText(rule: ConversionRule, from: TextLanguage): string | undefined {
  const region = REGION_OF_STANDARD[from.standard];
  return (region === undefined ? undefined : rule[region]) ?? rule[`zh-${from.script}`];
}

/** The rule's text for an edition: its region's tag (zh-Hant-HK → zh-hk), else its script's. */
function targetText(rule: ConversionRule, to: EditionStyle): string | undefined {
  const region = /-([a-z]{2})$/i.exec(to.lang)?.[1]?.toLowerCase();
  return (region === undefined ? undefined : rule[`zh-${region}`]) ?? rule[`zh-${to.script}`];
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
  readonly char: string;
  readonly target: string;
  readonly before: RegExp | undefined;
  readonly after: RegExp | undefined;
  readonly word: RegExp | undefined;
};

let compiled: Map<string, ContextRule[]> | undefined;

function contextRulesByChar(): Map<string, ContextRule[]> {
  if (compiled !== undefined) return compiled;
  compiled = new Map();
  for (const rule of contextRules.rules as {
    char: string;
    target: string;
    before?: string;
    after?: string;
    word?: string;
  }[]) {
    const list = compiled.get(rule.char) ?? [];
    list.push({
      char: rule.char,
      target: rule.target,
      before: rule.before === undefined ? undefined : new RegExp(`(?:${rule.before})$`, "u"),
      after: rule.after === undefined ? undefined : new RegExp(`^(?:${rule.after})`, "u"),
      word: rule.word === undefined ? undefined : new RegExp(`^(?:${rule.word})$`, "u"),
    });
    compiled.set(rule.char, list);
  }
  return compiled;
}

const CONTEXT = 6;

/** Pins from the context rules (Simplified source text only). */
export function contextPins(text: string, words: Words, script: Script): Map<number, string> | undefined {
  if (script !== "hans") return undefined;
  let pins: Map<number, string> | undefined;
  for (const [char, rules] of contextRulesByChar()) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
      const before = text.slice(Math.max(0, at - CONTEXT), at);
      const after = text.slice(at + 1, at + 1 + CONTEXT);
      let word: string | undefined;
      for (const rule of rules) {
        if (rule.before !== undefined && !rule.before.test(before)) continue;
        if (rule.after !== undefined && !rule.after.test(after)) continue;
        if (rule.word !== undefined && !rule.word.test((word ??= wordAt(words, text, at)))) continue;
        pins ??= new Map();
        pins.set(at, rule.target);
        break;
      }
    }
  }
  return pins;
}

/** The jieba word holding position `at`. */
function wordAt(words: Words, text: string, at: number): string {
  let start = at;
  words.ensure(at, at);
  while (start > 0 && words.bounds[start] !== 1) start--;
  let end = at + 1;
  while (end < text.length && words.bounds[end] !== 1) end++;
  return text.slice(start, end);
}

/**
 * Review list for editors: per article file and edition, every decision on a character with
 * several possible conversions that the engine was not sure of (single-character default, context
 * rule, person-name guess, phrase choosing another reading), highest risk first, with the
 * front-matter rules that give the other reading or keep this one. Decisions of the article's
 * rules and the site's settings are the editor's and not listed.
 * Usage: node src/cli/conversion-report.ts [--all | --min-risk N] content/a.md [content/b.md …]
 */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { formatDiagnostics } from "../lib/article/diagnostics.ts";
import type { FrontMatter } from "../lib/article/schema.ts";
import { readFrontMatter } from "../lib/article/front-matter.ts";
import { hasErrors, toDiagnostics } from "../lib/article/messages.ts";
import { reviewConversion, ruleForEditions, ruleLine, type Evidence, type ReviewKind } from "../lib/script/review.ts";
import type { NameCue } from "../lib/script/review-names.ts";
import { sourceLanguage, surnamesOf } from "../lib/script/converter.ts";
import { userEntries, userTrie } from "../lib/script/rules.ts";
import { detectScript } from "../lib/script/detect.ts";
import { LEXICON_REASON } from "../lib/script/engine.ts";
import type { TextLanguage } from "../lib/script/types.ts";
import { resolve } from "node:path";
import { siteConfigOrExit } from "../config/load.ts";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The front matter as the build reads it (schema-checked), or its problems as the build reports
 * them: the article's script and conversion rules decide what the list shows.
 */
function frontMatterOf(markdown: string, name: string): { data: FrontMatter | undefined; problems: string } {
  const front = FRONT_MATTER.exec(markdown);
  if (front === null) return { data: undefined, problems: "" };
  const file = new VFile({ path: name, value: markdown });
  const yamlStart = markdown.indexOf("\n") + 1;
  const { data } = readFrontMatter(front[1] ?? "", yamlStart, 0, file);
  return hasErrors(file)
    ? { data: undefined, problems: formatDiagnostics(toDiagnostics(file, name)) }
    : { data, problems: "" };
}

/** The body's prose, roughly: front matter, code and URLs blanked (offsets kept for line:column). */
export function proseOf(markdown: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, " ");
  return markdown
    .replace(FRONT_MATTER, blank)
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/<?https?:\/\/[^\s)>]+>?/g, blank)
    .replace(/-\{[^}]*\}-/g, blank);
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}

/** Risks below this are not shown unless --all: phrases and most context rules are right. */
const DEFAULT_MIN_RISK = 50;
const USAGE = "Usage: npm run conversion-report -- [--all | --min-risk N] <article.md>…";
const args = process.argv.slice(2);
let minRisk = DEFAULT_MIN_RISK;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? "";
  if (arg === "--help" || arg === "-h") {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === "--all") minRisk = 0;
  else if (arg === "--min-risk") minRisk = Number(args[++i]);
  else if (arg.startsWith("-")) {
    console.error(`Unknown option ${arg}.\n${USAGE}`);
    process.exit(2);
  } else files.push(arg);
}
if (files.length === 0 || !Number.isFinite(minRisk)) {
  console.error(USAGE);
  process.exit(2);
}
const siteConfig = siteConfigOrExit(resolve(import.meta.dirname, "../.."));
const KIND_LABEL = { default: "單字預設", rule: "上下文規則", name: "人名推測", phrase: "詞組" } as const;
/** Where news puts a name (Evidence.nameSlot), in the editor's words. */
const NAME_CUE_LABEL: Record<NameCue, string> = {
  "after-title": "職稱之後",
  "before-title": "職稱或稱呼之前",
  list: "人名並列",
  speaker: "說話人",
  "with-name": "與另一人名並列",
  "unnamed-person": "某姓某",
  opening: "句首",
  familiar: "老、小、阿加姓",
  "given-name": "後接常見名字",
};
/** What made a decision risky, in the editor's words. */
function evidenceNote(kind: ReviewKind, evidence: Evidence | undefined): string {
  if (evidence === undefined) return "";
  const notes = [
    kind === "default" && evidence.alone ? "單字成詞" : "",
    evidence.crosses ? "詞組跨詞界" : "",
    evidence.crosses && evidence.againstDefault === true ? "改用此字的少用讀法" : "",
    evidence.phraseMisread === true ? "此詞組另有一讀" : "",
    evidence.overlaps === true ? "詞組邊字可與鄰字成詞" : "",
    evidence.settled === true ? "上下文已排除他讀" : "",
    evidence.disagrees ? "與 OpenCC 原讀法不同" : "",
    evidence.known ? "詞典已收此人名" : "",
    evidence.nameShaped === true ? "此處可能是人名（姓氏）" : "",
    evidence.nameSlot === undefined ? "" : `此處常是人名（${NAME_CUE_LABEL[evidence.nameSlot]}）`,
    evidence.givenName === undefined ? "" : `此處常是人名，名字用字（${NAME_CUE_LABEL[evidence.givenName]}）`,
    evidence.rareForm === true ? "罕用簡體字形" : "",
    evidence.nearRule === undefined ? "" : `為此詞而設的上下文規則 ${evidence.nearRule} 未適用`,
    evidence.otherWord === undefined
      ? ""
      : `CC-CEDICT 詞條「${evidence.otherWord.word}」此字作「${evidence.otherWord.reading}」`,
  ].filter((note) => note !== "");
  return notes.length === 0 ? "" : `，${notes.join("，")}`;
}
let hidden = 0;
let total = 0;
const unreadable: string[] = [];
for (const file of files) {
  let markdown: string;
  try {
    markdown = readFileSync(file, "utf8");
  } catch (error) {
    unreadable.push(
      `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.`,
    );
    continue;
  }
  const { data, problems } = frontMatterOf(markdown, file);
  if (problems !== "") {
    unreadable.push(`${problems}\n${file}: fix its front matter as the build asks; not reviewed.`);
    continue;
  }
  const prose = proseOf(markdown);
  const source = data?.script ?? detectScript(prose);
  const settings = siteConfig.conversion;
  const rules = userEntries(
    settings.overrides,
    settings.groups,
    data?.conversion?.rules ?? [],
    data?.conversion?.groups ?? [],
  );
  const from: TextLanguage = sourceLanguage(source, settings);
  const surnames = surnamesOf(settings);
  for (const edition of settings.editions) {
    const all = reviewConversion(prose, from, edition, { user: userTrie(rules, from, edition), surnames });
    const items = all.filter((item) => item.risk >= minRisk);
    hidden += all.length - items.length;
    if (items.length === 0) continue;
    console.log(`${file} → ${edition.id}: ${items.length} to check`);
    for (const item of items) {
      const why =
        (item.reason === ""
          ? KIND_LABEL[item.kind]
          : item.reason === LEXICON_REASON
            ? "CC-CEDICT 詞條"
            : `${KIND_LABEL[item.kind]} ${item.reason}`) +
        (item.beat === undefined ? "" : `，未用詞組 ${item.beat}`) +
        evidenceNote(item.kind, item.evidence);
      console.log(
        `  ${file}:${lineColumn(prose, item.offset)}  [risk ${item.risk}] ${item.source} → ${item.target} (${item.candidates.join("/")}; ${why})  ${item.sentence}`,
      );
      console.log(
        `      to change it, add under "conversion:" → "rules:":\n${ruleLine(ruleForEditions(item.fix, edition, settings.editions))}\n` +
          `      or, to keep it and stop listing it:\n${ruleLine(ruleForEditions(item.keep, edition, settings.editions))}`,
      );
    }
    total += items.length;
  }
}
console.log(
  `${total} decision${total === 1 ? "" : "s"} to check${hidden > 0 ? ` (${hidden} of lower risk hidden: --all shows them)` : ""}.`,
);
if (unreadable.length > 0) {
  for (const line of unreadable) console.error(line);
  process.exit(1);
}

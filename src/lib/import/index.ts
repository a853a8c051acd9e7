/**
 * The importer: raw text copied from a news page → a clean Markdown article
 * and a report of every repair. Pure: no file system.
 */
import { decodeBytes, splitLines, unreadableReason, type Encoding } from "./decode.ts";
import { findGarbles, findOpenQuoteEnd } from "./garble.ts";
import { findLostCharacters, LOST_CHAR_MARKER } from "./lostchar.ts";
import { renderArticle, type FrontMatter } from "./markdown.ts";
import { toSimplified } from "./opencc.ts";
import { findPinyinAnnotations } from "./pinyin.ts";
import { findHalfWidthPunctuation } from "./punctuation.ts";
import { formatReport, type Attention, type ScriptReport } from "./report.ts";
import { classifyScript, roundTripMismatches } from "./script.ts";
import { slugify } from "./slug.ts";
import { recognise } from "./structure.ts";
import { applyEdits, mapText, track, trim, type Edit, type Repair, type TrackedText } from "./tracked.ts";
import type { CodePageName } from "./codepage.ts";

export type { Attention, ScriptReport } from "./report.ts";
export type { Repair } from "./tracked.ts";
export type { FrontMatter } from "./markdown.ts";

export type ImportSuccess = {
  ok: true;
  /** `<date>-<slug>.md` (or `<slug>.md` without a date). */
  fileName: string;
  markdown: string;
  front: FrontMatter;
  encoding: Encoding;
  repairs: Repair[];
  attention: Attention[];
  script: ScriptReport;
  /** Human-readable report of repairs and of spans needing attention. */
  report: string;
};
export type ImportFailure = { ok: false; reason: string };
export type ImportResult = ImportSuccess | ImportFailure;

const SUSPICIOUS = /\p{Script=Han}[A-Za-z](?=\p{Script=Han})|[\uFFFD]/gu;

export function importRaw(bytes: Uint8Array, sourceName: string): ImportResult {
  const { text, encoding } = decodeBytes(bytes);
  const unreadable = unreadableReason(text);
  if (unreadable !== undefined) return { ok: false, reason: `${sourceName}: ${unreadable}` };
  const rawLines = splitLines(text);
  if (rawLines.every((l) => l.trim() === "")) return { ok: false, reason: `${sourceName}: empty input` };
  const columnOf = (line: number, offset: number): number =>
    [...(rawLines[line - 1] ?? "").slice(0, offset)].length + 1;
  const repairs: Repair[] = [];
  const attention: Attention[] = [];
  const apply = (t: TrackedText, edits: readonly Edit[]): TrackedText => {
    const result = applyEdits(t, edits, columnOf);
    repairs.push(...result.repairs);
    return result.text;
  };

  let lines = rawLines
    .map((raw, i) => trim(mapText(track(i + 1, raw), (s) => s.replace(/[\u00a0\u2002\u2003\u3000]/g, " "))))
    .filter((t) => t.text !== "");
  lines = lines.map((t) => apply(t, findPinyinAnnotations(t.text)));
  const pages = new Set<CodePageName>();
  lines = lines.map((t) => {
    const garbles = findGarbles(t.text);
    garbles.forEach((g) => pages.add(g.page));
    return apply(
      t,
      garbles.map((g) => g.edit),
    );
  });
  lines = lines.map((t) => {
    const lost = findLostCharacters(t.text, pages.size > 0 ? [...pages] : ["gbk", "big5"]);
    for (const l of lost.filter((x) => !x.confident)) {
      attention.push({
        line: t.line,
        column: columnOf(t.line, t.origins[l.edit.start] ?? 0),
        text: t.text.slice(l.edit.start, l.edit.end),
        reason: `lost character left as ${LOST_CHAR_MARKER}; candidates: ${l.candidates.join(" ") || "none"}`,
      });
    }
    return apply(
      t,
      lost.map((l) => l.edit),
    );
  });
  lines = lines.map((t, i) => {
    const edit = findOpenQuoteEnd(t.text, lines[i + 1]?.text);
    return edit ? apply(t, [edit]) : t;
  });
  lines = lines.map((t) => apply(t, findHalfWidthPunctuation(t.text)));

  for (const t of lines) {
    for (const m of t.text.matchAll(SUSPICIOUS)) {
      attention.push({
        line: t.line,
        column: columnOf(t.line, t.origins[m.index ?? 0] ?? 0),
        text: m[0],
        reason: "looks garbled",
      });
    }
  }

  const structure = recognise(lines.map((t) => ({ text: t.text, line: t.line })));
  if ("error" in structure) return { ok: false, reason: `${sourceName}: ${structure.error}` };

  const verdict = classifyScript(lines.map((t) => t.text).join("\n"));
  const script: ScriptReport = { kind: verdict.kind, script: verdict.script, evidence: [] };
  if (verdict.kind === "naive-traditional") {
    for (const t of lines) {
      for (const e of roundTripMismatches(t.text)) {
        script.evidence.push({
          line: t.line,
          column: columnOf(t.line, t.origins[e.index] ?? 0),
          found: e.found,
          expected: e.expected,
        });
      }
    }
  }
  const finish = verdict.kind === "naive-traditional" ? toSimplified : (s: string): string => s;

  const front: FrontMatter = {
    title: finish(structure.title),
    source: finish(structure.source ?? ""),
    script: verdict.script,
  };
  if (structure.date) front.date = structure.date;
  else attention.push({ line: structure.titleLine, column: 1, text: "", reason: "no date found" });
  if (!structure.source) attention.push({ line: structure.titleLine, column: 1, text: "", reason: "no source found" });
  if (structure.author) front.author = finish(structure.author);
  if (structure.breadcrumb.length > 0) front.breadcrumb = structure.breadcrumb.map(finish);
  if (structure.reprintedFrom) front.reprintedFrom = finish(structure.reprintedFrom);
  const blocks = structure.blocks.map((b) => ({ ...b, text: finish(b.text) }));
  attention.sort((a, b) => a.line - b.line || a.column - b.column);
  repairs.sort((a, b) => a.line - b.line || a.column - b.column);

  const slug = slugify(front.title);
  return {
    ok: true,
    fileName: `${front.date ? `${front.date}-` : ""}${slug}.md`,
    markdown: renderArticle(front, blocks),
    front,
    encoding,
    repairs,
    attention,
    script,
    report: formatReport(repairs, attention, script, encoding),
  };
}

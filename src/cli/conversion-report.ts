/**
 * Review list for editors: per article file and edition, every character with several possible
 * conversions that the single-character default decided (no phrase, word rule or context rule).
 * Usage: node src/cli/conversion-report.ts content/a.md [content/b.md …]
 */
import { readFileSync } from "node:fs";
import { reviewConversion } from "../lib/script/review.ts";
import { detectScript } from "../lib/script/detect.ts";
import type { TextLanguage } from "../lib/script/types.ts";
import { resolve } from "node:path";
import { siteConfigOrExit } from "../config/load.ts";

/** The body's prose, roughly: front matter, code and URLs blanked (offsets kept for line:column). */
export function proseOf(markdown: string): { prose: string; script: "hans" | "hant" | undefined } {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const script = /^script:\s*(hans|hant)\s*$/m.exec(front?.[1] ?? "")?.[1] as "hans" | "hant" | undefined;
  const blank = (match: string) => match.replace(/[^\n]/g, " ");
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/<?https?:\/\/[^\s)>]+>?/g, blank)
    .replace(/-\{[^}]*\}-/g, blank);
  return { prose, script };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("Usage: node src/cli/conversion-report.ts <article.md>…");
  process.exit(2);
}
const siteConfig = siteConfigOrExit(resolve(import.meta.dirname, "../.."));
let total = 0;
for (const file of files) {
  const { prose, script } = proseOf(readFileSync(file, "utf8"));
  const source = script ?? detectScript(prose);
  for (const edition of siteConfig.conversion.editions) {
    const from: TextLanguage =
      source === "hans"
        ? { script: "hans", standard: "cn" }
        : {
            script: "hant",
            standard: siteConfig.conversion.editions.find((e) => e.script === "hant")?.standard ?? "tw",
          };
    const items = reviewConversion(prose, from, edition);
    if (items.length === 0) continue;
    console.log(`${file} → ${edition.id}: ${items.length} to check`);
    for (const item of items) {
      console.log(
        `  ${file}:${lineColumn(prose, item.offset)}  ${item.source} → ${item.target} (${item.candidates.join("/")})  ${item.context}`,
      );
    }
    total += items.length;
  }
}
console.log(`${total} character${total === 1 ? "" : "s"} decided by a single-character default.`);

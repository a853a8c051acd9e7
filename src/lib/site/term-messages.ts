/**
 * Tells editors which spellings of a section, tag or author the site merged into one page
 * (taxonomy.ts decides): one warning per spelling besides the most used one, at that spelling in
 * the front matter of the first article (by file name) that writes it.
 */
import type { Diagnostic } from "../article/diagnostics.ts";
import type { ArticleSummary } from "../article/schema.ts";
import { authorTerms, clusterTerms, sameName, sectionTerms, tagTerms, type Spelling, type Term } from "./taxonomy.ts";

export const TERM_MERGED_RULE = "term-spellings-merged";

type Located = ArticleSummary & { readonly file: string };

const KINDS: readonly { what: string; keys: readonly string[]; terms: (article: ArticleSummary) => readonly Term[] }[] =
  [
    { what: "Section", keys: ["category", "breadcrumb"], terms: sectionTerms },
    { what: "Tag", keys: ["tags"], terms: tagTerms },
    { what: "Author", keys: ["authors", "author"], terms: authorTerms },
  ];

/** Line and column of the first of `texts` in the front matter of `source`, else of the first of `keys:`. */
function locate(source: string, texts: readonly string[], keys: readonly string[]): { line: number; column: number } {
  const end = source.indexOf("\n---", 3);
  const head = end < 0 ? source : source.slice(0, end);
  const lines = head.split("\n");
  for (const text of [...texts.filter((t) => t !== ""), ...keys.map((key) => `${key}:`)]) {
    for (const [index, line] of lines.entries()) {
      const column = text.endsWith(":") ? (line.startsWith(text) ? 0 : -1) : line.indexOf(text);
      if (column >= 0) return { line: index + 1, column: [...line.slice(0, column)].length + 1 };
    }
  }
  return { line: 1, column: 1 };
}

const list = (spelling: Spelling<Located>): string => {
  const files = spelling.articles.map((article) => article.file).sort();
  return files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
};

/**
 * Warnings for merged spellings of every kind. `readText` gives an article file's text (for the
 * position), or undefined when it cannot be read.
 */
export function mergedTermWarnings(
  articles: readonly Located[],
  readText: (file: string) => string | undefined,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const kind of KINDS) {
    const { clusters } = clusterTerms(articles, kind.terms);
    for (const { spellings, name } of clusters) {
      const [main, ...others] = spellings;
      if (main === undefined) continue;
      for (const other of others) {
        const where = Object.keys(other.name).find(
          (edition) => sameName(other.name[edition] ?? "") === sameName(main.name[edition] ?? ""),
        );
        const reads =
          where === undefined
            ? "read alike in the site's editions"
            : `read the same in edition ${where} ("${main.name[where] ?? ""}")`;
        const first = [...other.articles].sort((a, b) => a.file.localeCompare(b.file))[0];
        if (first === undefined) continue;
        const source = readText(first.file) ?? "";
        const at = locate(source, Object.values(other.name), kind.keys);
        const titles = Object.entries(name)
          .map(([edition, title]) => `${edition} "${title}"`)
          .join(", ");
        diagnostics.push({
          file: first.file,
          ...at,
          severity: "warning",
          message: `${kind.what} "${other.key}" (${list(other)}) and "${main.key}" (${list(main)}) ${reads}: they are one ${kind.what.toLowerCase()} with one page, titled ${titles}. Nothing to do if they are the same; write one spelling everywhere to silence this warning, or give one a distinct name (or conversion markup -{…}-) if they are not.`,
          ruleId: TERM_MERGED_RULE,
        });
      }
    }
  }
  return diagnostics;
}

/** Checks that hold across articles: every slug names one page. */
import type { Diagnostic } from "./diagnostics.ts";

export type SluggedArticle = {
  readonly slug: string;
  readonly file: string;
  /** Where `slug:` is written; absent when the slug comes from the file name (reported at 1:1). */
  readonly slugAt?: { readonly line: number; readonly column: number } | undefined;
};

/**
 * Slugs used by more than one article, reported at each article's `slug:` line. Slugs that differ
 * only in letter case or Unicode form collide too: on macOS and Windows `A.html` and `a.html` are
 * one file.
 */
export function duplicateSlugs(articles: readonly SluggedArticle[]): Diagnostic[] {
  const bySlug = new Map<string, SluggedArticle[]>();
  for (const article of articles) {
    const key = article.slug.normalize("NFC").toLowerCase();
    const group = bySlug.get(key);
    if (group === undefined) bySlug.set(key, [article]);
    else group.push(article);
  }
  const diagnostics: Diagnostic[] = [];
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group
        .filter((other) => other !== article)
        .map((other) => (other.slugAt ? `${other.file}:${other.slugAt.line}:${other.slugAt.column}` : other.file))
        .join(", ");
      const fromName = article.slugAt === undefined;
      diagnostics.push({
        file: article.file,
        line: article.slugAt?.line ?? 1,
        column: article.slugAt?.column ?? 1,
        severity: "error",
        message: `Slug "${article.slug}"${fromName ? " (from the file name)" : ""} is also used by ${others}: ${fromName ? "rename one of the files, or set a different `slug:` in one of them" : "change one of the `slug:` lines"}.`,
        ruleId: "duplicate-slug",
      });
    }
  }
  return diagnostics;
}

/** Checks that hold across articles: every slug names one article. */
import type { Diagnostic } from "./diagnostics.ts";

export function duplicateSlugs(articles: readonly { slug: string; file: string }[]): Diagnostic[] {
  const bySlug = new Map<string, string[]>();
  for (const { slug, file } of articles) bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  const diagnostics: Diagnostic[] = [];
  for (const [slug, files] of bySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((other) => other !== file).join(", ");
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: "error",
        message: `Slug "${slug}" is also used by ${others}: rename one file or give one a different \`slug:\`.`,
      });
    }
  }
  return diagnostics;
}

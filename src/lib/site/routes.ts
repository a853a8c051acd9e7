/** Static routes built from the article collection (kept out of pages: getStaticPaths runs isolated). */
import type { Article } from "../article/schema.ts";
import { SCRIPTS, type Script } from "../script/types.ts";
import { SCRIPT_SEGMENT } from "./paths.ts";

type Entry = { id: string; data: Article };

export function articlePaths(entries: readonly Entry[]) {
  return entries.flatMap((entry) =>
    SCRIPTS.map((script) => ({
      params: { script: SCRIPT_SEGMENT[script], slug: entry.id },
      props: { article: entry.data, script },
    })),
  );
}

export function scriptPaths() {
  return SCRIPTS.map((script) => ({ params: { script: SCRIPT_SEGMENT[script] }, props: { script } }));
}

/** Newest first; ties broken by title so the order is stable. */
export function newestFirst(entries: readonly Entry[]): Article[] {
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

export type { Script };

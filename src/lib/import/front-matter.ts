/**
 * The importer's front matter: every article field it writes, in one place, from what was found
 * (the lead derives this from the declarative list of article fields in src/lib/article/).
 */
import type { Script } from "../script/types.ts";

export type FrontMatter = {
  title: string;
  date?: string;
  source: string;
  author?: string;
  breadcrumb?: string[];
  reprintedFrom?: string;
  summary?: string;
  originalUrl?: string;
  slug?: string;
  script: Script;
};

/** What the importer found for each field (options already applied), before the script's finish. */
export type FoundFields = {
  title: string;
  date?: string | undefined;
  source: string;
  author?: string | undefined;
  breadcrumb: readonly string[];
  reprintedFrom?: string | undefined;
  originalUrl?: string | undefined;
  slug?: string | undefined;
  script: Script;
};

/** Front matter from the found fields; `finish` turns text into the stored script (naive → Simplified). */
export function assembleFrontMatter(found: FoundFields, finish: (text: string) => string): FrontMatter {
  const front: FrontMatter = { title: finish(found.title), source: finish(found.source), script: found.script };
  if (found.date) front.date = found.date;
  if (found.author) front.author = finish(found.author);
  if (found.breadcrumb.length > 0) front.breadcrumb = found.breadcrumb.map(finish);
  if (found.reprintedFrom) front.reprintedFrom = finish(found.reprintedFrom);
  if (found.originalUrl) front.originalUrl = found.originalUrl;
  if (found.slug) front.slug = found.slug;
  return front;
}

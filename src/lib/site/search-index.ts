/** Writes the Pagefind index of a site from its search records. */
import * as pagefind from "pagefind";
import type { SearchRecord } from "./search-records.ts";

/** Records in flight at once: each is a round trip to the Pagefind process. */
const BATCH = 256;

export type SearchIndexTimings = { records: number; addMs: number; writeMs: number };

export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputPath: string,
): Promise<SearchIndexTimings> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "zh" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const add = async (record: SearchRecord) => {
      const added = await index.addCustomRecord({
        url: `/${record.slug}/`,
        content: record.content,
        language: "zh",
        meta: {
          slug: record.slug,
          date: record.date,
          title: record.title.hans,
          title_hans: record.title.hans,
          title_hant: record.title.hant,
          summary_hans: record.summary.hans,
          summary_hant: record.summary.hant,
        },
        sort: { date: record.date },
      });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    };
    const started = performance.now();
    for (let start = 0; start < records.length; start += BATCH) {
      await Promise.all(records.slice(start, start + BATCH).map(add));
    }
    const added = performance.now();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { records: records.length, addMs: added - started, writeMs: performance.now() - added };
  } finally {
    await pagefind.close();
  }
}

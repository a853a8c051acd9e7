/** Writes the Pagefind index for a built site from its search records. */
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./search-records.ts";

export const RECORDS_FILE = "search-records.json";
const BATCH = 256;

/** Indexes `<site>/search-records.json` into `<site>/pagefind/`, then removes the records file. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const recordsPath = join(siteDir, RECORDS_FILE);
  const records = JSON.parse(await readFile(recordsPath, "utf8")) as SearchRecord[];
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "zh" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Each call is a round trip to the Pagefind process: keep many in flight instead of one at a time.
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
    for (let start = 0; start < records.length; start += BATCH) {
      await Promise.all(records.slice(start, start + BATCH).map(add));
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  await rm(recordsPath);
  return records.length;
}

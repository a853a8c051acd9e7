/** Names of the search index's per-edition fields, shared by the indexer and the search page. */

/** Name of a per-edition meta field: metaKey("title", "zh-hant") → "title_zh_hant". */
export function metaKey(field: "title" | "summary" | "section", edition: string): string {
  return `${field}_${edition.replace(/-/g, "_")}`;
}

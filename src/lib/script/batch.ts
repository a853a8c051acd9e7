/**
 * Converting the texts of many articles together: one `convertMany` call per converter and
 * direction. Converting between other work is about twice as slow, as that work's memory traffic
 * evicts opencc's dictionaries from the processor's caches.
 */
import type { Converter } from "./converter.ts";
import type { ArticleConversion, EditionStyle, TextLanguage } from "./types.ts";

/** What an edition needs converted: from the article's script to the edition's. */
export type ConversionRequest = {
  readonly converter: Converter;
  readonly from: TextLanguage;
  readonly to: EditionStyle;
  /** The article's own rules and groups, if it declares any. */
  readonly article?: ArticleConversion;
  readonly texts: readonly string[];
};

/** The converted texts of every request, in request order. */
export function convertRequests(requests: readonly ConversionRequest[]): string[][] {
  const groups = new Map<Converter, Map<string, ConversionRequest[]>>();
  for (const request of requests) {
    const byDirection = groups.get(request.converter) ?? new Map<string, ConversionRequest[]>();
    groups.set(request.converter, byDirection);
    // Articles with rules of their own are converted apart from the rest of the batch.
    const rules = request.article === undefined ? "" : `|${JSON.stringify(request.article)}`;
    const key = `${request.from.script}:${request.from.standard}>${request.to.id}${rules}`;
    const group = byDirection.get(key);
    if (group === undefined) byDirection.set(key, [request]);
    else group.push(request);
  }
  const results = new Map<ConversionRequest, string[]>();
  for (const [converter, byDirection] of groups) {
    for (const group of byDirection.values()) {
      const first = group[0];
      if (first === undefined) continue;
      const all = converter.convertMany(
        group.flatMap((request) => request.texts),
        first.from,
        first.to,
        first.article,
      );
      let next = 0;
      for (const request of group) {
        results.set(request, all.slice(next, next + request.texts.length));
        next += request.texts.length;
      }
    }
  }
  return requests.map((request) => results.get(request) ?? []);
}

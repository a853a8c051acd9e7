/**
 * Search page: loads Pagefind and the Traditional→Simplified query folder only when the reader
 * starts searching. The index holds Simplified words, so the query is folded to Simplified and cut
 * into words the way the index was (search-words.ts); queries in either script match.
 */
import { excerpt, highlightRanges } from "../lib/site/highlight.ts";
import { DELTA_META, excerptPath, metaKey, SHARD_META, type SearchManifest } from "../lib/site/search-meta.ts";
import { queryTerms, type QueryTerm } from "../lib/site/search-words.ts";

type Config = {
  /** The reader's edition id. */
  edition: string;
  lang: string;
  bundle: string;
  articleBase: string;
  noResults: string;
  results: string;
  timeZone: string;
};
const MAX_RESULTS = 30;

type Result = { id: string; data: () => Promise<{ content: string; meta: Record<string, string> }> };
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (query: string) => Promise<{ results: Result[] }>;
};

const form = document.querySelector<HTMLFormElement>("[data-np-search]");
if (form) {
  const config = JSON.parse(form.dataset["npSearch"] ?? "{}") as Config;
  const input = form.querySelector("input") as HTMLInputElement;
  const status = document.querySelector(".np-search-status") as HTMLElement;
  const list = document.querySelector(".np-search-results") as HTMLElement;
  type Index = { readonly pagefind: Pagefind; readonly stale: ReadonlySet<string> };
  let engine: Promise<{ index: Index | undefined; fold: (text: string) => string }> | undefined;

  // The index is sharded: the manifest names the base shards and the delta shard of articles
  // changed since (search-delta.ts); the first one's script merges the others.
  const start = async (): Promise<Index | undefined> => {
    const manifest = (await (await fetch(`${config.bundle}shards.json`)).json()) as SearchManifest;
    const [first, ...others] = manifest.delta === undefined ? manifest.shards : [...manifest.shards, manifest.delta];
    if (first === undefined) return undefined;
    const pagefind = (await import(/* @vite-ignore */ `${config.bundle}${first}/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: "/" });
    for (const shard of others) await pagefind.mergeIndex(`${config.bundle}${shard}/`);
    return { pagefind, stale: new Set(manifest.stale) };
  };
  const load = () =>
    (engine ??= Promise.all([start(), import("../lib/site/fold.ts")]).then(([index, { fold }]) => ({
      index,
      fold,
    })));

  // Pagefind searches each shard on its own and drops a word that a shard does not hold, so a
  // shard can answer with articles that lack some of the words: keep only those that hold all. A
  // base shard's copy of an article changed or deleted since is dropped: the delta holds the current one.
  const matching = async ({ pagefind, stale }: Index, query: readonly QueryTerm[]) => {
    const terms = query.flatMap((term) => term.lookup);
    const combined = (await pagefind.search(terms.join(" "))).results;
    // Only results every word's own search finds can hold them all: their fragments alone are
    // loaded (a query whose words never meet loaded every result's fragment, megabytes of them).
    const each =
      terms.length < 2
        ? []
        : await Promise.all(
            terms.map(async (term) => new Set((await pagefind.search(term)).results.map((result) => result.id))),
          );
    const results = combined.filter((result) => each.every((ids) => ids.has(result.id)));
    const found: Awaited<ReturnType<Result["data"]>>[] = [];
    for (let start = 0; start < results.length && found.length < MAX_RESULTS; start += MAX_RESULTS) {
      const batch = await Promise.all(results.slice(start, start + MAX_RESULTS).map((result) => result.data()));
      for (const data of batch) {
        if (stale.has(data.meta["slug"] ?? "") && data.meta[DELTA_META] === undefined) continue;
        const indexed = data.content.toLowerCase().split(" ");
        if (terms.every((term) => indexed.some((word) => word.startsWith(term)))) found.push(data);
      }
    }
    return found.slice(0, MAX_RESULTS);
  };

  const dates = new Intl.DateTimeFormat(config.lang, { dateStyle: "long", timeZone: config.timeZone });
  /** An element holding `text` with the query's words marked. */
  const marked = (tag: string, text: string, ranges: readonly [number, number][]) => {
    const element = document.createElement(tag);
    let at = 0;
    for (const [start, end] of ranges) {
      const mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      element.append(text.slice(at, start), mark);
      at = end;
    }
    element.append(text.slice(at));
    return element;
  };

  /**
   * The reader's edition's text an excerpt is cut from, kept beside the shard's index (every
   * edition's, search-records.ts); empty when it cannot be had.
   */
  const excerptSource = async (meta: Record<string, string>) => {
    const shard = meta[SHARD_META];
    const slug = meta["slug"];
    if (!shard || !slug) return "";
    const response = await fetch(`${config.bundle}${excerptPath(shard, slug)}`).catch(() => undefined);
    const texts = response?.ok ? ((await response.json().catch(() => ({}))) as Record<string, string>) : {};
    return texts[config.edition] ?? "";
  };

  const render = async (query: string) => {
    const { index, fold } = await load();
    const terms = queryTerms(fold(query));
    const words = terms.flatMap((term) => term.marks);
    const found = index && terms.length > 0 ? await matching(index, terms) : [];
    const texts = await Promise.all(found.map(({ meta }) => excerptSource(meta)));
    list.replaceChildren(
      ...found.map(({ meta }, position) => {
        const item = document.createElement("li");
        const heading = document.createElement("h2");
        heading.className = "np-card-title";
        const title = meta[metaKey("title", config.edition)] ?? "";
        const link = marked("a", title, highlightRanges(title, words, fold)) as HTMLAnchorElement;
        link.href = `${config.articleBase}${meta["slug"]}.html`;
        heading.append(link);
        const details = document.createElement("p");
        details.className = "np-meta";
        const section = meta[metaKey("section", config.edition)];
        if (section) details.append(Object.assign(document.createElement("span"), { textContent: section }));
        const date = meta["date"] ?? "";
        const time = document.createElement("time");
        time.dateTime = date;
        time.textContent = date ? dates.format(new Date(date.length <= 10 ? `${date}T12:00:00Z` : date)) : "";
        details.append(time);
        // An excerpt around the first match in the text; the summary when the match is in the title only.
        const text = texts[position] ?? "";
        const around = excerpt(text, words, fold);
        const plain = meta[metaKey("summary", config.edition)] ?? "";
        const summary = around
          ? marked("p", around.text, around.ranges)
          : marked("p", plain, highlightRanges(plain, words, fold));
        summary.className = "np-summary";
        item.append(heading, details, summary);
        return item;
      }),
    );
    // The edition switch keeps the query: the same search in the other script.
    for (const other of document.querySelectorAll<HTMLAnchorElement>("a[data-np-edition]")) {
      other.search = `?q=${encodeURIComponent(query)}`;
    }
    const template = found.length === 0 ? config.noResults : config.results;
    status.textContent = template.replace("{q}", query).replace("{n}", String(found.length));
  };

  input.addEventListener("focus", () => void load(), { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query !== "") {
      history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
      void render(query);
    }
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    void render(initial);
  }
}

/**
 * Which stories go where on the front page: the latest rail and the section blocks below it.
 * No story appears twice, and every section with a story besides the top one keeps its block:
 * when the rail would take all of a section's stories, it gives back that section's oldest one,
 * as long as the rail keeps MIN_RAIL stories (a small site fills its rail rather than leave a hole
 * beside the top story).
 */
export const MIN_RAIL = 2;

export type FrontLayout<R, S> = {
  readonly latest: readonly R[];
  readonly sections: readonly { readonly section: S; readonly articles: readonly R[] }[];
};

/**
 * @param newest stories newest first (the first index page)
 * @param sections each section's newest stories, top story already left out
 * @param railSize how many stories the rail holds at most
 */
export function frontLayout<R, S>(
  top: R | undefined,
  newest: readonly R[],
  sections: readonly { readonly section: S; readonly articles: readonly R[] }[],
  railSize: number,
): FrontLayout<R, S> {
  const latest = newest.filter((article) => article !== top).slice(0, railSize);
  const keep = Math.min(railSize, MIN_RAIL);
  for (const { articles } of sections) {
    if (latest.length <= keep) break;
    const rest = articles.filter((article) => article !== top);
    if (rest.length === 0 || rest.some((article) => !latest.includes(article))) continue;
    const oldest = rest.at(-1) as R;
    latest.splice(latest.indexOf(oldest), 1);
  }
  return {
    latest,
    sections: sections
      .map(({ section, articles }) => ({
        section,
        articles: articles.filter((article) => article !== top && !latest.includes(article)),
      }))
      .filter(({ articles }) => articles.length > 0),
  };
}

/**
 * Splits a newest-first list into pages of a fixed size; page numbers start at 1 (the newest) and
 * there is always one page.
 *
 * Pages are filled from the oldest story: every page after the first holds exactly `size` stories,
 * and the first holds the rest: `size` to `2 × size − 1` stories once the listing has two full
 * pages, fewer before. Publishing a story then changes the first page only, and the older pages
 * keep their stories, so a rebuild renders one page of each listing the story is in, not the whole
 * archive. Once every `size` stories the first page splits and the pages are numbered again.
 */
export const PAGE_SIZE = 20;

export type Page<T> = { readonly items: readonly T[]; readonly number: number; readonly count: number };

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = items.length <= size ? 1 : Math.max(2, Math.floor(items.length / size));
  const first = items.length - (count - 1) * size;
  return Array.from({ length: count }, (_, index) => {
    const start = index === 0 ? 0 : first + (index - 1) * size;
    return { items: items.slice(start, index === 0 ? first : start + size), number: index + 1, count };
  });
}

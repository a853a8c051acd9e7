/** Splits a list into pages of a fixed size; page numbers start at 1 and there is always one page. */
export const PAGE_SIZE = 20;

export type Page<T> = { readonly items: readonly T[]; readonly number: number; readonly count: number };

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
  }));
}

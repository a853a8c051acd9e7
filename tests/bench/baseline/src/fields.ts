/**
 * Reads a front-matter string. The pages are type-checked both by the baseline's own generated
 * types and, by `astro check`, with the main project's types, where `articles` has another shape.
 */
export function field(data: object, key: string): string | undefined {
  const value: unknown = (data as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/** Number formatting and plain-text tables for the bench report. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const seconds = (ms: number | undefined): string => (ms === undefined ? "n/a" : `${(ms / 1000).toFixed(2)} s`);
export const millis = (ms: number | undefined): string => (ms === undefined ? "n/a" : `${ms.toFixed(0)} ms`);
export const mib = (bytes: number | undefined): string =>
  bytes === undefined ? "n/a" : `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const kib = (bytes: number | undefined): string =>
  bytes === undefined ? "n/a" : `${(bytes / 1024).toFixed(1)} KiB`;
export const ratio = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? "n/a" : `${value.toFixed(2)}×`;
export const percent = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? "n/a" : `${(value * 100).toFixed(1)} %`;

/** Left column padded; other columns right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = " ".repeat((widths[i] ?? 0) - [...cell].length);
          return i === 0 ? cell + pad : pad + cell;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function heading(title: string): string {
  return `\n${title}\n${"-".repeat(title.length)}`;
}

/**
 * What earlier syncs read of each content file, kept between builds: a file whose size,
 * modification and status-change times are unchanged is not read again. At 20,000 articles,
 * reading and digesting every file is most of an unchanged article's cost in a rebuild.
 * The memo only says which digest a file had; the content store's entry must still carry that
 * digest (and its parser's fingerprint) for the article to be reused.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export type FileStamp = { readonly size: number; readonly mtimeMs: number; readonly ctimeMs: number };
type Entry = FileStamp & { readonly digest: string };

export class FileMemo {
  private readonly entries = new Map<string, Entry>();
  private readonly file: string | undefined;
  private parser = "";

  /** @param file where the memo is kept between builds; undefined keeps it in memory only */
  constructor(file?: string) {
    this.file = file;
    if (file === undefined) return;
    try {
      const saved = JSON.parse(readFileSync(file, "utf8")) as { parser?: unknown; entries?: unknown };
      if (typeof saved.parser !== "string" || !Array.isArray(saved.entries)) return;
      this.parser = saved.parser;
      for (const row of saved.entries as unknown[]) {
        if (!Array.isArray(row) || row.length !== 5) continue;
        const [path, size, mtimeMs, ctimeMs, digest] = row as unknown[];
        if (typeof path === "string" && typeof digest === "string" && [size, mtimeMs, ctimeMs].every(Number.isFinite))
          this.entries.set(path, { size, mtimeMs, ctimeMs, digest } as Entry);
      }
    } catch {
      // No memo yet, or an unreadable one: every file is read.
    }
  }

  /** The digest `path` had when it was last read, if it has not changed since (and the parser has not). */
  digest(path: string, stamp: FileStamp, parser: string): string | undefined {
    if (parser !== this.parser) return undefined;
    const entry = this.entries.get(path);
    return entry !== undefined &&
      entry.size === stamp.size &&
      entry.mtimeMs === stamp.mtimeMs &&
      entry.ctimeMs === stamp.ctimeMs
      ? entry.digest
      : undefined;
  }

  set(path: string, stamp: FileStamp, parser: string, digest: string): void {
    if (parser !== this.parser) {
      this.entries.clear();
      this.parser = parser;
    }
    this.entries.set(path, { size: stamp.size, mtimeMs: stamp.mtimeMs, ctimeMs: stamp.ctimeMs, digest });
  }

  delete(path: string): void {
    this.entries.delete(path);
  }

  /** Keeps only `paths` and writes the memo (atomically) for the next build. */
  save(paths: ReadonlySet<string>): void {
    for (const path of this.entries.keys()) if (!paths.has(path)) this.entries.delete(path);
    if (this.file === undefined) return;
    const rows = [...this.entries].map(([path, e]) => [path, e.size, e.mtimeMs, e.ctimeMs, e.digest]);
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ parser: this.parser, entries: rows }));
    renameSync(temporary, this.file);
  }
}

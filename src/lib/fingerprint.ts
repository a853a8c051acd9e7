/** A hash of the code and settings that shape parsed articles, folded into every cache digest. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Hashes the given files and folders (recursively, in a stable order) plus extra strings. */
export function fingerprint(paths: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash("sha256");
  for (const path of paths) addPath(hash, path);
  for (const value of extra) hash.update(`\0${value}`);
  return hash.digest("hex").slice(0, 16);
}

function addPath(hash: ReturnType<typeof createHash>, path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return;
  if (stats.isDirectory()) {
    for (const name of readdirSync(path).sort()) addPath(hash, join(path, name));
    return;
  }
  hash.update(`\0${path}\0`);
  hash.update(readFileSync(path));
}

/** A hash of the code and settings that shape parsed articles, folded into every cache digest. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Hashes the given files and folders under `root` (recursively, in a stable order, named by their
 * path inside it: the same project in another folder has the same fingerprint) plus extra strings.
 */
export function fingerprint(root: string, paths: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash("sha256");
  for (const path of paths) addPath(hash, root, path);
  for (const value of extra) hash.update(`\0${value}`);
  return hash.digest("hex").slice(0, 16);
}

function addPath(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  const full = join(root, path);
  const stats = statSync(full, { throwIfNoEntry: false });
  if (stats === undefined) return;
  if (stats.isDirectory()) {
    for (const name of readdirSync(full).sort()) addPath(hash, root, join(path, name));
    return;
  }
  hash.update(`\0${path}\0`);
  hash.update(readFileSync(full));
}

/** Puts a copy of a folder tree elsewhere by hard-linking its files: no bytes are written twice. */
import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Mirrors `source` into `target` (created as needed). Files are hard links, or copies where the
 * file system refuses links (another device, no link support). Both trees must then be treated
 * as read-only: writing to a file changes it in both.
 */
export async function linkTree(source: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  const entries = await readdir(source, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const from = join(source, entry.name);
      const to = join(target, entry.name);
      if (entry.isDirectory()) return linkTree(from, to);
      try {
        await link(from, to);
      } catch {
        await copyFile(from, to);
      }
    }),
  );
}

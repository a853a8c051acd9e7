/**
 * The originals of the photos a build publishes, where Astro's image generation reads them.
 *
 * Pages hand getImage() a description of each photo whose `src` is a file under ORIGINALS_PATH
 * (src/lib/site/photo-source.ts); Astro encodes a photo by reading that file from the output
 * folder, as it reads the originals its bundler emits. The build links each original there before
 * pages are made (a hard link: nothing is copied or held in memory) and, when photos are encoded
 * at build time, removes them once they are (the full-size originals are not part of the
 * site). A Thumbor server fetches the originals from the site, so with Thumbor they stay.
 */
import { copyFileSync, linkSync, mkdirSync, realpathSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Under the output folder and the site's base: Astro's asset folder (`build.assets`, left at its default). */
export const ORIGINALS_PATH = "_astro/photos";

export type Original = { readonly name: string; readonly path: string };

/**
 * Links (or, across file systems, copies) each original into `<outDir>/_astro/photos/<name>`. A
 * file already there under that name is the same photo (the name holds its content's digest). A
 * photo reached through a symbolic link is linked by its real path: the site never holds a link.
 */
export function publishOriginals(outDir: string, originals: readonly Original[]): void {
  const dir = join(outDir, ORIGINALS_PATH);
  mkdirSync(dir, { recursive: true });
  for (const { name, path } of originals) {
    const target = join(dir, name);
    const real = realpathSync(path);
    try {
      linkSync(real, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EXDEV") copyFileSync(real, target);
      else if (code !== "EEXIST") throw error;
    }
  }
}

/** Removes the originals once Astro has encoded them (the encoded files, beside them, stay). */
export function removeOriginals(outDir: string, originals: readonly Original[]): void {
  const dir = join(outDir, ORIGINALS_PATH);
  for (const { name } of originals) rmSync(join(dir, name), { force: true });
}

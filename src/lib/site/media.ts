/**
 * Photos of an article, handed to Astro's image pipeline through the collection schema's image()
 * helper (src/content.config.ts). Each file is probed first: an image Astro cannot read would stop
 * the whole build with a message naming neither article nor image, so an unreadable one is
 * reported with both and left out (the page then shows its caption without the picture).
 */
import { rmSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import sharp from "sharp";
import type { Diagnostic } from "../article/diagnostics.ts";
import { imageFilesOf } from "./news.ts";

/** What the loader stores for image(): paths relative to the article file (`./a.jpg`, `../media/b.jpg`). */
export type Photos = {
  readonly lead?: string;
  readonly body: readonly { readonly key: string; readonly src: string }[];
};

/** Formats Astro's sharp service encodes from. */
const READABLE = new Set(["jpeg", "png", "webp", "avif", "gif", "tiff"]);

async function readable(path: string): Promise<string | undefined> {
  try {
    const { format, width, height } = await sharp(path).metadata();
    if (!format || !READABLE.has(format)) return `is not a photo format Astro can encode (${format ?? "unknown"})`;
    if (!width || !height) return "has no width or height";
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return /no such file|ENOENT/i.test(reason) ? "does not exist" : `cannot be read (${reason})`;
  }
}

/** Line and column where the text names the file, for the report; 1:1 when it does not. */
function position(text: string, path: string): { line: number; column: number } {
  const name = path.split(/[\\/]/).pop() ?? path;
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const column = line.indexOf(name);
    if (column >= 0) return { line: index + 1, column: column + 1 };
  }
  return { line: 1, column: 1 };
}

/**
 * The photos of an article, probed.
 * @param root project root; `record.file` and relative image paths are relative to it
 * @param text the article's Markdown, to point the report at the line naming a bad image
 */
export async function articlePhotos(
  record: { readonly file: string },
  root: string,
  text: string,
): Promise<{ photos: Photos; diagnostics: Diagnostic[] }> {
  const { lead, body } = imageFilesOf(record);
  const diagnostics: Diagnostic[] = [];
  const articleDir = dirname(resolve(root, record.file));
  const check = async (path: string): Promise<string | undefined> => {
    const absolute = isAbsolute(path) ? path : resolve(root, path);
    const problem = await readable(absolute);
    if (problem !== undefined) {
      diagnostics.push({
        file: record.file,
        ...position(text, path),
        severity: "warning",
        message: `Image "${relative(root, absolute)}" ${problem}: the page shows its caption without it.`,
      });
      return undefined;
    }
    const fromArticle = relative(articleDir, absolute).split(sep).join("/");
    return fromArticle.startsWith(".") ? fromArticle : `./${fromArticle}`;
  };
  const leadSrc = lead === undefined ? undefined : await check(lead);
  const bodyPhotos: { key: string; src: string }[] = [];
  for (const key of body) {
    const src = await check(key);
    if (src !== undefined) bodyPhotos.push({ key, src });
  }
  return { photos: { ...(leadSrc === undefined ? {} : { lead: leadSrc }), body: bodyPhotos }, diagnostics };
}

/**
 * Astro rewrites its map of content images (`<root>/.astro/content-assets.mjs`) only when the
 * images changed or the file is missing, yet every build from one checkout shares that file,
 * whatever its cacheDir: a build of another site (tests, benchmarks) leaves its own map there.
 * Removing it makes each build write the map of its own articles.
 */
export function forgetContentImageMap(root: URL): void {
  // Once per process: Astro writes the file after the first sync; later syncs (the dev server's
  // watcher) update it themselves when images change.
  if (forgotten) return;
  forgotten = true;
  rmSync(new URL(".astro/content-assets.mjs", root), { force: true });
}
let forgotten = false;

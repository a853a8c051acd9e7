/**
 * Photos of an article, handed to Astro's image pipeline through the collection schema's image()
 * helper (src/content.config.ts). Each file is checked first (src/lib/site/photo-check.ts): an image
 * Astro cannot read would stop the whole build with a message naming neither article nor image, or
 * be published damaged, so an unusable one is reported at the line naming it and left out (the page
 * then shows its caption and alt text without the picture).
 */
import { rmSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../article/diagnostics.ts";
import { shownReference } from "../article/image-file.ts";
import { imageFilesOf } from "./news.ts";
import { checkPhoto } from "./photo-check.ts";

/** What the loader stores for image(): paths relative to the article file (`./a.jpg`, `../media/b.jpg`). */
export type Photos = {
  readonly lead?: string;
  readonly body: readonly { readonly key: string; readonly src: string }[];
};

/** Narrower than this, a photo is drawn smaller than the text column (38rem = 608 CSS px) rather than stretched. */
export const COLUMN_WIDTH = 608;

type Reference = { readonly path: string; readonly line: number; readonly column: number };

/**
 * The photos of an article, checked (src/lib/site/photo-check.ts); every problem is a warning at
 * the line that references the photo, and an unusable photo is left out (its caption stays).
 * @param root project root; `record.file` and relative image paths are relative to it
 * @param framesDir where still first frames of animations are written
 */
export async function articlePhotos(
  record: { readonly file: string; readonly imagesAt?: readonly Reference[] | undefined },
  root: string,
  framesDir: string,
): Promise<{ photos: Photos; diagnostics: Diagnostic[] }> {
  const { lead, body } = imageFilesOf(record);
  const diagnostics: Diagnostic[] = [];
  const articleDir = dirname(resolve(root, record.file));
  const check = async (path: string, isLead: boolean): Promise<string | undefined> => {
    const absolute = resolve(root, path);
    const at = record.imagesAt?.find((reference) => reference.path === absolute) ?? { line: 1, column: 1 };
    const label = `${isLead ? "Lead photo" : "Image"} "${shownReference(relative(articleDir, absolute).split(sep).join("/"))}"`;
    const result = await checkPhoto(absolute, label, framesDir);
    for (const problem of result.problems) {
      diagnostics.push({
        file: record.file,
        line: at.line,
        column: at.column,
        severity: "warning",
        message: problem.message,
        ruleId: problem.ruleId,
      });
    }
    if (result.use === undefined) return undefined;
    if (result.width !== undefined && result.width < COLUMN_WIDTH) {
      diagnostics.push({
        file: record.file,
        line: at.line,
        column: at.column,
        severity: "warning",
        message: `${label} is ${result.width} px wide, narrower than the text column (${COLUMN_WIDTH} px): it is shown at its own size, not stretched. Use a photo at least ${COLUMN_WIDTH * 2} px wide for sharp pictures on every screen.`,
        ruleId: "image-small-for-slot",
      });
    }
    const fromArticle = relative(articleDir, result.use).split(sep).join("/");
    return fromArticle.startsWith(".") ? fromArticle : `./${fromArticle}`;
  };
  const leadSrc = lead === undefined ? undefined : await check(lead, true);
  const bodyPhotos: { key: string; src: string }[] = [];
  for (const key of body) {
    const src = await check(key, false);
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

import { join, relative, resolve } from "node:path";
import { report } from "../messages.ts";
import { lintRule } from "./define.ts";

/** Formats the page layer's image pipeline reads. */
const PHOTO = /\.(jpe?g|png|webp|avif|gif)$/i;

/**
 * The lead photo's file: next to the article (`./a.jpg`) or in public/ (`/media/a.jpg`), a photo,
 * on this host. Sets `file.data.article.lead` when it is usable.
 */
export default lintRule(
  {
    id: "lead-image",
    doc: "The lead photo is a local photo file that exists.",
    emits: ["image-remote", "image-format", "image-missing"],
  },
  (_tree, file) => {
    const state = file.data.article;
    const src = state?.data?.image?.src;
    const context = file.data.newsprint;
    if (state === undefined || src === undefined || context === undefined) return;
    const at = state.offsetOf(["image", "src"]);
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
      report(
        file,
        `"image.src" is on another host (${src}): pages load nothing from other hosts. Save the photo next to the article and write its name, e.g. ./photo.jpg.`,
        at,
        "image-remote",
      );
      return;
    }
    const path = src.startsWith("/") ? join(context.publicDir, src) : resolve(context.articleDir, src);
    if (!PHOTO.test(src)) {
      report(
        file,
        `"image.src" is not a photo (jpg, jpeg, png, webp, avif or gif): use one of these formats.`,
        at,
        "image-format",
      );
      return;
    }
    if (!context.fileExists(path)) {
      report(
        file,
        `"image.src" does not exist: add ${relative(process.cwd(), path)} or fix the path.`,
        at,
        "image-missing",
      );
      return;
    }
    state.lead = path;
  },
);

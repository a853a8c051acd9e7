import { pointAt, report } from "../messages.ts";
import { resolveImage } from "../image-file.ts";
import { lintRule } from "./define.ts";

/** Formats the page layer's image pipeline reads. */
const PHOTO = /\.(jpe?g|png|webp|avif|gif)$/i;

/**
 * The lead photo's file: in the content folder (`./a.jpg`) or in public/ (`/media/a.jpg`), resolved
 * by ../image-file.ts (real path inside the site, a plain file, not SVG). Every problem with the
 * lead photo is an error. Sets `file.data.article.lead` when it is usable.
 */
export default lintRule(
  {
    id: "lead-image",
    doc: "The lead photo is a local photo file inside the site.",
    emits: [
      "image-remote",
      "image-format",
      "image-missing",
      "image-outside",
      "image-link-outside",
      "image-not-a-file",
      "image-unreadable",
      "image-scheme",
      "image-svg",
    ],
  },
  (_tree, file) => {
    const state = file.data.article;
    const src = state?.data?.image?.src;
    const context = file.data.newsprint;
    if (state === undefined || src === undefined || context === undefined) return;
    const offset = state.offsetOf(["image", "src"]);
    if (/^(https?:)?\/\//i.test(src)) {
      report(
        file,
        `"image.src" is on another host (${src}): pages load nothing from other hosts. Save the photo next to the article and write its name, e.g. ./photo.jpg.`,
        offset,
        "image-remote",
      );
      return;
    }
    const path = src.split(/[?#]/)[0] ?? "";
    if (!PHOTO.test(path) && !/\.svgz?$/i.test(path) && !/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      report(
        file,
        `"image.src" is not a photo (jpg, jpeg, png, webp, avif or gif): use one of these formats.`,
        offset,
        "image-format",
      );
      return;
    }
    const resolved = resolveImage(src, context, '"image.src"', (candidate) => context.fileExists(candidate));
    if ("problem" in resolved) {
      report(file, resolved.problem.message, offset, resolved.problem.ruleId);
      return;
    }
    if (offset !== undefined) {
      const at = pointAt(file, offset);
      context.imagesAt.push({ path: resolved.path, line: at.line, column: at.column });
    }
    state.lead = resolved.path;
  },
);

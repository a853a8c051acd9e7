/** remark checks of an article's body (after front matter): headings, text, images. */
import { join, relative, resolve } from "node:path";
import type { Root as MdastRoot } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { normalizeUri } from "micromark-util-sanitize-uri";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { IMAGE_OUTSIDE_RULE, locateAsset, outsideMessage } from "../asset-bounds.ts";
import { report } from "../messages.ts";

/** What checks need from the build, passed in the file's data. */
export type ArticleContext = {
  /** Answers whether a root-relative asset (e.g. `/media/a.jpg`) exists in `public/`. */
  readonly assetExists?: ((path: string) => boolean) | undefined;
  /** Folder of the article file, for images written relative to it (`./photo.jpg`). */
  readonly articleDir: string;
  /** The site's public/ folder, where `/media/…` images are. */
  readonly publicDir: string;
  /** The content folder: relative images may not leave it (or public/). */
  readonly contentDir: string;
  readonly fileExists: (path: string) => boolean;
  /** Local images of the body: URL as written → absolute file path. */
  readonly images: Map<string, string>;
};

declare module "vfile" {
  interface DataMap {
    newsprint: ArticleContext;
  }
}

/** Body nodes: the tree's children after the front matter. */
const bodyOf = (tree: MdastRoot) => tree.children.filter((node) => node.type !== "yaml");

/** The body holds text, `#` is the title's level, levels are not skipped, headings are not empty. */
export const remarkCheckHeadings: Plugin<[], MdastRoot> = () => (tree, file) => {
  const body = bodyOf(tree);
  const hasText = body.some((node) => ["paragraph", "list", "blockquote", "table", "code", "html"].includes(node.type));
  if (!hasText) {
    const fence = tree.children[0]?.type === "yaml" ? tree.children[0].position?.end : undefined;
    report(
      file,
      "The article has no text after the front matter: add at least one paragraph.",
      { line: (fence?.line ?? 0) + 1, column: 1 },
      "no-text",
    );
  }
  let level = 1;
  for (const node of body) {
    if (node.type !== "heading") continue;
    if (node.depth === 1) {
      report(
        file,
        "Use `##` for section headings: the title belongs in front matter (`title:`), not in a `#` heading.",
        node.position?.start,
        "heading-title",
      );
    } else if (node.depth > level + 1) {
      const above = level === 1 ? "the title" : `a ${"#".repeat(level)} heading`;
      report(
        file,
        `Heading level ${node.depth} (${"#".repeat(node.depth)}) skips a level after ${above}: use ${"#".repeat(level + 1)} here, or add the missing level above it.`,
        node.position?.start,
        "heading-skip",
      );
    }
    if (mdastText(node).trim() === "") {
      report(file, "Empty heading: write its text or remove the line.", node.position?.start, "heading-empty");
    }
    level = node.depth;
  }
};

/** Images load from this site only, and exist: in public/ (`/media/a.jpg`) or next to the article (`./a.jpg`). */
export const remarkCheckImages: Plugin<[], MdastRoot> = () => (tree, file) => {
  const context = file.data.newsprint;
  visit(tree, "image", (node) => {
    const at = node.position?.start;
    if (/^(https?:)?\/\//i.test(node.url)) {
      report(
        file,
        `Image "${node.url}" is on another host: pages load nothing from other hosts, so it will not show. Save it next to the article (or in public/media/) and link it as ./<name>.`,
        at,
        "image-remote",
        "warning",
      );
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) || context === undefined) return;
    const path = decodePath(node.url.split(/[?#]/)[0] ?? "");
    if (!locateAsset(path, context).inside) {
      report(file, outsideMessage("Image", node.url), at, IMAGE_OUTSIDE_RULE);
      return;
    }
    if (path.startsWith("/")) {
      // Checked when the build says what public/ holds (assetExists); else taken as written.
      if (context.assetExists !== undefined && !context.assetExists(path)) {
        report(file, `Image "${node.url}" does not exist: add public${path} or fix the path.`, at, "image-missing");
      } else remember(context.images, node.url, join(context.publicDir, path));
      return;
    }
    const absolute = resolve(context.articleDir, path);
    if (!context.fileExists(absolute)) {
      report(
        file,
        `Image "${node.url}" does not exist next to the article: add ${relative(process.cwd(), absolute)} or fix the path.`,
        at,
        "image-missing",
      );
    } else remember(context.images, node.url, absolute);
  });
};

/** Both as written and as it will appear in the HTML (percent-encoded). */
function remember(images: Map<string, string>, url: string, path: string): void {
  images.set(url, path);
  images.set(normalizeUri(url), path);
}

/** Percent-decodes a URL path; a malformed escape is left as written (the file then does not exist). */
function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export type { VFile };

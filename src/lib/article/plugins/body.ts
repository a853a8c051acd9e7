/** remark checks of an article's body (after front matter): headings, text, images. */
import type { Root as MdastRoot } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { report } from "../messages.ts";

/** What checks need from the build, passed in the file's data. */
export type ArticleContext = {
  /** Answers whether a root-relative asset (e.g. `/media/a.jpg`) exists in `public/`. */
  readonly assetExists?: ((path: string) => boolean) | undefined;
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

/** Images load from this site only, and exist. */
export const remarkCheckImages: Plugin<[], MdastRoot> = () => (tree, file) => {
  const { assetExists } = file.data.newsprint ?? {};
  visit(tree, "image", (node) => {
    const at = node.position?.start;
    if (/^(https?:)?\/\//i.test(node.url)) {
      report(
        file,
        `Image "${node.url}" is on another host: pages load nothing from other hosts, so it will not show. Save it in public/media/ and link it as /media/<name>.`,
        at,
        "image-remote",
        "warning",
      );
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(node.url)) return;
    if (!node.url.startsWith("/")) {
      report(
        file,
        `Image "${node.url}" is a relative path: put the file in public/media/ and link it as /media/<name>.`,
        at,
        "image-relative",
      );
    } else if (assetExists && !assetExists(decodePath(node.url.split(/[?#]/)[0] ?? ""))) {
      report(file, `Image "${node.url}" does not exist: add public${node.url} or fix the path.`, at, "image-missing");
    }
  });
};

/** Percent-decodes a URL path; a malformed escape is left as written (the file then does not exist). */
function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export type { VFile };

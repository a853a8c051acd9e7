/** The unified pipelines: Markdown → mdast, mdast → safe hast, hast → HTML. */
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { sanitizeSchema } from "./sanitize.ts";

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
const hastBuilder = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema);
const htmlWriter = unified().use(rehypeStringify);

export function parseMarkdown(text: string): MdastRoot {
  return markdownParser.parse(text);
}

/** Builds sanitized hast: raw HTML is parsed and cleaned, never passed through. */
export function toSafeHast(tree: MdastRoot): HastRoot {
  return hastBuilder.runSync(tree) as HastRoot;
}

export function toHtml(tree: HastRoot): string {
  return htmlWriter.stringify(tree);
}

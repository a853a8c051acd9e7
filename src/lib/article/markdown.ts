/** The unified pipelines: Markdown → mdast (with body checks), mdast → safe hast (with HTML checks), hast → HTML. */
import type { Root as HastRoot } from "hast";
import type { FootnoteDefinition, Root as MdastRoot, RootContent } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { remarkCheckHeadings, remarkCheckImages } from "./plugins/body.ts";
import { rehypeFigures } from "./plugins/figures.ts";
import { rehypeRawPositioned } from "./plugins/raw.ts";
import { rehypeNewsMarkup } from "./plugins/tables.ts";
import { rehypeCheckLostText, rehypeCheckText, rehypeReportRemoved, remarkRememberText } from "./plugins/html.ts";
import { sanitizeSchema } from "./sanitize.ts";

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
const bodyChecks = unified().use(remarkCheckHeadings).use(remarkCheckImages);
const hastBuilder = unified()
  .use(remarkRememberText)
  .use(remarkRehype, { allowDangerousHtml: true, footnoteLabel: "註釋", footnoteBackLabel: "返回正文" })
  .use(rehypeRawPositioned)
  .use(rehypeReportRemoved)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeCheckLostText)
  .use(rehypeCheckText)
  .use(rehypeFigures)
  .use(rehypeNewsMarkup);
const htmlWriter = unified().use(rehypeStringify);

export function parseMarkdown(text: string): MdastRoot {
  return markdownParser.parse(text);
}

/** Runs the body checks (headings, images), reporting into `file`. */
export function checkBody(tree: MdastRoot, file: VFile): void {
  bodyChecks.runSync(tree, file);
}

/** Builds sanitized hast: raw HTML is parsed and cleaned, never passed through; problems go to `file`. */
export function toSafeHast(tree: MdastRoot, file: VFile): HastRoot {
  return hastBuilder.runSync(tree, file) as HastRoot;
}

/**
 * A section's tree with the footnotes it cites: an article is converted section by section, and
 * its footnote definitions (usually at the end) go with the section that cites them, listed after it.
 */
export function withFootnotes(nodes: readonly RootContent[], body: readonly RootContent[]): MdastRoot {
  const definitions = body.filter((node): node is FootnoteDefinition => node.type === "footnoteDefinition");
  if (definitions.length === 0) return { type: "root", children: [...nodes] };
  const cited = new Set<string>();
  const own = nodes.filter((node) => node.type !== "footnoteDefinition");
  visit({ type: "root", children: own }, "footnoteReference", (node) => void cited.add(node.identifier));
  return { type: "root", children: [...own, ...definitions.filter((node) => cited.has(node.identifier))] };
}

export function toHtml(tree: HastRoot): string {
  return htmlWriter.stringify(tree);
}

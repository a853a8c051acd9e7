/** The unified pipelines: Markdown → mdast (with body checks), mdast → safe hast (with HTML checks), hast → HTML. */
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { VFile } from "vfile";
import { remarkCheckHeadings, remarkCheckImages } from "./plugins/body.ts";
import { rehypeFigures } from "./plugins/figures.ts";
import { rehypeRawPositioned } from "./plugins/raw.ts";
import { rehypeCheckLostText, rehypeCheckText, rehypeReportRemoved, remarkRememberText } from "./plugins/html.ts";
import { sanitizeSchema } from "./sanitize.ts";

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
const bodyChecks = unified().use(remarkCheckHeadings).use(remarkCheckImages);
const hastBuilder = unified()
  .use(remarkRememberText)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRawPositioned)
  .use(rehypeReportRemoved)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeCheckLostText)
  .use(rehypeCheckText)
  .use(rehypeFigures);
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

export function toHtml(tree: HastRoot): string {
  return htmlWriter.stringify(tree);
}

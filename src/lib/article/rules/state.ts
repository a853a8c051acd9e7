/** What the article rules read besides the tree: set by the parser in `file.data.article`. */
import type { Root as HastRoot } from "hast";
import type { Heading, RootContent } from "mdast";
import type { FrontMatter } from "../schema.ts";

export type ArticleState = {
  /** The front matter, if it was read without errors. */
  readonly data: FrontMatter | undefined;
  /** Offset in the file of the front matter value at `path`, else of its key. */
  readonly offsetOf: (path: readonly (string | number)[]) => number | undefined;
  /** The body: the tree's children after the front matter. */
  readonly body: readonly RootContent[];
  /** The body cut at its `##` headings, each part as sanitized hast. */
  readonly sections: readonly { readonly heading: Heading | null; readonly hast: HastRoot }[];
  /** Time zone of dates without an offset when the article names none (the site's). */
  readonly timeZone: string;
  /** The slug when the front matter names none (the file name). */
  readonly defaultSlug: string;
  /** Set by the lead-image rule: the lead photo's file, when it is usable. */
  lead?: string;
};

declare module "vfile" {
  interface DataMap {
    article: ArticleState;
  }
}

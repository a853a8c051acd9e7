/**
 * The article rules, in the order they run (after the front matter is read and the body is
 * sanitized): one unified processor, each rule a plugin of it. The body's own checks (headings,
 * images, raw HTML) run inside the Markdown and HTML pipelines (../markdown.ts, ../plugins/).
 */
import { unified } from "unified";
import fileNameSlug from "./file-name-slug.ts";
import headingMarkup from "./heading-markup.ts";
import leadImage from "./lead-image.ts";
import nameLength from "./name-length.ts";
import newsDates from "./news-dates.ts";
import visibleText from "./visible-text.ts";

export const ARTICLE_RULES = [headingMarkup, visibleText, fileNameSlug, nameLength, newsDates, leadImage] as const;

export const articleRules = unified()
  .use(headingMarkup)
  .use(visibleText)
  .use(fileNameSlug)
  .use(nameLength)
  .use(newsDates)
  .use(leadImage);

/**
 * What raw HTML in an article may keep: GitHub's schema, minus form controls, with only
 * http(s)/mailto links and http(s) images. Elements whose content is code, markup or
 * styling are removed with their content, so that no CSS or hidden markup shows up as text.
 */
import { defaultSchema, type Options } from "rehype-sanitize";

export const STRIP_WITH_CONTENT: readonly string[] = [
  "style",
  "template",
  "noscript",
  "textarea",
  "title",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
];

export const sanitizeSchema: Options = {
  ...defaultSchema,
  // Tables keep their caption and column groups (GFM tables and raw HTML tables alike).
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => !["input", "form", "button"].includes(tag)),
    "caption",
    "colgroup",
    "col",
  ],
  strip: [...(defaultSchema.strip ?? []), ...STRIP_WITH_CONTENT],
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

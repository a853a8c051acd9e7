/** What raw HTML in an article may keep: GitHub's schema, minus form controls. */
import { defaultSchema, type Options } from "rehype-sanitize";

export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["input", "form", "button"].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

/** Prefixes the site base to root-relative URLs in article HTML, so sites work under a sub-path. */
import type { Root } from "hast";
import { visit } from "unist-util-visit";

const URL_PROPERTIES = ["href", "src"] as const;

export function rewriteRootUrls(tree: Root, base: string): Root {
  const prefix = base.replace(/\/+$/, "");
  if (prefix === "") return tree;
  visit(tree, "element", (node) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === "string" && value.startsWith("/") && !value.startsWith("//")) {
        node.properties[name] = prefix + value;
      }
    }
  });
  return tree;
}

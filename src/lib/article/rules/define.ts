/**
 * A check of an article, in the shape of remark-lint's `lintRule`: a unified plugin whose
 * transformer looks at the tree and the file and reports into the file; what it needs of the
 * article beyond the tree (front matter, sections) is in `file.data.article` (./state.ts).
 */
import type { Root as MdastRoot } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import type { RuleId } from "./registry.ts";
import "./state.ts";

export type RuleMeta = {
  /** The module's name, e.g. `lead-image`. */
  readonly id: string;
  /** One line: what the rule checks. */
  readonly doc: string;
  /** The rule ids its messages carry (each in ./registry.ts). */
  readonly emits: readonly RuleId[];
};

export type Rule = Plugin<[], MdastRoot> & { readonly meta: RuleMeta };

export function lintRule(meta: RuleMeta, check: (tree: MdastRoot, file: VFile) => void): Rule {
  const plugin: Plugin<[], MdastRoot> = () => (tree, file) => {
    check(tree, file);
  };
  return Object.assign(plugin, { meta });
}

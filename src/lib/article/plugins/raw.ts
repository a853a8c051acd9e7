/**
 * rehype-raw, positioned without re-reading the whole file per call: rehype-raw hands the file to
 * hast-util-from-parse5, which indexes every line of it to position the root, once per section
 * (quadratic in a long article). Elements take their positions from parse5 alone, so an empty
 * stand-in file gives the same positions at no cost.
 */
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import type { Plugin } from "unified";
import { VFile } from "vfile";

const POSITIONS_ONLY = new VFile("");

export const rehypeRawPositioned: Plugin<[], Root> = () => (tree) => raw(tree, { file: POSITIONS_ONLY }) as Root;

/** What every step of one import shares: the file its messages go on, the options, the page's input. */
import type { VFile } from "vfile";
import type { ConversionSettings } from "../../script/types.ts";
import type { Hints, Paragraph } from "../structure.ts";

export type ImportOptions = {
  title?: string;
  /** YYYY-MM-DD (other printed forms are read too). */
  date?: string;
  source?: string;
  author?: string;
  slug?: string;
  /** List every edit in the report. */
  verbose?: boolean;
  /** The site's settings the written article is checked against (default: STANDARD_CONVERSION). */
  site?: { readonly conversion: ConversionSettings; readonly timeZone?: string };
};

/** What a saved web page adds to its text: metadata hints, the page address, images. */
export type PageInput = {
  paragraphs: Paragraph[];
  hints: Hints;
  originalUrl?: string;
  notes: string[];
};

export type ImportRun = {
  /** The messages (./messages.ts); `file.path` is the input's name. */
  readonly file: VFile;
  readonly options: ImportOptions;
  readonly page: PageInput | undefined;
  /** The raw lines as read. */
  readonly rawLines: readonly string[];
  /** The report's notes so far. */
  readonly notes: string[];
};

export function startRun(
  rawLines: readonly string[],
  file: VFile,
  options: ImportOptions,
  page: PageInput | undefined,
): ImportRun {
  return { file, options, page, rawLines, notes: [...(page?.notes ?? [])] };
}

/** The column (1-based, in characters) of a UTF-16 offset in a raw line. */
export function columnIn(run: ImportRun, line: number, offset: number): number {
  return [...(run.rawLines[line - 1] ?? "").slice(0, offset)].length + 1;
}

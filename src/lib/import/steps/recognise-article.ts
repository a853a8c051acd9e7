/** The article's parts (headline, data lines, body, footer) recognised in the repaired lines. */
import { recognise, type Hints, type Paragraph, type Structure } from "../structure.ts";
import type { TrackedText } from "../tracked.ts";
import { fail, type ImportFailure } from "./refuse.ts";
import type { ImportRun } from "./run.ts";

/** The lines as paragraphs, with the page's images and headings where the page had them. */
function paragraphsOf(run: ImportRun, lines: readonly TrackedText[]): Paragraph[] {
  const pageParagraphs = new Map((run.page?.paragraphs ?? []).map((paragraph) => [paragraph.line, paragraph]));
  return lines.map(({ text, line }) => {
    const fromPage = pageParagraphs.get(line);
    if (fromPage?.image) return { text, line, image: fromPage.image };
    return {
      text,
      line,
      ...(fromPage?.heading ? { heading: true } : {}),
      ...(fromPage?.chrome ? { chrome: fromPage.chrome } : {}),
    };
  });
}

/** What is known before reading: the page's metadata, overridden by the options. */
function hintsOf(run: ImportRun): Hints {
  const hints: Hints = { ...run.page?.hints };
  if (run.options.title) hints.title = run.options.title;
  if (run.options.source) hints.source = run.options.source;
  if (run.options.author) hints.author = run.options.author;
  return hints;
}

export function recogniseArticle(
  run: ImportRun,
  lines: readonly TrackedText[],
): { structure: Structure; hasTitle: boolean } | ImportFailure {
  const paragraphs = paragraphsOf(run, lines);
  const hints = hintsOf(run);
  const recognised = recognise(paragraphs, hints);
  // without a headline, still look for the date and source, so one refusal names all that is missing
  const structure = "error" in recognised ? recognise(paragraphs, { ...hints, title: "？" }) : recognised;
  if ("error" in structure) return fail(run.file.path, `${structure.error}: nothing written`, "import-no-title");
  return { structure, hasTitle: !("error" in recognised) };
}

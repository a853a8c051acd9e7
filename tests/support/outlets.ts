/** The hand-written outlet pages (tests/fixtures/import/outlets/) and what each import must find. */
import { fileURLToPath } from "node:url";

export const OUTLETS_DIR = fileURLToPath(new URL("../fixtures/import/outlets/", import.meta.url));

export type OutletExpected = {
  title: string;
  date: string;
  source: string;
  author?: string;
  script: "hans" | "hant";
  /** A sentence of the body. */
  body: string;
  /** Text that must not be in the body (chrome). */
  notInBody?: string[];
};

/** The byline an import wrote: its `authors` joined as the page writes them (`張三、李四`), else its `author`. */
export function bylineWritten(front: {
  author?: string | undefined;
  authors?: string[] | undefined;
}): string | undefined {
  return front.authors?.join("、") ?? front.author;
}

/** Every sourced conversion pair of the fixtures, with its set and split (for measure.ts and calibrate.ts). */
import { readFileSync } from "node:fs";

export type Pair = {
  set: string;
  hans: string;
  tw: string;
  hk: string | undefined;
  heldOut: boolean;
  source: string;
  open?: boolean;
};

const read = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../fixtures/conversion/${name}`, import.meta.url), "utf8")) as {
      entries: never[];
    }
  ).entries;

export function pairs(): Pair[] {
  const list: Pair[] = [];
  for (const entry of read("reported-errors.json") as {
    hans: string;
    hant: string;
    standard: string;
    heldOut: boolean;
    source: string;
  }[])
    if (entry.standard === "tw")
      list.push({
        set: "reported-errors",
        hans: entry.hans,
        tw: entry.hant,
        hk: undefined,
        heldOut: entry.heldOut,
        source: entry.source,
      });
  for (const name of ["round2-errors.json", "round3-errors.json", "round4-dev.json", "round5.json", "round7.json"]) {
    let entries: {
      hans: string;
      tw: string;
      hk: string;
      heldOut: boolean;
      source: string;
      kind: string;
      open?: boolean;
    }[];
    try {
      entries = read(name);
    } catch {
      continue;
    }
    for (const entry of entries) {
      list.push({ set: `${name.replace(/(?:-errors)?\.json$/u, "")}-${entry.kind}`, ...entry });
      if (entry.open === true) list.push({ set: "open-upstream", ...entry });
    }
  }
  return list;
}

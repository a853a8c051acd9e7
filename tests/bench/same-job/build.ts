/**
 * The job newsprint does, done the common way with other tools: opencc-js converts each article
 * into every Traditional edition (one process, opencc's longest match), Hugo builds the editions
 * as one multilingual site (article pages with hreflang alternates, paginated front, tag and
 * author pages, feeds, sitemaps), and Pagefind's CLI indexes the article pages of every edition
 * (its own Chinese segmentation). Used by `npm run bench` for a side-by-side figure; not part of
 * newsprint. Needs Debian's `hugo`.
 * Usage: node tests/bench/same-job/build.ts <corpus dir> <work dir> <edition standards: tw[,hk]>
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import * as OpenCC from "opencc-js";

const [corpusDir, workDir, standardList = "tw"] = process.argv.slice(2);
if (corpusDir === undefined || workDir === undefined) {
  console.error("usage: node tests/bench/same-job/build.ts <corpus dir> <work dir> <tw[,hk]>");
  process.exit(2);
}
const ROOT = resolve(import.meta.dirname, "../../..");
const standards = standardList.split(",") as ("tw" | "hk")[];
const EDITIONS = [
  { id: "zh-hans", lang: "zh-Hans", convert: (text: string) => text },
  ...standards.map((standard) => {
    const converter = OpenCC.Converter({ from: "cn", to: standard === "hk" ? "hk" : "twp" });
    return {
      id: standard === "hk" ? "zh-hant-hk" : "zh-hant",
      lang: standard === "hk" ? "zh-Hant-HK" : "zh-Hant-TW",
      convert: (text: string) => converter(text),
    };
  }),
];

const site = join(workDir, "site");
const out = join(workDir, "dist");
rmSync(workDir, { recursive: true, force: true });
cpSync(join(import.meta.dirname, "layouts"), join(site, "layouts"), { recursive: true });
writeFileSync(
  join(site, "hugo.toml"),
  [
    `baseURL = "https://news.example.org/"`,
    `defaultContentLanguage = "zh-hans"`,
    `defaultContentLanguageInSubdir = true`,
    `paginate = 20`,
    `[taxonomies]`,
    `  tag = "tags"`,
    `  author = "authors"`,
    ...EDITIONS.flatMap((edition, index) => [
      `[languages.${edition.id}]`,
      `  languageCode = "${edition.lang}"`,
      `  contentDir = "content/${edition.id}"`,
      `  weight = ${index + 1}`,
    ]),
  ].join("\n") + "\n",
);

const started = performance.now();
const files = readdirSync(corpusDir, { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".md"))
  .map((path) => join(corpusDir, path));
for (const edition of EDITIONS) mkdirSync(join(site, "content", edition.id), { recursive: true });
for (const file of files) {
  const text = readFileSync(file, "utf8");
  // One folder level, as newsprint's URLs: the file name is the slug.
  const name = basename(file);
  for (const edition of EDITIONS) writeFileSync(join(site, "content", edition.id, name), edition.convert(text));
}
console.log(
  `converted ${files.length} articles into ${EDITIONS.length} editions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const run = (command: string, args: string[]) => {
  const step = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0)
    throw new Error(`${command} failed: ${result.error?.message ?? `exit code ${result.status}`}`);
  console.log(`${command.split("/").at(-1)} done in ${((performance.now() - step) / 1000).toFixed(1)} s`);
};
run("hugo", ["--source", site, "--destination", out, "--quiet"]);
run(join(ROOT, "node_modules/.bin/pagefind"), ["--site", out, "--silent"]);

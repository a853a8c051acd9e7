/**
 * `npm run bench -- --articles N [--runs R] [--seed S] [--editions 2|3] [--plain] [--photo-every K] [--photo-size WxH] [--keep] [--profile] [--no-direct] [--no-pages-alone] [--no-floor] [--no-same-job]`
 * `npm run bench -- --dev --articles N [--edits K]` (tests/bench/dev.ts: an edit shown by `npm run dev`)
 * `npm run bench -- --photos N [--runs R] [--checkout DIR]… [--floor-formats webp,avif] [--floor-sample K] [--format-costs]` (tests/bench/photos.ts)
 *
 * Generates a corpus of N articles, builds it with newsprint (`src/cli/build.ts`) and with a plain
 * Astro baseline (`tests/bench/baseline/`), cold, R times alternating, then rebuilds newsprint warm
 * after editing one article and after publishing one new article (the newest: front page, its
 * section, tags and authors, feeds, sitemap and search change), and once more with only its page
 * cache cleared (what rendering the pages costs when newsprint's own work, parsing and the search
 * index, is cached), and builds Astro's floor: a plain Astro site of as many empty pages as newsprint
 * made (`tests/bench/floor/`), and, where Debian's `hugo` is installed, the same job done with Hugo +
 * opencc-js + Pagefind's CLI in each run (`tests/bench/same-job/`). `--editions 3` adds a Hong Kong edition (zh-Hant-HK) to the two default ones;
 * `--photo-every 3` gives photos to a third of the articles; `--plain` makes Simplified articles without tags,
 * authors or photos. Prints a table and, last, one JSON
 * line. Never uses the network.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import {
  measureConversion,
  measureParserConversion,
  type ConversionCost,
  type ParserConversionCost,
} from "./conversion.ts";
import { EDIT_SENTENCE, publishArticle, withPhotos, writeCorpus, type Corpus, type CorpusOptions } from "./corpus.ts";
import { defaultSiteConfig } from "../../src/site.config.ts";
import type { EditionInput } from "../../src/lib/site/editions.ts";
import { GNU_TIME, hasGnuTime, runMeasured, type RunResult } from "./measure.ts";
import { isFloorFormat, runPhotoBench } from "./photos.ts";
import { runDevBench } from "./dev.ts";
import { readPhases, type Phase, type Phases } from "./phases.ts";
import { formatSummary, largestProfile, summariseProfile, type ProfileSummary } from "./profile.ts";
import { heading, kib, median, mib, millis, percent, ratio, seconds, table } from "./report.ts";
import { distSize, pageWeight, type DistSize, type PageWeight } from "./weight.ts";

const ROOT = resolve(import.meta.dirname, "../..");
/** The baseline is copied into the work folder and built there, so its generated `.astro/` stays out of tests/. */
const BASELINE_SOURCE = join(ROOT, "tests/bench/baseline");
const FLOOR_SOURCE = join(ROOT, "tests/bench/floor");
/** The archive-scale targets (docs/performance.md) are set for builds of these many articles. */
const RATIO_ARTICLES = 4000;
const SCALE_ARTICLES = 20000;
/** "2 GB" read strictly: 2 × 10⁹ bytes. */
const MEMORY_LIMIT = 2e9;
/** Never fetched: only written into canonical links and the sitemap. */
const BENCH_SITE = "https://news.example.org";

const { values } = parseArgs({
  allowNegative: true,
  options: {
    articles: { type: "string", default: "100" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    direct: { type: "boolean", default: true },
    "pages-alone": { type: "boolean", default: true },
    floor: { type: "boolean", default: true },
    "same-job": { type: "boolean", default: true },
    dev: { type: "boolean", default: false },
    edits: { type: "string", default: "3" },
    editions: { type: "string", default: "2" },
    "photo-every": { type: "string", default: "1" },
    plain: { type: "boolean", default: false },
    "photo-size": { type: "string", default: "1600x1067" },
    photos: { type: "string" },
    checkout: { type: "string", multiple: true, default: [] },
    "floor-formats": { type: "string", default: "webp" },
    "floor-sample": { type: "string", default: "200" },
    "format-costs": { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const runs = Number(values.runs);
const seed = Number(values.seed);
const editionCount = Number(values.editions);
const photoEvery = Number(values["photo-every"]);
const photoSize = values["photo-size"].split("x").map(Number) as [number, number];
if (
  !(Number.isInteger(articles) && articles > 0 && Number.isInteger(runs) && runs > 0 && Number.isInteger(seed)) ||
  !(editionCount === 2 || editionCount === 3) ||
  !(Number.isInteger(photoEvery) && photoEvery > 0) ||
  !(photoSize.length === 2 && photoSize.every((n) => Number.isInteger(n) && n > 0))
) {
  console.error(
    "usage: npm run bench -- --articles N [--runs R] [--seed S] [--editions 2|3] [--plain] [--photo-every K] [--photo-size WxH] [--keep] [--profile] [--no-direct] [--no-pages-alone]",
  );
  process.exit(2);
}
const corpusOptions: CorpusOptions = { photoEvery, photoSize, plain: values.plain };
const photosOn = withPhotos(corpusOptions);

/** The third edition of `--editions 3`: Hong Kong characters, as src/site.config.ts suggests. */
const HONG_KONG: EditionInput = {
  id: "zh-hant-hk",
  lang: "zh-Hant-HK",
  script: "hant",
  standard: "hk",
  label: "港",
  name: "繁體中文（香港）",
  browserLanguages: ["zh-HK", "zh-MO"],
  siteName: "新聞印刷（香港）",
  description: "新聞文章，繁體與簡體並行發佈。",
};

if (values.photos !== undefined) {
  const photos = Number(values.photos);
  const floorFormats = values["floor-formats"].split(",").filter((format) => format !== "jpg");
  if (!(Number.isInteger(photos) && photos > 0 && floorFormats.every((format) => isFloorFormat(format)))) {
    console.error("usage: npm run bench -- --photos N [--runs R] [--checkout DIR]… [--floor-formats webp,avif]");
    process.exit(2);
  }
  const floorSample = Number(values["floor-sample"]);
  await runPhotoBench({
    photos,
    runs,
    seed,
    keep: values.keep,
    checkouts: values.checkout,
    floorFormats,
    floorSample,
    formatCosts: values["format-costs"],
  });
  process.exit(0);
}

const work = join(ROOT, ".tmp/bench", `n${articles}-s${seed}-${process.pid}`);
if (values.dev) {
  const edits = Number(values.edits);
  if (!(Number.isInteger(edits) && edits > 0 && edits <= 4)) {
    console.error("usage: npm run bench -- --dev --articles N [--edits K] (K from 1 to 4)");
    process.exit(2);
  }
  await runDevBench({ articles, edits, seed, work, corpus: corpusOptions });
  process.exit(0);
}
const corpusDir = join(work, "corpus");
const out = { newsprint: join(work, "newsprint-dist"), baseline: join(work, "baseline-dist") };
const baselineCache = join(work, "baseline-cache");
const BASELINE_ROOT = join(work, "baseline-root");
const FLOOR_ROOT = join(work, "floor-root");
/**
 * Astro caches of each build: the cacheDir (content data store `data-store.json` or chunked
 * `data-store/`, incremental-build cache `incremental-build.json` and its outputs, parsed bodies,
 * optimised images in `assets/`). The bench's own, in the work folder (NEWSPRINT_CACHE_DIR): the
 * project's `node_modules/.astro/` belongs to the builds of whoever works in this checkout, and a
 * build of theirs running alongside would otherwise prune the bench's parsed bodies.
 */
const newsprintCacheDir = join(work, "newsprint-cache");
const caches = {
  newsprint: [newsprintCacheDir],
  baseline: [baselineCache, join(BASELINE_ROOT, ".astro")],
};
/** Astro's incremental-build cache: cleared, every page renders again while parsed articles stay cached. */
const pageCache = [join(newsprintCacheDir, "dist"), join(newsprintCacheDir, "incremental-build.json")];
const clear = (paths: readonly string[]) => paths.forEach((path) => rmSync(path, { recursive: true, force: true }));
const log = (message: string) => console.log(message);

type Build = RunResult &
  Phases & { readonly kind: "newsprint" | "baseline" | "floor" | "same-job"; readonly label: string };

/** The site settings of the bench's builds: the default ones, with a third edition when asked (NEWSPRINT_SITE_CONFIG). */
const siteConfigFile = join(work, "site.config.json");
const siteEnv = (): NodeJS.ProcessEnv => (editionCount === 3 ? { NEWSPRINT_SITE_CONFIG: siteConfigFile } : {});

/**
 * Waits until the sites replaced by earlier builds are deleted: `npm run build` deletes the replaced
 * site in a process of its own after it has finished (tens of thousands of files at scale), which
 * would otherwise run beside the next build measured; a newsroom's builds are minutes apart.
 */
async function replacedSitesDeleted(): Promise<void> {
  const prefix = `.${basename(out.newsprint)}.retired-`;
  while (readdirSync(work).some((name) => name.startsWith(prefix))) await sleep(500);
}

async function newsprint(label: string, env: NodeJS.ProcessEnv = {}, nodeFlags: string[] = []): Promise<Build> {
  await replacedSitesDeleted();
  const result = await runMeasured({
    cwd: ROOT,
    nodeArgs: [...nodeFlags, "src/cli/build.ts"],
    timeFile: join(work, "time.txt"),
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      NEWSPRINT_CONTENT_DIR: corpusDir,
      NEWSPRINT_OUT_DIR: out.newsprint,
      NEWSPRINT_CACHE_DIR: newsprintCacheDir,
      NEWSPRINT_LOG_LEVEL: "info",
      SITE: BENCH_SITE,
      BASE: "/",
      ...siteEnv(),
      ...env,
    },
  });
  return finish("newsprint", label, result);
}

/**
 * The same site built by `astro build --outDir <fixed folder>` instead of `src/cli/build.ts`: Astro
 * alone, without the staging folder and the swap into place.
 */
async function newsprintDirect(label: string): Promise<Build> {
  const result = await runMeasured({
    cwd: ROOT,
    nodeArgs: ["node_modules/.bin/astro", "build", "--outDir", join(work, "newsprint-direct-dist")],
    timeFile: join(work, "time.txt"),
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      NEWSPRINT_CONTENT_DIR: corpusDir,
      NEWSPRINT_CACHE_DIR: newsprintCacheDir,
      SITE: BENCH_SITE,
      BASE: "/",
      ...siteEnv(),
    },
  });
  return finish("newsprint", label, result);
}

/** `astro build` of one of the bench's plain Astro sites (`root`), configured through `env`. */
async function plainAstro(kind: "baseline" | "floor", label: string, root: string, env: NodeJS.ProcessEnv) {
  const result = await runMeasured({
    cwd: ROOT,
    nodeArgs: ["node_modules/.bin/astro", "build", "--root", root],
    timeFile: join(work, "time.txt"),
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
  });
  return finish(kind, label, result);
}

const baseline = (label: string): Promise<Build> =>
  plainAstro("baseline", label, BASELINE_ROOT, {
    BENCH_CONTENT_DIR: corpusDir,
    BENCH_BASELINE_OUT_DIR: out.baseline,
    BENCH_BASELINE_CACHE_DIR: baselineCache,
  });

/** The same job done with Hugo + opencc-js + Pagefind (tests/bench/same-job/build.ts). */
async function sameJob(label: string): Promise<Build> {
  const result = await runMeasured({
    cwd: ROOT,
    nodeArgs: ["tests/bench/same-job/build.ts", corpusDir, join(work, "same-job"), editionCount === 3 ? "tw,hk" : "tw"],
    timeFile: join(work, "time.txt"),
    env: process.env,
  });
  return finish("same-job", label, result);
}

/** Whether Debian's `hugo` runs here. */
function hasHugo(): boolean {
  return spawnSync("hugo", ["version"], { stdio: "ignore" }).status === 0;
}

/** Astro's floor: `pages` empty pages, nothing else (tests/bench/floor/). */
async function floor(pages: number): Promise<Build> {
  const cache = join(work, "floor-cache");
  clear([cache, join(FLOOR_ROOT, ".astro")]);
  return plainAstro("floor", `${pages} empty pages`, FLOOR_ROOT, {
    BENCH_FLOOR_PAGES: String(pages),
    BENCH_FLOOR_OUT_DIR: join(work, "floor-dist"),
    BENCH_FLOOR_CACHE_DIR: cache,
  });
}

function finish(kind: Build["kind"], label: string, result: RunResult): Build {
  if (result.code !== 0) {
    console.error(
      result.lines
        .slice(-40)
        .map((line) => line.text)
        .join("\n"),
    );
    throw new Error(`${kind} build "${label}" failed with exit code ${result.code}`);
  }
  const build: Build = { kind, label, ...result, ...readPhases(result.lines, result.wallMs) };
  const logFile = join(work, `${kind}-${label.replace(/\W+/g, "-")}.log`);
  writeFileSync(
    logFile,
    result.lines.map((line) => `${(line.ms / 1000).toFixed(3).padStart(8)} ${line.text}`).join("\n"),
  );
  log(
    `  ${kind.padEnd(9)} ${label.padEnd(14)} ${seconds(build.wallMs).padStart(9)}  peak RSS ${mib(build.peakRss).padStart(9)}` +
      `  (process tree ${mib(build.peakTreeRss)})` +
      (build.loaderMessage ? `  (${build.loaderMessage})` : ""),
  );
  return build;
}

/** Appends a sentence to one article (the `attempt`-th from the middle); returns a function that undoes it. */
function editOneArticle(corpus: Corpus, attempt = 0): { file: string; restore: () => void } {
  const index = (Math.floor(corpus.articles.length / 2) + attempt) % corpus.articles.length;
  const article = corpus.articles[index];
  if (article === undefined) throw new Error("empty corpus");
  const path = join(corpus.dir, article.file);
  const original = readFileSync(path, "utf8");
  writeFileSync(path, `${original.trimEnd()}${EDIT_SENTENCE}\n`);
  return { file: article.file, restore: () => writeFileSync(path, original) };
}

/**
 * Builds once more after editing one article. The cache is only really warm when the loader
 * parsed exactly one article: if something else changed meanwhile (the Astro config, the parser
 * code or package-lock.json, e.g. edited by someone working in the same checkout), that build
 * re-parsed everything and now serves as the fresh full build, so it is repeated with another edit.
 */
async function warmRebuild(build: (label: string) => Promise<Build>, label: string, corpus: Corpus) {
  for (let attempt = 0; ; attempt++) {
    const edit = editOneArticle(corpus, attempt);
    try {
      const result = await build(attempt === 0 ? label : `${label} (retry ${attempt})`);
      const parsed = Number(/\((\d+) parsed/.exec(result.loaderMessage ?? "")?.[1] ?? Number.NaN);
      if (parsed <= 1 || Number.isNaN(parsed) || attempt >= 2) return { ...result, edited: edit.file };
      log(`  (not warm: ${[...result.notes, result.loaderMessage].join("; ")}; measuring again)`);
    } finally {
      edit.restore();
    }
  }
}

/** Builds once more after publishing one new article (removed again afterwards); warm like warmRebuild. */
async function publishRebuild(label: string, corpus: Corpus): Promise<Build & { published: string }> {
  const published = await publishArticle(corpus, seed, corpusOptions);
  try {
    const result = await newsprint(label);
    return { ...result, published: published.article.file };
  } finally {
    published.remove();
  }
}

async function main(): Promise<void> {
  if (!hasGnuTime()) {
    log(`warning: ${GNU_TIME} is missing (Debian package "time"): wall time from this process, no peak RSS.`);
  }
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(BASELINE_SOURCE, BASELINE_ROOT, { recursive: true });
  cpSync(FLOOR_SOURCE, FLOOR_ROOT, { recursive: true });
  if (editionCount === 3) {
    writeFileSync(
      siteConfigFile,
      JSON.stringify({ ...defaultSiteConfig, editions: [...defaultSiteConfig.editions, HONG_KONG] }, null, 2),
    );
  }

  log(
    `newsprint bench: ${articles} ${values.plain ? "plain articles (Simplified; no tags, authors or photos)" : "articles"}, ${editionCount} editions, ${photosOn ? `photos on 1 in ${photoEvery} articles (${photoSize.join("×")})` : "no photos"}, ${runs} run(s), seed ${seed}, work folder ${work}`,
  );
  const generateStart = performance.now();
  const corpus = await writeCorpus(corpusDir, articles, seed, corpusOptions);
  const generateMs = performance.now() - generateStart;
  log(
    `corpus: ${articles} articles, ${Math.round(corpus.chars / articles)} characters each on average, written in ${seconds(generateMs)}`,
  );
  const conversion: ConversionCost = measureConversion(corpus.articles);
  log(`conversion alone: ${millis(conversion.convertMs)} + ${millis(conversion.setupMs)} dictionary set-up`);
  const parserConversion = measureParserConversion(corpus.articles);
  log(
    `parser on ${parserConversion.sample} articles: ${parserConversion.withMs.toFixed(2)} ms per article, ${parserConversion.withoutMs.toFixed(2)} ms without conversion`,
  );

  const builds: { newsprint: Build[]; baseline: Build[]; sameJob: Build[] } = {
    newsprint: [],
    baseline: [],
    sameJob: [],
  };
  const withSameJob = values["same-job"] && hasHugo();
  if (values["same-job"] && !withSameJob) log("same job: skipped (Debian's hugo is not installed)");
  let rebuild: (Build & { edited: string }) | undefined;
  let publish: (Build & { published: string }) | undefined;
  let pagesAlone: Build | undefined;
  let direct: { cold: Build; warm: Build } | undefined;
  for (let run = 1; run <= runs; run++) {
    log(`run ${run}/${runs}`);
    const order: ("newsprint" | "baseline")[] = run % 2 === 1 ? ["newsprint", "baseline"] : ["baseline", "newsprint"];
    for (const kind of order) {
      clear(caches[kind]);
      if (kind === "baseline") {
        builds.baseline.push(await baseline(`cold #${run}`));
        continue;
      }
      builds.newsprint.push(await newsprint(`cold #${run}`));
      if (run === 1) {
        rebuild = await warmRebuild((label) => newsprint(label), "warm, 1 edited", corpus);
        // Back to the corpus as built cold (the edit was undone), then one article more.
        await newsprint("warm, restored");
        publish = await publishRebuild("warm, 1 published", corpus);
        if (values["pages-alone"]) {
          clear(pageCache);
          pagesAlone = await newsprint("pages alone");
        }
        if (values.direct) {
          clear(caches.newsprint);
          const cold = await newsprintDirect("direct cold");
          direct = { cold, warm: await warmRebuild(newsprintDirect, "direct warm", corpus) };
        }
      }
    }
    if (withSameJob) builds.sameJob.push(await sameJob(`cold #${run}`));
  }

  const astroFloor = values.floor ? await floor(distSize(out.newsprint).pages) : undefined;

  let profile: ProfileSummary | undefined;
  if (values.profile) {
    const dir = join(work, "cpu-profile");
    clear(caches.newsprint);
    await newsprint("cold, profiled", {}, ["--cpu-prof", "--cpu-prof-dir", dir]);
    const file = largestProfile(dir);
    if (file !== undefined) profile = summariseProfile(file);
  }

  const first = corpus.articles[0];
  const weights = {
    newsprintHant: first ? pageWeight(out.newsprint, `zh-hant/${first.slug}.html`) : undefined,
    newsprintHans: first ? pageWeight(out.newsprint, `zh-hans/${first.slug}.html`) : undefined,
    baseline: first ? pageWeight(out.baseline, `${first.slug}/index.html`) : undefined,
  };
  const sameJobDist = join(work, "same-job", "dist");
  const dist = {
    newsprint: distSize(out.newsprint),
    baseline: distSize(out.baseline),
    ...(builds.sameJob.length > 0 ? { sameJob: distSize(sameJobDist) } : {}),
  };
  print({
    corpus,
    generateMs,
    conversion,
    parserConversion,
    builds,
    rebuild,
    publish,
    pagesAlone,
    direct,
    weights,
    dist,
    profile,
    astroFloor,
  });

  if (!values.keep) {
    rmSync(work, { recursive: true, force: true });
    clear(caches.newsprint);
    clear(caches.baseline);
  }
}

type Results = {
  corpus: Corpus;
  generateMs: number;
  conversion: ConversionCost;
  parserConversion: ParserConversionCost;
  builds: { newsprint: Build[]; baseline: Build[]; sameJob: Build[] };
  rebuild: (Build & { edited: string }) | undefined;
  publish: (Build & { published: string }) | undefined;
  pagesAlone: Build | undefined;
  direct: { cold: Build; warm: Build } | undefined;
  weights: Record<"newsprintHant" | "newsprintHans" | "baseline", PageWeight | undefined>;
  dist: Record<"newsprint" | "baseline", DistSize> & { sameJob?: DistSize };
  profile: ProfileSummary | undefined;
  astroFloor: Build | undefined;
};

function print(results: Results): void {
  const { builds, rebuild, publish, conversion, weights, dist } = results;
  const wall = (list: Build[]) => median(list.map((b) => b.wallMs));
  const cpuOf = (b: Build | undefined) => (b?.userMs ?? Number.NaN) + (b?.systemMs ?? Number.NaN);
  const rss = (list: Build[]) => median(list.map((b) => b.peakRss ?? Number.NaN));
  const ratios = builds.newsprint.map((b, i) => b.wallMs / (builds.baseline[i]?.wallMs ?? Number.NaN));
  const rssRatios = builds.newsprint.map(
    (b, i) => (b.peakRss ?? Number.NaN) / (builds.baseline[i]?.peakRss ?? Number.NaN),
  );
  const np = { wall: wall(builds.newsprint), rss: rss(builds.newsprint) };
  const npTree = median(builds.newsprint.map((b) => b.peakTreeRss ?? Number.NaN));
  const base = { wall: wall(builds.baseline), rss: rss(builds.baseline) };
  const medianRatio = median(ratios);
  const rebuildRatio = rebuild && builds.newsprint[0] ? rebuild.wallMs / builds.newsprint[0].wallMs : undefined;
  const publishRatio = publish && builds.newsprint[0] ? publish.wallMs / builds.newsprint[0].wallMs : undefined;
  const pagesPerSecond = {
    newsprint: dist.newsprint.pages / (np.wall / 1000),
    baseline: dist.baseline.pages / (base.wall / 1000),
  };
  const standaloneShare = (conversion.convertMs + conversion.setupMs) / np.wall;
  const { parserConversion: pc } = results;
  const inParserMs = (pc.withMs - pc.withoutMs) * articles + conversion.setupMs;
  /**
   * Conversion runs in the parse workers, in parallel like the rest of the build, so its share of
   * the build is its share of the CPU time the build uses (user + system as GNU time reports it;
   * Pagefind's process is not waited for and not counted, which makes this share larger). The
   * share of wall time treats it as if it ran alone on the critical path: an upper bound, printed too.
   */
  const npCpuMs = median(builds.newsprint.map((b) => (b.userMs ?? Number.NaN) + (b.systemMs ?? Number.NaN)));
  const conversionMs = Math.max(conversion.convertMs + conversion.setupMs, inParserMs);
  const conversionShare = conversionMs / npCpuMs;
  const conversionWallBound = conversionMs / np.wall;
  const npWeight = weights.newsprintHant;
  const jsBytes = npWeight ? npWeight.inlineJs + npWeight.externalJs : undefined;

  log(
    heading(
      `Full builds, cold (${articles} articles; newsprint ${dist.newsprint.pages} pages, baseline ${dist.baseline.pages})`,
    ),
  );
  log(
    table([
      ["run", "newsprint", "peak RSS", "baseline", "peak RSS", "ratio (time)", "ratio (RSS)"],
      ...builds.newsprint.map((b, i) => [
        String(i + 1),
        seconds(b.wallMs),
        mib(b.peakRss),
        seconds(builds.baseline[i]?.wallMs),
        mib(builds.baseline[i]?.peakRss),
        ratio(ratios[i]),
        ratio(rssRatios[i]),
      ]),
      [
        "median",
        seconds(np.wall),
        mib(np.rss),
        seconds(base.wall),
        mib(base.rss),
        ratio(medianRatio),
        ratio(median(rssRatios)),
      ],
    ]),
  );
  log(
    `pages per second (median): newsprint ${pagesPerSecond.newsprint.toFixed(1)}, baseline ${pagesPerSecond.baseline.toFixed(1)}; ` +
      `cold time per article: newsprint ${millis(np.wall / articles)}, baseline ${millis(base.wall / articles)}`,
  );
  const cpu = (b: Build | undefined) =>
    b?.userMs === undefined ? "n/a" : `${seconds(b.userMs)} user + ${seconds(b.systemMs)} sys`;
  log(`CPU time, run 1: newsprint ${cpu(builds.newsprint[0])}; baseline ${cpu(builds.baseline[0])}`);
  const byProcess = (b: Build | undefined) =>
    Object.entries(b?.cpuByProcess ?? {})
      .filter(([, ms]) => ms >= 50)
      .sort(([, a], [, b]) => b - a)
      .map(([kind, ms]) => `${kind} ${seconds(ms)}`)
      .join(", ") || "n/a";
  if (builds.sameJob.length > 0) {
    const same = wall(builds.sameJob);
    log(
      `same job with Hugo + opencc-js + Pagefind (${dist.sameJob?.pages ?? "?"} pages): median ${seconds(same)}, ` +
        `CPU run 1 ${cpu(builds.sameJob[0])}, peak RSS ${mib(rss(builds.sameJob))}; newsprint / same job ${ratio(np.wall / same)}`,
    );
  }
  log(`CPU time by process, run 1 (sampled from /proc every 100 ms):`);
  log(`  newsprint: ${byProcess(builds.newsprint[0])}`);
  log(`  baseline:  ${byProcess(builds.baseline[0])}`);

  log(
    heading("Phases, run 1 (log = Astro's own figure; lines = between log lines' arrival; missing = not in the log)"),
  );
  const columns: [string, Build | undefined][] = [
    ["newsprint cold", builds.newsprint[0]],
    ["warm, 1 edit", rebuild],
    ["warm, 1 published", publish],
    ["pages alone", results.pagesAlone],
    ...(results.direct
      ? ([
          ["direct cold", results.direct.cold],
          ["direct warm", results.direct.warm],
        ] as [string, Build][])
      : []),
    ["baseline cold", builds.baseline[0]],
  ];
  const names = [...new Set(columns.flatMap(([, b]) => (b?.phases ?? []).map((p) => p.name)))];
  log(
    table([
      ["phase", ...columns.map(([title]) => title)],
      ...names.map((name) => [name, ...columns.map(([, b]) => cell(b?.phases.find((p) => p.name === name)))]),
      ["wall time (GNU time)", ...columns.map(([, b]) => seconds(b?.wallMs))],
      ["peak RSS (GNU time: largest process)", ...columns.map(([, b]) => mib(b?.peakRss))],
      ["peak RSS, whole process tree (sampled)", ...columns.map(([, b]) => mib(b?.peakTreeRss))],
    ]),
  );
  log("direct = `astro build --outDir <fixed>` without src/cli/build.ts (no search index, no swap)");

  const logRebuild = (
    title: string,
    result: (Build & { loaderMessage?: string | undefined }) | undefined,
    share: number | undefined,
    article: string | undefined,
  ) => {
    log(heading(title));
    const cpuShare = cpuOf(result) / cpuOf(builds.newsprint[0]);
    log(
      result === undefined
        ? "not measured"
        : `${seconds(result.wallMs)} = ${percent(share)} of the cold build of run 1; CPU ${percent(cpuShare)} (${article}; ${result.loaderMessage ?? "no loader message"})`,
    );
    if (result && result.notes.length > 0) log(`Astro said: ${result.notes.join("; ")}`);
  };
  logRebuild("Rebuild after editing one article (warm caches)", rebuild, rebuildRatio, rebuild?.edited);
  logRebuild(
    "Rebuild after publishing one new article (the newest: front page, section, tags, authors, feeds)",
    publish,
    publishRatio,
    publish?.published,
  );

  const alone = results.pagesAlone;
  log(heading("Pages alone: articles parsed and search index cached, every page rendered again"));
  log(
    alone === undefined
      ? "not measured"
      : `${seconds(alone.wallMs)} = ${ratio(alone.wallMs / base.wall)} the baseline's median cold build, ${percent(alone.wallMs / (builds.newsprint[0]?.wallMs ?? Number.NaN))} of newsprint's cold build of run 1 (${alone.loaderMessage ?? "no loader message"}): what Astro's rendering and writing of ${dist.newsprint.pages} pages costs before newsprint parses, converts or indexes anything`,
  );
  const astroFloor = results.astroFloor;
  log(heading(`Astro's floor: ${dist.newsprint.pages} empty pages, no content, no integrations (tests/bench/floor/)`));
  log(
    astroFloor === undefined
      ? "not measured"
      : `${seconds(astroFloor.wallMs)} wall, ${seconds(cpuOf(astroFloor))} CPU, peak RSS ${mib(astroFloor.peakRss)}: ` +
          `newsprint's cold build of run 1 is ${ratio((builds.newsprint[0]?.wallMs ?? Number.NaN) / astroFloor.wallMs)} the floor's wall time, ` +
          `${ratio(cpuOf(builds.newsprint[0]) / cpuOf(astroFloor))} its CPU time; the baseline's median is ${ratio(base.wall / astroFloor.wallMs)} the floor's wall time`,
  );
  if (results.direct) {
    const { cold, warm } = results.direct;
    log(
      `direct: cold ${seconds(cold.wallMs)}, warm after one edit ${seconds(warm.wallMs)} = ${percent(warm.wallMs / cold.wallMs)} (${warm.loaderMessage ?? "no loader message"})`,
    );
  }

  log(heading("Script conversion (in-process, project converter and settings, both editions)"));
  log(
    table([
      [
        "alone: every prose unit of the corpus",
        `${millis(conversion.convertMs)} + ${millis(conversion.setupMs)} set-up`,
        percent(standaloneShare),
      ],
      [
        `inside parseArticle: (with − without conversion) × ${articles}, from ${pc.sample} articles`,
        `${millis(inParserMs)} (${(pc.withMs - pc.withoutMs).toFixed(2)} of ${pc.withMs.toFixed(2)} ms per article)`,
        percent(inParserMs / np.wall),
      ],
    ]),
  );
  log(
    `${(conversion.characters / 1e6).toFixed(2)} M characters; % of newsprint's median wall time (an upper bound: conversion runs in parallel workers)`,
  );
  log(
    `share of the build's CPU time (median user + system ${seconds(npCpuMs)}), the larger estimate: ${percent(conversionShare)} (counts for the target); of wall time: ${percent(conversionWallBound)}`,
  );

  log(heading("Output"));
  log(
    table([
      ["", "newsprint", "baseline"],
      ["dist size", mib(dist.newsprint.bytes), mib(dist.baseline.bytes)],
      ["files", String(dist.newsprint.files), String(dist.baseline.files)],
      ["HTML pages", String(dist.newsprint.pages), String(dist.baseline.pages)],
    ]),
  );
  log(heading(`Weight of one article page (${results.corpus.articles[0]?.slug ?? "?"}; bytes; gzip per file)`));
  const w = (p: PageWeight | undefined, key: keyof PageWeight) => (p === undefined ? "n/a" : kib(p[key] as number));
  log(
    table([
      ["", "newsprint zh-hant", "newsprint zh-hans", "baseline"],
      ...(
        [
          ["HTML markup", "markup"],
          ["inline CSS", "inlineCss"],
          ["inline JS", "inlineJs"],
          ["external CSS", "externalCss"],
          ["external JS", "externalJs"],
          ["gzip total (HTML+CSS+JS)", "gzipTotal"],
          ["gzip JS", "gzipJs"],
        ] as const
      ).map(([label, key]) => [
        label,
        w(weights.newsprintHant, key),
        w(weights.newsprintHans, key),
        w(weights.baseline, key),
      ]),
    ]),
  );
  log(`external files (newsprint): ${npWeight?.externalFiles.join(", ") || "none"}`);

  // The archive-scale targets (docs/performance.md): the build ratio is set for 4,000 articles of
  // this corpus in two editions without photos; memory and rebuild shares for 20,000 articles in
  // three editions with photos on a third; the others hold at any size.
  const ratioRun = articles === RATIO_ARTICLES && editionCount === 2 && !photosOn;
  const scaleRun = articles === SCALE_ARTICLES && editionCount === 3 && photosOn;
  // The plain corpus (no tags or authors) has a target of its own.
  const ratioTarget = values.plain ? 1.3 : 1.5;
  const targets = {
    buildRatio: { value: medianRatio, target: ratioTarget, pass: medianRatio <= ratioTarget },
    peakRss: { value: np.rss, target: MEMORY_LIMIT, pass: np.rss <= MEMORY_LIMIT },
    rebuildShare: { value: rebuildRatio, target: 0.03, pass: rebuildRatio !== undefined && rebuildRatio <= 0.03 },
    publishShare: { value: publishRatio, target: 0.05, pass: publishRatio !== undefined && publishRatio <= 0.05 },
    conversionShare: { value: conversionShare, target: 0.15, pass: conversionShare <= 0.15 },
    pageGzip: { value: npWeight?.gzipTotal, target: 30 * 1024, pass: (npWeight?.gzipTotal ?? Infinity) <= 30 * 1024 },
    pageJs: { value: jsBytes, target: 2 * 1024, pass: (jsBytes ?? Infinity) <= 2 * 1024 },
  };
  const cpuShareOf = (b: Build | undefined) => percent(cpuOf(b) / cpuOf(builds.newsprint[0]));
  log(heading("Targets"));
  const setFor = (applies: boolean, what: string) => (applies ? "" : ` (set for ${what}; shown for comparison)`);
  const ratioFor = setFor(ratioRun, `${RATIO_ARTICLES} articles, 2 editions, no photos`);
  const scaleFor = setFor(scaleRun, `${SCALE_ARTICLES} articles, 3 editions, photos`);
  log(
    table([
      ["target", "measured", "goal", ""],
      [
        `cold build newsprint / plain Astro (median of ratios)${ratioFor}`,
        ratio(medianRatio),
        `≤ ${ratioTarget}×`,
        mark(targets.buildRatio.pass),
      ],
      [
        `largest process, peak RSS (GNU time)${scaleFor}`,
        mib(np.rss),
        "≤ 2 GB (1,907 MiB)",
        mark(targets.peakRss.pass),
      ],
      ["  the whole process tree (sampled)", mib(npTree), "", ""],
      [
        `rebuild after editing one article / cold build, wall (CPU ${cpuShareOf(rebuild)})${scaleFor}`,
        percent(rebuildRatio),
        "≤ 3 %",
        mark(targets.rebuildShare.pass) +
          (/\(1 parsed/.test(rebuild?.loaderMessage ?? "") ? "" : " (cache was not warm)"),
      ],
      [
        `rebuild after publishing one article / cold build, wall (CPU ${cpuShareOf(publish)})${scaleFor}`,
        percent(publishRatio),
        "≤ 5 %",
        mark(targets.publishShare.pass),
      ],
      ["script conversion / build CPU time", percent(conversionShare), "≤ 15 %", mark(targets.conversionShare.pass)],
      ["article page gzip HTML+CSS+JS", kib(npWeight?.gzipTotal), "≤ 30 KiB", mark(targets.pageGzip.pass)],
      ["article page JS (raw, inline + external)", kib(jsBytes), "≤ 2 KiB", mark(targets.pageJs.pass)],
    ]),
  );
  log(
    "Also targets: the cold build at 20,000 articles within 5.5× the time at 4,000 (two runs of this bench), and an edit shown by `npm run dev` at 4,000 articles within 1 s (`--dev`).",
  );
  if (results.profile) log(`\n${formatSummary(results.profile)}`);

  const slim = (b: Build) => ({
    label: b.label,
    wallMs: Math.round(b.wallMs),
    peakRss: b.peakRss,
    peakTreeRss: b.peakTreeRss,
    userMs: b.userMs,
    systemMs: b.systemMs,
    cpuByProcess: b.cpuByProcess,
    phases: Object.fromEntries(b.phases.map((p) => [p.name, p.ms === undefined ? null : Math.round(p.ms)])),
  });
  const json = {
    bench: "newsprint",
    articles,
    runs,
    seed,
    editions: editionCount,
    plain: values.plain,
    photoEvery,
    photoSize,
    photoFiles: results.corpus.articles.reduce((sum, article) => sum + (article.photos?.length ?? 0), 0),
    pagesPerSecond,
    coldMsPerArticle: np.wall / articles,
    corpus: { averageChars: Math.round(results.corpus.chars / articles), generateMs: Math.round(results.generateMs) },
    newsprint: {
      medianWallMs: Math.round(np.wall),
      medianPeakRss: np.rss,
      pages: dist.newsprint.pages,
      builds: builds.newsprint.map(slim),
    },
    baseline: {
      medianWallMs: Math.round(base.wall),
      medianPeakRss: base.rss,
      pages: dist.baseline.pages,
      builds: builds.baseline.map(slim),
    },
    sameJob:
      builds.sameJob.length > 0
        ? {
            tools: "Hugo + opencc-js + Pagefind",
            medianWallMs: Math.round(wall(builds.sameJob)),
            medianPeakRss: rss(builds.sameJob),
            pages: dist.sameJob?.pages,
            builds: builds.sameJob.map(slim),
            newsprintRatio: np.wall / wall(builds.sameJob),
          }
        : null,
    ratios,
    medianRatio,
    rebuild: rebuild
      ? { ...slim(rebuild), ratio: rebuildRatio, loader: rebuild.loaderMessage, notes: rebuild.notes }
      : null,
    publish: publish
      ? { ...slim(publish), ratio: publishRatio, loader: publish.loaderMessage, notes: publish.notes }
      : null,
    pagesAlone: alone === undefined ? null : { ...slim(alone), baselineRatio: alone.wallMs / base.wall },
    astroFloor: astroFloor === undefined ? null : slim(astroFloor),
    directRebuild: results.direct
      ? {
          cold: slim(results.direct.cold),
          warm: { ...slim(results.direct.warm), loader: results.direct.warm.loaderMessage },
          ratio: results.direct.warm.wallMs / results.direct.cold.wallMs,
        }
      : null,
    conversion: {
      ...conversion,
      parser: pc,
      inParserMs,
      standaloneShare,
      share: conversionShare,
      wallShare: conversionWallBound,
    },
    dist,
    pageWeight: weights,
    targets,
    profile: results.profile ? { areas: results.profile.areas, inclusive: results.profile.inclusive } : null,
  };
  log("");
  log(JSON.stringify(json));
}

const cell = (p: Phase | undefined): string =>
  p === undefined || p.ms === undefined ? "missing" : `${millis(p.ms)} (${p.how})`;
const mark = (pass: boolean): string => (pass ? "met" : "NOT MET");

await main();

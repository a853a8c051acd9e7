/**
 * The photo run: `npm run bench -- --photos N [--runs R] [--checkout DIR]… [--floor-formats webp,jpg]`.
 *
 * Builds a corpus whose articles carry N distinct 2,400 × 1,500 photos (a lead photo each, a body
 * figure every third) cold, and measures in the same run a decode-once sharp pipeline producing
 * the same variants from the same files (the floor: each photo decoded and resized once to raw
 * pixels, every width and format encoded from those, both cores busy; on the first
 * `--floor-sample` photos, default 200). Reports newsprint's cost per photo (Astro's "generating
 * optimized images" phase over the photo count) against the floor, the build's peak memory, and
 * a rebuild with Astro's image cache kept. `--checkout DIR` builds another checkout of newsprint (e.g. the code
 * before a change, with its own node_modules or a link to these) in the same run, interleaved
 * with this one, so both see the same machine load.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import sharp from "sharp";
import { writeCorpus } from "./corpus.ts";
import { runMeasured, type RunResult } from "./measure.ts";
import { readPhases } from "./phases.ts";
import { heading, median, mib, millis, ratio, seconds, table } from "./report.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const PHOTO_SIZE = [2400, 1500] as const;
/** What newsprint encodes per photo (src/lib/site/picture.ts): these widths, and one fallback JPEG. */
const WIDTHS = [360, 640, 960, 1280] as const;
const FALLBACK_WIDTH = 640;
const QUALITY = { avif: 55, webp: 70, jpg: 75 } as const;
export type FloorFormat = keyof typeof QUALITY;
export const isFloorFormat = (format: string): format is FloorFormat => format in QUALITY;

export type PhotoBenchOptions = {
  readonly photos: number;
  readonly runs: number;
  readonly seed: number;
  readonly keep: boolean;
  /** Other checkouts of newsprint built in the same run (label = folder name). */
  readonly checkouts: readonly string[];
  /** Formats of the floor's srcset (the fallback JPEG is always made). */
  readonly floorFormats: readonly FloorFormat[];
  /** The floor is measured on this many of the photos (its cost is per photo). */
  readonly floorSample: number;
  /** Also measure what each `photos.formats` choice costs (decode once, on the sample). */
  readonly formatCosts: boolean;
};

/** The `photos.formats` choices whose encoding cost `--format-costs` measures. */
const FORMAT_CHOICES: readonly (readonly FloorFormat[])[] = [[], ["webp"], ["avif", "webp"]];

type PhotoBuild = {
  readonly checkout: string;
  readonly run: number;
  readonly result: RunResult;
  readonly imagesMs: number | undefined;
  readonly encoded: string;
};

/** Encodes every photo the decode-once way, `availableParallelism()` photos at a time; returns the wall time. */
export async function floor(
  files: readonly string[],
  formats: readonly FloorFormat[],
  outDir: string,
): Promise<number> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index] as string;
      const { data, info } = await sharp(file)
        .rotate()
        .resize({ width: Math.max(...WIDTHS), withoutEnlargement: true })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
      const variants: [number, FloorFormat][] = [
        ...formats.flatMap((format) => WIDTHS.map((width) => [width, format] as [number, FloorFormat])),
        [FALLBACK_WIDTH, "jpg"],
      ];
      for (const [width, format] of variants) {
        const pipeline = sharp(data, raw).resize({ width });
        const encoded =
          format === "avif"
            ? pipeline.avif({ quality: QUALITY.avif, effort: 2 })
            : format === "webp"
              ? pipeline.webp({ quality: QUALITY.webp })
              : pipeline.jpeg({ quality: QUALITY.jpg });
        writeFileSync(join(outDir, `${index}-${width}.${format}`), await encoded.toBuffer());
      }
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return performance.now() - start;
}

export async function runPhotoBench(options: PhotoBenchOptions): Promise<void> {
  const log = (message: string) => console.log(message);
  const work = join(ROOT, ".tmp/bench", `photos-n${options.photos}-s${options.seed}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const corpusDir = join(work, "corpus");
  // A lead photo per article and a body figure every third: 4 photos per 3 articles.
  const articles = Math.max(1, Math.ceil((options.photos * 3) / 4));
  const corpus = await writeCorpus(corpusDir, articles, options.seed, { photoSize: PHOTO_SIZE });
  const files = corpus.articles.flatMap((article) =>
    (article.photos ?? []).map((photo) => join(corpusDir, photo.file)),
  );
  if (files.length === 0) throw new Error("the corpus has no photos (BENCH_PHOTOS=0?)");
  const checkouts = [ROOT, ...options.checkouts.map((dir) => resolve(dir))];
  const label = (dir: string) => (dir === ROOT ? "this checkout" : dir);
  log(
    `photo bench: ${files.length} distinct ${PHOTO_SIZE.join("×")} photos in ${articles} articles, ${options.runs} run(s), ` +
      `${availableParallelism()} cores, checkouts: ${checkouts.map(label).join(", ")}; work folder ${work}`,
  );

  const floors: number[] = [];
  const builds: PhotoBuild[] = [];
  const sample = files.slice(0, Math.max(1, options.floorSample));
  /** Floor cost per photo, on the sample. */
  const measureFloor = async () => {
    const ms = (await floor(sample, options.floorFormats, join(work, "floor"))) / sample.length;
    floors.push(ms);
    log(`  floor (decode once, ${options.floorFormats.join("+")} + jpg, ${sample.length} photos)  ${millis(ms)}/photo`);
  };
  for (let run = 1; run <= options.runs; run++) {
    await measureFloor();
    // Alternate the order of checkouts between runs so that neither always builds first.
    const order = run % 2 === 1 ? checkouts : [...checkouts].reverse();
    for (const checkout of order) {
      const cache = join(work, "cache", String(checkouts.indexOf(checkout)));
      rmSync(cache, { recursive: true, force: true });
      builds.push(await buildOnce(checkout, cache, run, "cold"));
    }
  }
  await measureFloor();
  // Astro's image cache kept: a rebuild copies every variant instead of encoding it.
  const warm = await buildOnce(ROOT, join(work, "cache", "0"), options.runs, "warm");

  async function buildOnce(checkout: string, cache: string, run: number, kind: string): Promise<PhotoBuild> {
    const result = await runMeasured({
      cwd: checkout,
      nodeArgs: ["src/cli/build.ts"],
      timeFile: join(work, "time.txt"),
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        NEWSPRINT_CONTENT_DIR: corpusDir,
        NEWSPRINT_OUT_DIR: join(work, "dist", String(checkouts.indexOf(checkout))),
        NEWSPRINT_CACHE_DIR: cache,
        NEWSPRINT_LOG_LEVEL: "info",
        SITE: "https://news.example.org",
        BASE: "/",
      },
    });
    writeFileSync(
      join(work, `build-${checkouts.indexOf(checkout)}-${run}-${kind}.log`),
      result.lines.map((line) => line.text).join("\n") + result.stderr,
    );
    if (result.code !== 0) {
      log(
        result.lines
          .slice(-30)
          .map((line) => line.text)
          .join("\n") + result.stderr.slice(-3000),
      );
      throw new Error(`build of ${label(checkout)} failed with exit code ${result.code}`);
    }
    const phases = readPhases(result.lines, result.wallMs);
    const imagesMs = phases.phases.find((phase) => phase.name.includes("optimising images"))?.ms;
    const encoded = phases.notes.find((note) => note.startsWith("images:")) ?? "images: none";
    log(
      `  ${label(checkout)} ${kind}  build ${seconds(result.wallMs)}, images ${seconds(imagesMs)} ` +
        `(${millis((imagesMs ?? Number.NaN) / files.length)}/photo; ${encoded}), peak RSS ${mib(result.peakRss)}` +
        ` (process tree ${mib(result.peakTreeRss)})`,
    );
    return { checkout, run, result, imagesMs, encoded };
  }

  const floorMs = median(floors);
  const formatCosts = new Map<string, number[]>();
  if (options.formatCosts) {
    // Twice each, interleaved, on the same sample.
    for (let round = 0; round < 2; round++) {
      for (const formats of FORMAT_CHOICES) {
        const ms = (await floor(sample, formats, join(work, "floor"))) / sample.length;
        const name = JSON.stringify(formats);
        formatCosts.set(name, [...(formatCosts.get(name) ?? []), ms]);
        log(`  formats ${name} (+ jpg)  ${millis(ms)}/photo`);
      }
    }
  }
  log(heading(`Photos: cost per photo against the decode-once floor (${files.length} photos, median of runs)`));
  log(
    table([
      ["checkout", "build", "images", "per photo", "× floor", "peak RSS", "tree RSS"],
      ...checkouts.map((checkout) => {
        const mine = builds.filter((build) => build.checkout === checkout);
        const perPhoto = median(mine.map((build) => (build.imagesMs ?? Number.NaN) / files.length));
        return [
          label(checkout),
          seconds(median(mine.map((build) => build.result.wallMs))),
          seconds(median(mine.map((build) => build.imagesMs ?? Number.NaN))),
          millis(perPhoto),
          ratio(perPhoto / floorMs),
          mib(median(mine.map((build) => build.result.peakRss ?? Number.NaN))),
          mib(median(mine.map((build) => build.result.peakTreeRss ?? Number.NaN))),
        ];
      }),
      [
        "this checkout, warm (image cache kept)",
        seconds(warm.result.wallMs),
        seconds(warm.imagesMs),
        millis((warm.imagesMs ?? Number.NaN) / files.length),
        ratio((warm.imagesMs ?? Number.NaN) / files.length / floorMs),
        mib(warm.result.peakRss),
        mib(warm.result.peakTreeRss),
      ],
      ["floor (decode once)", "", "", millis(floorMs), "1.00×", "", ""],
    ]),
  );
  if (formatCosts.size > 0) {
    log(heading(`Encoding cost per photo by photos.formats (decode once, ${sample.length} photos, median of 2)`));
    log(table([["photos.formats", "per photo"], ...[...formatCosts].map(([name, ms]) => [name, millis(median(ms))])]));
  }
  console.log(
    JSON.stringify({
      formatCosts: Object.fromEntries([...formatCosts].map(([name, ms]) => [name, median(ms)])),
      photos: files.length,
      floorMsPerPhoto: floorMs,
      floorRuns: floors,
      warm: { wallMs: warm.result.wallMs, imagesMs: warm.imagesMs, encoded: warm.encoded },
      builds: builds.map((build) => ({
        checkout: label(build.checkout),
        run: build.run,
        wallMs: build.result.wallMs,
        imagesMs: build.imagesMs,
        peakRss: build.result.peakRss,
        peakTreeRss: build.result.peakTreeRss,
        encoded: build.encoded,
      })),
    }),
  );
  if (!options.keep) rmSync(work, { recursive: true, force: true });
}

/**
 * Astro bundles the content store into the build as one module, `export default JSON.parse("…")`
 * with the whole store as a string literal. V8 compiles a string literal of tens of megabytes
 * very slowly: the 47 MB store of 20,000 articles took 7.1 s to import, where `JSON.parse` of the
 * same text takes 0.3 s (docs/performance.md), and every build, a rebuild after one edit too,
 * paid it, and the dev server after every edit. The module reads the store file when it runs
 * instead: in a build the bundle it is part of runs only here, after the content sync has written
 * the file. It is loaded before Astro's own loader would read, check and quote the whole store
 * (1.5 s at 20,000 articles, and as long again for the bundler to take the literal in).
 */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** Astro's resolved id of the content store module (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = "\0astro:data-layer-content";

/** Collections by name, entries by id, as Astro's content store holds them. */
export type LiveCollections = ReadonlyMap<string, ReadonlyMap<string, unknown>>;
/** Where the dev server's store module finds the collections the loader synced last. */
const LIVE_KEY = "newsprint.dev-content-store";
type Global = { [key: symbol]: LiveCollections | undefined };

/** The dev server's pages read these collections from now on (./dev-content-store.ts); undefined: the file. */
export function setLiveCollections(collections: LiveCollections | undefined): void {
  (globalThis as unknown as Global)[Symbol.for(LIVE_KEY)] = collections;
}
/**
 * The metadata Astro gives that module (astro/dist/core/build/incremental-metadata.js): content
 * data, which its incremental build leaves out of the pages' code digests (each page's own cache
 * key covers its data); without it every page would count as changed in every build.
 */
const CONTENT_DATA = { astroIncremental: { kind: "content-data" } } as const;

/**
 * The content store module of `astro build` (`store`: `<cacheDir>/data-store.json`, checked to be
 * the file the content sync wrote, read when the module runs) or of `astro dev`: the collections
 * the loader synced last, handed over in this process (./dev-content-store.ts), else
 * `.astro/data-store.json` as an earlier run left it. Astro's own command decides which: a build
 * also runs a Vite server to sync. Only for a store in one file (`experimental.collectionStorage`
 * unset or "single-file").
 */
export function dataStoreReadAtRunTime(store: URL, command: "build" | "dev"): Plugin {
  const file = fileURLToPath(store);
  return {
    name: "newsprint:data-store-read-at-run-time",
    enforce: "pre",
    // In a build, only the bundle of the pages (not the Vite server Astro syncs content with).
    apply: command === "build" ? "build" : "serve",
    load: {
      order: "pre",
      filter: { id: /^\0astro:data-layer-content$/u },
      handler(id) {
        if (id !== DATA_STORE_MODULE) return undefined;
        if (command === "dev") return { code: devStoreModule(file), map: { mappings: "" } };
        // No store yet: Astro's own module (an empty one).
        if (!existsSync(file)) return undefined;
        // The file the sync wrote; a different one when the pages run would be a changed store.
        const { size, mtimeMs } = statSync(file);
        const read = [
          `import { readFileSync, statSync } from "node:fs";`,
          `const file = ${JSON.stringify(file)};`,
          `const { size, mtimeMs } = statSync(file);`,
          `if (size !== ${size} || mtimeMs !== ${mtimeMs}) throw new Error(\`The content store \${file} changed during the build: build again.\`);`,
          `export default JSON.parse(readFileSync(file, "utf8"));`,
        ];
        return { code: read.join("\n"), map: { mappings: "" }, meta: CONTENT_DATA };
      },
    },
  };
}

/**
 * In the dev server, the collections the loader synced last (./dev-content-store.ts), else the
 * file of an earlier run, else an empty store.
 */
function devStoreModule(file: string): string {
  return [
    `import { existsSync, readFileSync } from "node:fs";`,
    `const file = ${JSON.stringify(file)};`,
    `export default globalThis[Symbol.for(${JSON.stringify(LIVE_KEY)})] ?? (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : new Map());`,
  ].join("\n");
}

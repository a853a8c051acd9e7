/**
 * The content store module reads the store file when it runs: the same data as Astro's inline
 * module, loaded before Astro's loader reads the store; in a build an error, not stale data, when
 * the file changed in between. In the dev server, the collections the loader synced last, handed
 * over in the process, else the file as it is now, else an empty store.
 */
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dataStoreReadAtRunTime, setLiveCollections } from "../../../src/integrations/data-store-module.ts";
import { ROOT } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/data-store-module");
afterAll(() => {
  setLiveCollections(undefined);
  rmSync(WORK, { recursive: true, force: true });
});

type Load = { order: string; handler: (id: string) => { code: string; meta: unknown } | undefined };

const store = JSON.stringify([["Map", 1, 2], "articles", { title: "青岛“保密”培训\n" }]);
const files: Record<"build" | "dev", URL> = {
  build: pathToFileURL(join(WORK, "cache/data-store.json")),
  dev: pathToFileURL(join(WORK, ".astro/data-store.json")),
};

/** The store module the plugin loads for `command`, written where it can be imported. */
function storeModule(command: "build" | "dev"): string {
  const plugin = dataStoreReadAtRunTime(files[command], command);
  expect(plugin.apply).toBe(command === "build" ? "build" : "serve");
  // Before Astro's own loader, which would read and quote the whole store.
  expect(plugin.enforce).toBe("pre");
  const load = plugin.load as Load;
  expect(load.order).toBe("pre");
  // Other modules are left to Astro.
  expect(load.handler("\0astro:content")).toBeUndefined();
  const loaded = load.handler("\0astro:data-layer-content")!;
  // Astro's incremental build must see content data, not code, or every page would count as changed.
  if (command === "build") expect(loaded.meta).toEqual({ astroIncremental: { kind: "content-data" } });
  return written(`${command}.mjs`, loaded.code);
}

function written(name: string, code: string): string {
  const module = join(WORK, name);
  writeFileSync(module, code);
  return pathToFileURL(module).href;
}

const loadFor = (file: string, command: "build" | "dev") =>
  (dataStoreReadAtRunTime(pathToFileURL(join(WORK, file)), command).load as Load).handler("\0astro:data-layer-content");

describe("dataStoreReadAtRunTime", () => {
  beforeEach(() => {
    rmSync(WORK, { recursive: true, force: true });
    for (const dir of ["cache", ".astro"]) mkdirSync(join(WORK, dir), { recursive: true });
    writeFileSync(files.build, store);
    writeFileSync(files.dev, store.replace("青岛", "大连"));
  });

  it("in a build, reads the store Astro inlined from the cache folder, and refuses one changed since", async () => {
    const module = storeModule("build");
    expect(((await import(`${module}?first`)) as { default: unknown }).default).toEqual(JSON.parse(store));
    writeFileSync(files.build, store.replace("青岛", "北京"));
    utimesSync(files.build, new Date(), new Date(Date.now() + 5000));
    await expect(import(`${module}?changed`)).rejects.toThrow(/changed during the build/);
    // A store not written yet: Astro's own module (an empty one).
    expect(loadFor("none.json", "build")).toBeUndefined();
  });

  it("in the dev server, reads the collections the loader synced last, handed over in the process", async () => {
    const module = storeModule("dev");
    const synced = new Map([["articles", new Map([["qingdao", { id: "qingdao", data: { title: "青岛" } }]])]]);
    setLiveCollections(synced);
    // The same objects, not the file.
    expect(((await import(`${module}?live`)) as { default: unknown }).default).toBe(synced);
    setLiveCollections(undefined);
    // Before the first sync, and with no file from an earlier run: an empty store.
    const none = written("none.mjs", loadFor("none.json", "dev")!.code);
    expect(((await import(none)) as { default: unknown }).default).toEqual(new Map());
  });

  it("in the dev server before the first sync, reads .astro/data-store.json as it is when the module runs", async () => {
    const module = storeModule("dev");
    expect(((await import(`${module}?first`)) as { default: unknown }).default).toEqual(
      JSON.parse(store.replace("青岛", "大连")),
    );
    writeFileSync(files.dev, store.replace("青岛", "厦门"));
    expect(((await import(`${module}?edited`)) as { default: unknown }).default).toEqual(
      JSON.parse(store.replace("青岛", "厦门")),
    );
  });
});

it("serves a site of one collection: the dev server's live store holds the loader's alone", () => {
  const config = readFileSync(join(ROOT, "src/content.config.ts"), "utf8");
  // A second collection would vanish from dev pages after the first edit
  // (src/integrations/dev-content-store.ts publishes the articles collection only).
  expect(config.match(/defineCollection\(/g)).toHaveLength(1);
});

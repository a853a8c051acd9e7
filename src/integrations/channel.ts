/**
 * How the article loader reports to the newsprint integration (./newsprint.ts), in one process.
 *
 * Astro imports astro.config.mjs, and so the integration, with Node, but content.config.ts, and so
 * the loader, through Vite: each side has its own instance of every module, so module state
 * cannot carry anything from one to the other. The integration therefore adds a Vite plugin named
 * CHANNEL_PLUGIN to the Astro config; its `api` field (Vite's place for plugins to talk to each
 * other) is the channel below, and the loader finds it in the config its context hands it.
 *
 * - `articlesLoaded`: the articles are known and valid. In a build, the search index starts at
 *   once, in child processes, and runs beside Astro's bundling and page rendering; the photos'
 *   originals are linked where Astro's image generation reads them.
 * - `contentFailed`: content errors (dev server): shown in the browser until a sync succeeds.
 * - `syncPending`: (dev server) an edit is waiting for its sync: pages asked for meanwhile wait;
 *   `storeChanged`: the collection after a sync that changed it: pages read it at once
 *   (./dev-content-store.ts).
 */
import type { AstroConfig } from "astro";
import type { Plugin, PluginOption } from "vite";
import type { Diagnostic } from "../lib/article/diagnostics.ts";
import type { Original } from "../lib/output/photo-originals.ts";
import type { SearchEntry } from "../lib/site/search-index.ts";
import type { LiveCollections } from "./data-store-module.ts";

export const CHANNEL_PLUGIN = "newsprint:channel";

export type LoadedArticles = {
  readonly articles: number;
  /** Articles parsed in this sync (the others came from the content cache). */
  readonly parsed: number;
  readonly editions: number;
  /** One entry per article: its record is made only if its index shard is rebuilt. */
  readonly search: readonly SearchEntry[];
  /** Fingerprint of the indexing code: when it changes, every shard is indexed again. */
  readonly searchVersion: string;
  /** The photos published articles use, once each: their originals are linked for the image pipeline. */
  readonly photos: readonly Original[];
};

export type NewsprintChannel = {
  articlesLoaded(loaded: LoadedArticles): void;
  /** Errors of the last sync; file paths relative to the project root, as in diagnostics. */
  contentFailed(errors: readonly Diagnostic[]): void;
  syncPending(pending: boolean): void;
  storeChanged(collections: LiveCollections): void;
};

export type ChannelPlugin = Plugin & { readonly api: NewsprintChannel };

/** The channel of the newsprint integration in this Astro config, if it is registered. */
export function findChannel(config: AstroConfig): NewsprintChannel | undefined {
  const plugins: PluginOption[] = [...(config.vite.plugins ?? [])];
  while (plugins.length > 0) {
    const plugin = plugins.shift();
    if (Array.isArray(plugin)) plugins.push(...plugin);
    else if (isChannel(plugin)) return plugin.api;
  }
  return undefined;
}

function isChannel(plugin: PluginOption): plugin is ChannelPlugin {
  return typeof plugin === "object" && plugin !== null && "name" in plugin && plugin.name === CHANNEL_PLUGIN;
}

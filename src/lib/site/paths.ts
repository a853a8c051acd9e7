/** The site's URL layout, owned by src/lib/paths.ts (below every layer: articles reserve its names too). */
export * from "../paths.ts";

/** @deprecated Moved to src/lib/site/bodies.ts (pages read the bodies; the build writes them). */
export * from "../site/bodies.ts";

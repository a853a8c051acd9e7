/**
 * Photos served by a Thumbor image server (astro.config.mjs `image.service` when the site setting
 * `photos.thumbor` is set): an external Astro image service, so the build encodes nothing; every
 * width and format is a signed Thumbor URL (src/lib/images/thumbor-url.ts). The originals stay
 * published by Astro under /_astro/ (with a content hash in the name), where Thumbor's loader
 * fetches them.
 */
import type { ExternalImageService } from "astro";
import { baseService } from "astro/assets";
import { thumborUrl, type ThumborServiceConfig } from "../../lib/images/thumbor-url.ts";

const QUALITY_PRESETS: Record<string, number> = { low: 25, mid: 50, high: 80, max: 100 };

function originalPath(src: unknown): string {
  if (typeof src === "string") return src;
  if (typeof src === "object" && src !== null && "src" in src && typeof src.src === "string") return src.src;
  throw new Error("Thumbor image service: an image without a source path");
}

const service: ExternalImageService<ThumborServiceConfig> = {
  ...(baseService as ExternalImageService<ThumborServiceConfig>),
  getURL(options, imageConfig) {
    const quality =
      options.quality === undefined || options.quality === null
        ? undefined
        : typeof options.quality === "number"
          ? options.quality
          : (QUALITY_PRESETS[options.quality] ?? Number(options.quality));
    return thumborUrl(imageConfig.service.config, {
      original: originalPath(options.src),
      width: options.width,
      format: options.format,
      quality: Number.isFinite(quality) ? quality : undefined,
    });
  },
};

export default service;

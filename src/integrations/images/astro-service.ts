/**
 * Astro's `image.service` for the `photos` setting: newsprint's decode-once sharp service, or the
 * Thumbor service (signed URLs, nothing encoded at build time). Read in astro.config.mjs.
 */
import { PHOTO_WIDTHS } from "../../lib/site/picture.ts";
import { THUMBOR_KEY_VARIABLE, type PhotoSettings } from "../../lib/images/settings.ts";
import type { NewsprintServiceConfig } from "../../lib/images/decoded.ts";
import type { ThumborServiceConfig } from "../../lib/images/thumbor-url.ts";

export type ImageServiceConfig =
  | { readonly entrypoint: string; readonly config: NewsprintServiceConfig }
  | { readonly entrypoint: string; readonly config: ThumborServiceConfig };

/**
 * Root-relative (Vite resolves "/…" against the project root): Astro hashes the entrypoint into
 * every encoded file's name, which must not depend on where the project is checked out.
 */
const ENTRYPOINTS = {
  sharp: "/src/integrations/images/sharp-service.ts",
  thumbor: "/src/integrations/images/thumbor-service.ts",
} as const;

/** The image service and its config; throws when Thumbor is chosen without its key in the environment. */
export function imageService(
  photos: PhotoSettings,
  site: string,
  env: NodeJS.ProcessEnv = process.env,
): ImageServiceConfig {
  if (photos.thumbor === undefined) {
    return {
      entrypoint: ENTRYPOINTS.sharp,
      // AVIF at effort 2: about 4× faster to encode than the default 4, for files a few percent larger.
      config: { decodeWidth: Math.max(...PHOTO_WIDTHS), avif: { effort: 2 } },
    };
  }
  const key = env[THUMBOR_KEY_VARIABLE];
  if (!key) {
    throw new Error(
      `photos.thumbor is set but ${THUMBOR_KEY_VARIABLE} is empty: set it to Thumbor's SECURITY_KEY in the build's environment (never in the repository).`,
    );
  }
  // Thumbor reads the key as Latin-1 bytes and Node as UTF-8: only ASCII gives the same signatures.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new Error(`${THUMBOR_KEY_VARIABLE} must be printable ASCII without spaces (as Thumbor reads it).`);
  }
  return {
    entrypoint: ENTRYPOINTS.thumbor,
    config: { url: photos.thumbor.url, source: photos.thumbor.source ?? new URL(site).origin, key },
  };
}

/** Origins photos are loaded from besides the site itself (for the Content-Security-Policy's img-src). */
export function imageOrigins(photos: PhotoSettings): string[] {
  return photos.thumbor === undefined ? [] : [new URL(photos.thumbor.url).origin];
}

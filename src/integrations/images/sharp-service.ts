/**
 * newsprint's build-time image service (astro.config.mjs `image.service`): Astro's sharp service,
 * except that each source photo is decoded once per build. The first variant of a photo decodes it,
 * orients it and resizes it to the widest width the site uses, as raw pixels; every other width and
 * format of that photo is encoded from those pixels (src/lib/images/decoded.ts). Transforms this
 * does not cover (crops, a height, a background, SVG, widths beyond the decoded pixels) go to
 * Astro's own sharp service unchanged.
 */
import type { LocalImageService } from "astro";
import sharpService from "astro/assets/services/sharp";
import sharp from "sharp";
import { decodeOnce, DecodedPhotos, type DecodedPhoto, type NewsprintServiceConfig } from "../../lib/images/decoded.ts";

type Transform = {
  src: string;
  width?: number;
  height?: number;
  format?: string;
  quality?: string | number | null;
  fit?: string;
  background?: string;
};

const QUALITY_PRESETS: Record<string, number> = { low: 25, mid: 50, high: 80, max: 100 };
const ENCODED = new Set(["jpg", "jpeg", "png", "webp", "avif"]);
/** Magic numbers of the formats decoded here (everything else goes to Astro's service). */
const RASTER = [
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
];
const isRaster = (input: Uint8Array): boolean =>
  RASTER.some((magic) => magic.every((byte, index) => input[index] === byte)) ||
  // ISO BMFF (AVIF/HEIF): "ftyp" at offset 4.
  (input[4] === 0x66 && input[5] === 0x74 && input[6] === 0x79 && input[7] === 0x70);

const DEFAULT_DECODED_BYTES = 96 * 1024 * 1024;
let decoded: DecodedPhotos | undefined;
let sharpConfigured = false;

function quality(value: Transform["quality"]): number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : QUALITY_PRESETS[String(value)];
}

/** Whether this transform is a plain resize to a width this module serves from decoded pixels. */
function isPlainResize(transform: Transform, input: Uint8Array): boolean {
  return (
    transform.height === undefined &&
    transform.background === undefined &&
    (transform.fit === undefined || transform.fit === "inside" || transform.fit === "scale-down") &&
    transform.format !== undefined &&
    ENCODED.has(transform.format) &&
    isRaster(input)
  );
}

function encode(
  photo: DecodedPhoto,
  width: number,
  format: string,
  q: number | undefined,
  config: NewsprintServiceConfig,
) {
  const pipeline = sharp(photo.data, { raw: { width: photo.width, height: photo.height, channels: photo.channels } });
  if (width < photo.width) pipeline.resize({ width });
  const withQuality = <T extends object>(options: T | undefined) => ({
    ...options,
    ...(q === undefined ? {} : { quality: q }),
  });
  switch (format) {
    case "avif":
      return pipeline.avif(withQuality(config.avif)).toBuffer();
    case "webp":
      return pipeline.webp(withQuality(config.webp)).toBuffer();
    case "png":
      return pipeline.png(withQuality(config.png)).toBuffer();
    default:
      return pipeline.jpeg(withQuality(config.jpeg)).toBuffer();
  }
}

/** Times a photo was decoded by this service in this process (tests). */
export const decodeCount = (): number => decoded?.decodes ?? 0;

const service: LocalImageService<NewsprintServiceConfig> = {
  ...sharpService,
  async transform(input, rawTransform, imageConfig, logger) {
    const transform = rawTransform as Transform;
    const config = imageConfig.service.config;
    if (!isPlainResize(transform, input)) return sharpService.transform(input, rawTransform, imageConfig, logger);
    if (!sharpConfigured) {
      // As Astro's service: libvips' operation cache only holds memory across thousands of distinct photos.
      sharp.cache(false);
      sharpConfigured = true;
    }
    decoded ??= new DecodedPhotos(config.decodedBytes ?? DEFAULT_DECODED_BYTES);
    let photo: DecodedPhoto;
    try {
      photo = await decoded.get(input, () =>
        decodeOnce(
          sharp(input, {
            failOn: "none",
            limitInputPixels: config.limitInputPixels ?? true,
          }).rotate(),
          config.decodeWidth,
        ),
      );
    } catch {
      // What sharp cannot decode gets Astro's own handling (a warning, the file passed through).
      return sharpService.transform(input, rawTransform, imageConfig, logger);
    }
    const width = Math.round(transform.width ?? photo.width);
    // Wider than the decoded pixels, from a source that has more: decode the source for this one.
    if (width > photo.width && photo.sourceWidth > photo.width) {
      return sharpService.transform(input, rawTransform, imageConfig, logger);
    }
    const format = transform.format === "jpeg" ? "jpg" : (transform.format as string);
    const data = await encode(photo, Math.min(width, photo.width), format, quality(transform.quality), config);
    return { data, format: format as "jpg" };
  },
};

export default service;

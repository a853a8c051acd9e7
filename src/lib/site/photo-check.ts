/**
 * What a photo file holds, checked before Astro's image pipeline sees it: the file type first
 * (stat, so a FIFO or device is never opened), then the header (sharp's metadata) and the end of
 * the file. Each problem is a message the editor can act on; nothing is dropped without one.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp, { type Metadata } from "sharp";
import { fileProblem, svgRefused, type ImageProblem } from "../article/image-file.ts";
import type { RuleId } from "../article/rules/registry.ts";

/** Formats Astro's sharp service encodes from (AVIF is read as "heif" with AV1 compression). */
const READABLE = new Set(["jpeg", "png", "webp", "avif", "gif", "tiff"]);
/** Files above this size are not read at all. */
export const MAX_PHOTO_BYTES = 100 * 1024 * 1024;
/** More pixels than this is a decompression bomb, not a news photo (a 100-megapixel camera gives 100 M). */
export const MAX_PHOTO_PIXELS = 120_000_000;
/** Smaller than this on either side is an icon or a tracking pixel, not a photo. */
export const MIN_PHOTO_SIDE = 16;

export type PhotoCheck = {
  /** Problems; the photo is used only when none is an error or a dropping warning. */
  readonly problems: ImageProblem[];
  /** The file to encode (a still first frame for an animation), or undefined when the photo is dropped. */
  readonly use?: string;
  /** What the image pipeline needs of a photo in use: its size as shown (EXIF orientation applied), format and content. */
  readonly image?: CheckedImage;
};

export type CheckedImage = {
  readonly width: number;
  readonly height: number;
  /** The format of the file in `use`: jpeg, png, webp, avif, gif or tiff. */
  readonly format: string;
  /** SHA-256 of the photo's bytes (hex, 16 digits): names the original, so a replaced photo is encoded again. */
  readonly digest: string;
};

const dropped = (ruleId: RuleId, message: string): PhotoCheck => ({
  problems: [{ ruleId, message, severity: "warning" }],
});

/**
 * Checks a photo file.
 * @param label how messages name it, e.g. `Image "./a.jpg"`
 * @param framesDir where still first frames of animations are written
 */
export async function checkPhoto(path: string, label: string, framesDir: string): Promise<PhotoCheck> {
  const kind = fileProblem(path, label);
  if (kind !== undefined) return { problems: [{ ...kind, severity: "warning" }] };
  const size = statSync(path).size;
  const lost = "the page shows its caption and alt text without it";
  if (size === 0) return dropped("image-empty", `${label} is an empty file (0 bytes): ${lost}. Copy the photo again.`);
  if (size > MAX_PHOTO_BYTES) {
    return dropped(
      "image-too-large",
      `${label} is ${(size / 1024 / 1024).toFixed(0)} MB, over ${MAX_PHOTO_BYTES / 1024 / 1024} MB: ${lost}. Export it at a web size (e.g. 2400 px wide).`,
    );
  }
  const data = readFileSync(path);
  let metadata: Metadata;
  try {
    metadata = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    return dropped(
      "image-unreadable-format",
      `${label} is not a photo any decoder here can read (damaged, or another kind of file with a photo's name): ${lost}. Export it again as JPEG or PNG.`,
    );
  }
  const format = metadata.format === "heif" && metadata.compression === "av1" ? "avif" : metadata.format;
  if (format === "svg") return { problems: [{ ...svgRefused(label).problem, severity: "warning" }] };
  if (!READABLE.has(format)) {
    const name = format === "heif" ? "HEIC" : format.toUpperCase();
    return dropped(
      "image-format-unsupported",
      `${label} is a ${name} file, which browsers cannot show and the site does not convert: ${lost}. Export it as JPEG (photos) or PNG (drawings).`,
    );
  }
  const { width, height } = metadata;
  if (!width || !height)
    return dropped("image-unreadable-format", `${label} has no width or height: ${lost}. Export it again.`);
  if (width * height > MAX_PHOTO_PIXELS) {
    return dropped(
      "image-too-large",
      `${label} claims ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} megapixels), over ${MAX_PHOTO_PIXELS / 1e6}: ${lost}. Export it at a web size (e.g. 2400 px wide).`,
    );
  }
  if (width < MIN_PHOTO_SIDE || height < MIN_PHOTO_SIDE) {
    return dropped(
      "image-too-small",
      `${label} is ${width} × ${height} pixels, too small to be a photo (an icon or a tracking pixel): ${lost}. Use the full-size photo.`,
    );
  }
  if (isTruncated(data, format)) {
    return dropped(
      "image-truncated",
      `${label} is cut short (the file ends before the picture does, e.g. an interrupted download): ${lost}, rather than half grey. Copy the photo again from its source.`,
    );
  }
  const pages = metadata.pages ?? 1;
  if (pages > 1 && (format === "gif" || format === "webp")) {
    // Astro's sharp service reads every frame (pages: -1) and would stack them in one tall still.
    const frame = await firstFrame(data, framesDir);
    return {
      use: frame.path,
      image: { width: frame.width, height: frame.height, format: "png", digest: digestOf(data) },
      problems: [
        {
          ruleId: "image-animated",
          severity: "warning",
          message: `${label} is an animation of ${pages} frames: the site publishes its first frame as a still photo. To show motion, publish it as a video.`,
        },
      ],
    };
  }
  const shown = metadata.autoOrient ?? { width, height };
  return {
    use: path,
    image: { width: shown.width, height: shown.height, format, digest: digestOf(data) },
    problems: [],
  };
}

function digestOf(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex").slice(0, 16);
}

/** The first frame of an animation as a PNG, written once per content. */
async function firstFrame(data: Buffer, framesDir: string): Promise<{ path: string; width: number; height: number }> {
  const path = join(framesDir, `${createHash("sha256").update(data).digest("hex").slice(0, 24)}.png`);
  mkdirSync(framesDir, { recursive: true });
  const { data: png, info } = await sharp(data, { pages: 1 }).png().toBuffer({ resolveWithObject: true });
  writeFileSync(path, png);
  return { path, width: info.width, height: info.height };
}

/**
 * Whether the file ends before its format says it does: JPEG without its end marker, PNG without
 * IEND, GIF without its trailer, WebP or AVIF shorter than their boxes declare. Reading the end of
 * the file costs nothing, where decoding it to find out would cost a fifth of encoding it.
 */
export function isTruncated(data: Buffer, format: string): boolean {
  const tail = data.subarray(Math.max(0, data.length - 64));
  switch (format) {
    case "jpeg":
      // The end-of-image marker, possibly followed by padding some cameras add.
      return tail.lastIndexOf(Buffer.from([0xff, 0xd9])) === -1;
    case "png":
      return tail.lastIndexOf(Buffer.from("IEND")) === -1;
    case "gif":
      return tail.lastIndexOf(0x3b) === -1;
    case "webp":
      return data.length < 12 || data.readUInt32LE(4) + 8 > data.length;
    case "avif":
      return boxesOverrun(data);
    default:
      return false;
  }
}

/** ISO-BMFF (AVIF): whether a top-level box claims more bytes than the file has. */
function boxesOverrun(data: Buffer): boolean {
  let offset = 0;
  while (offset + 8 <= data.length) {
    let size = data.readUInt32BE(offset);
    if (size === 1) {
      if (offset + 16 > data.length) return true;
      size = Number(data.readBigUInt64BE(offset + 8));
    } else if (size === 0) return false;
    if (size < 8) return true;
    offset += size;
  }
  return offset > data.length;
}

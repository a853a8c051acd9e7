/**
 * newsprint's image service (src/integrations/images/sharp-service.ts): every width and format of a
 * photo from one decode, the same pictures as Astro's own sharp service, orientation applied,
 * nothing upscaled, wider variants than the decoded pixels still from the source.
 */
import sharpService from "astro/assets/services/sharp";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import service, { decodeCount } from "../../../src/integrations/images/sharp-service.ts";
import { scene } from "../../fixtures/newsroom/make-images.ts";

const imageConfig = {
  service: { entrypoint: "test", config: { decodeWidth: 1280, avif: { effort: 2 } } },
} as unknown as Parameters<typeof service.transform>[2];
const logger = { warn() {}, info() {}, error() {}, debug() {} } as unknown as Parameters<typeof service.transform>[3];

type Variant = { width: number; format: "webp" | "avif" | "jpg" | "png"; quality?: number };
const transform = (input: Uint8Array, variant: Variant) =>
  service.transform(input, { src: "/photo.jpg", ...variant }, imageConfig, logger);

/** Mean absolute difference per sample of two images of the same size. */
async function difference(a: Uint8Array, b: Uint8Array): Promise<number> {
  const [x, y] = await Promise.all(
    [a, b].map((image) => sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })),
  );
  expect([x?.info.width, x?.info.height]).toEqual([y?.info.width, y?.info.height]);
  let sum = 0;
  for (let i = 0; i < (x?.data.length ?? 0); i++) sum += Math.abs((x?.data[i] ?? 0) - (y?.data[i] ?? 0));
  return sum / (x?.data.length ?? 1);
}

describe("decode-once image service", () => {
  it("encodes every width and format of a photo from one decode", async () => {
    const input = await scene(2400, 1500, 1, "jpeg", 14);
    const before = decodeCount();
    const variants: Variant[] = [360, 640, 960, 1280].flatMap((width) =>
      (["webp", "avif", "jpg", "png"] as const).map((format) => ({ width, format })),
    );
    for (const variant of variants) {
      const { data, format } = await transform(input, variant);
      const metadata = await sharp(data).metadata();
      expect(format).toBe(variant.format);
      expect(metadata.format).toBe(
        variant.format === "jpg" ? "jpeg" : variant.format === "avif" ? "heif" : variant.format,
      );
      expect([metadata.width, metadata.height]).toEqual([variant.width, Math.round((variant.width * 1500) / 2400)]);
    }
    expect(decodeCount() - before).toBe(1);
    // A second photo is decoded again.
    await transform(await scene(1600, 1000, 2, "jpeg", 14), { width: 360, format: "webp" });
    expect(decodeCount() - before).toBe(2);
  });

  it("gives the same pictures as Astro's sharp service", async () => {
    const input = await scene(2400, 1500, 3, "jpeg", 14);
    for (const variant of [
      { width: 360, format: "jpg", quality: 90 },
      { width: 1280, format: "webp", quality: 90 },
    ] as const) {
      const ours = await transform(input, variant);
      const astros = await sharpService.transform(input, { src: "/photo.jpg", ...variant }, imageConfig, logger);
      expect(await difference(ours.data, astros.data)).toBeLessThan(2.5);
    }
  });

  it("applies EXIF orientation, keeps transparency and never upscales", async () => {
    const stored = await sharp(await scene(1200, 800, 4, "jpeg"))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const turned = await sharp((await transform(stored, { width: 640, format: "webp" })).data).metadata();
    expect([turned.width, turned.height]).toEqual([640, 960]);

    const transparent = await sharp({
      create: { width: 800, height: 400, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const webp = await sharp((await transform(transparent, { width: 360, format: "webp" })).data).metadata();
    expect(webp.hasAlpha).toBe(true);

    const small = await scene(300, 200, 5, "jpeg");
    const out = await sharp((await transform(small, { width: 640, format: "jpg" })).data).metadata();
    expect([out.width, out.height]).toEqual([300, 200]);
  });

  it("encodes a width beyond the decoded pixels from the source", async () => {
    const input = await scene(2400, 1500, 6, "jpeg", 14);
    await transform(input, { width: 360, format: "webp" });
    const wide = await sharp((await transform(input, { width: 1920, format: "webp" })).data).metadata();
    expect([wide.width, wide.height]).toEqual([1920, 1200]);
  });
});

describe("what the decode-once path does not cover", () => {
  it("leaves an undecodable file to Astro's service, which warns and passes it through", async () => {
    const warnings: string[] = [];
    const warn = { ...logger, warn: (message: string) => warnings.push(message) } as typeof logger;
    // A JPEG header and nothing decodable after it.
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    const result = await service.transform(
      broken,
      { src: "/broken.jpg", width: 360, format: "webp" },
      imageConfig,
      warn,
    );
    expect(Buffer.from(result.data).equals(broken)).toBe(true);
    expect(warnings.join("\n")).toMatch(/broken\.jpg/);
  });
});

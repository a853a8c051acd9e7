/**
 * Thumbor URLs (src/lib/images/thumbor-url.ts) checked against libthumbor's signer (Debian's
 * python3-libthumbor, Thumbor's own client library), and the `photos` setting's image service.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { imageOrigins, imageService } from "../../../src/integrations/images/astro-service.ts";
import { thumborUrl, type ThumborRequest } from "../../../src/lib/images/thumbor-url.ts";
import { loadSiteConfig } from "../../../src/lib/site/config.ts";
import { defaultSiteConfig } from "../../../src/site.config.ts";
import { DEBIAN_PYTHON, hasThumborDependencies } from "../../support/thumbor.ts";

const LIBTHUMBOR = `
import json, sys
from libthumbor import CryptoURL
for case in json.load(sys.stdin):
    print(CryptoURL(key=case["key"]).generate(width=case["width"], height=0, filters=case["filters"], image_url=case["image"]))
`;

const cases: (ThumborRequest & { key: string; source: string })[] = [
  {
    key: "k",
    source: "https://news.example.org",
    original: "/_astro/typhoon.AbC_12.jpg",
    width: 360,
    format: "webp",
    quality: 70,
  },
  {
    key: "a-much-longer-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    source: "",
    original: "/_astro/颱風 現場.X-y_9.jpg",
    width: 1280,
    format: "avif",
    quality: 55,
  },
  {
    key: "s3cr3t/+=",
    source: "http://127.0.0.1:8080/news",
    original: "/news/_astro/a(1),b.png",
    width: 640,
    format: "png",
  },
  { key: "k", source: "https://news.example.org", original: "/_astro/x.jpg", width: 960, format: "jpg", quality: 75 },
];

describe.skipIf(!hasThumborDependencies())("Thumbor URL signing", () => {
  it("signs every URL as libthumbor does", () => {
    const ours = cases.map(({ key, source, ...request }) =>
      thumborUrl({ url: "https://img.example.org/thumbor/", source, key }, request).slice(
        "https://img.example.org/thumbor".length,
      ),
    );
    // libthumbor is given the same image part and filters; it computes its own signature.
    const input = ours.map((url, index) => {
      const [, , size, filters, ...image] = url.split("/");
      expect(size).toBe(`${cases[index]?.width}x0`);
      return {
        key: cases[index]?.key,
        width: cases[index]?.width,
        filters: (filters ?? "").replace(/^filters:/, "").split(":"),
        image: image.join("/"),
      };
    });
    const theirs = execFileSync(DEBIAN_PYTHON, ["-c", LIBTHUMBOR], { input: JSON.stringify(input), encoding: "utf8" })
      .trim()
      .split("\n");
    expect(ours).toEqual(theirs);
  });
});

describe("Thumbor URLs", () => {
  it("percent-encodes the original's path and never leaves a character that breaks a srcset", () => {
    const url = thumborUrl(
      { url: "https://img.example.org", source: "https://news.example.org", key: "k" },
      { original: "/_astro/颱風 現場,1.jpg", width: 360, format: "webp", quality: 70 },
    );
    expect(url).toMatch(/^https:\/\/img\.example\.org\/[\w-]{27}=\/360x0\/filters:format\(webp\):quality\(70\)\//);
    expect(url).toContain("https://news.example.org/_astro/%E9%A2%B1%E9%A2%A8%20%E7%8F%BE%E5%A0%B4%2C1.jpg");
    expect(url).not.toMatch(/\s/);
  });

  it("needs the key in the environment, and allows Thumbor's origin in img-src", () => {
    const photos = loadSiteConfig({
      ...defaultSiteConfig,
      photos: { thumbor: { url: "https://img.example.org/t/" } },
    }).photos;
    expect(() => imageService(photos, "https://news.example.org", {})).toThrow(/NEWSPRINT_THUMBOR_KEY/);
    // Thumbor and libthumbor read the key as Latin-1 bytes, Node as UTF-8: only ASCII signs alike.
    expect(() => imageService(photos, "https://news.example.org", { NEWSPRINT_THUMBOR_KEY: "鑰匙" })).toThrow(/ASCII/);
    const service = imageService(photos, "https://news.example.org/news/", { NEWSPRINT_THUMBOR_KEY: "k" });
    expect(service.entrypoint).toMatch(/thumbor-service\.ts$/);
    expect(service.config).toEqual({ url: "https://img.example.org/t/", source: "https://news.example.org", key: "k" });
    expect(imageOrigins(photos)).toEqual(["https://img.example.org"]);
  });
});

describe("photos setting", () => {
  it("defaults to WebP with the fallback, encoded at build time", () => {
    const { photos } = loadSiteConfig(defaultSiteConfig);
    expect(photos.formats).toEqual(["webp"]);
    expect(imageService(photos, "https://news.example.org").entrypoint).toMatch(/sharp-service\.ts$/);
    expect(imageOrigins(photos)).toEqual([]);
    expect(loadSiteConfig({ ...defaultSiteConfig, photos: { formats: ["avif", "webp"] } }).photos.formats).toEqual([
      "avif",
      "webp",
    ]);
  });

  it("names the field and the problem for a bad format, a repeated one or a bad Thumbor URL", () => {
    expect(() => loadSiteConfig({ ...defaultSiteConfig, photos: { formats: ["gif"] } })).toThrow(
      /photos\.formats\[0\]: must be one of "avif", "webp", not "gif"/,
    );
    expect(() => loadSiteConfig({ ...defaultSiteConfig, photos: { formats: ["webp", "webp"] } })).toThrow(
      /photos\.formats: lists a format twice/,
    );
    expect(() =>
      loadSiteConfig({ ...defaultSiteConfig, photos: { thumbor: { url: "ftp://img.example.org" } } }),
    ).toThrow(/photos\.thumbor\.url/);
  });
});

/**
 * The editions registry: which editions the site publishes (zh-Hans, zh-Hant, zh-Hant-HK…) and
 * everything that differs between them. Validated with zod when the site config is read; every
 * part of the site (routes, lang, hreflang, the edition switch, feeds, search…) derives from it.
 */
import { z } from "astro/zod";
import { checkVariants } from "../script/style.ts";
import { OPENCC_STANDARDS, QUOTE_STYLES, SCRIPTS, type EditionStyle, type Script } from "../script/types.ts";
import { UI_TEXT_KEYS, defaultUiText, type UiText } from "./strings.ts";

const uiOverrides = z
  .record(z.string(), z.string())
  .superRefine((value, context) => {
    for (const key of Object.keys(value)) {
      if (!UI_TEXT_KEYS.includes(key))
        context.addIssue({ code: "custom", message: `"${key}" is not an interface text key.` });
    }
  })
  .default({})
  .describe("Interface texts that differ from the script's defaults (keys in src/lib/site/strings.ts).");

const editionInput = z
  .strictObject({
    /** URL segment and id: lower-case letters, digits and hyphens, e.g. `zh-hant-hk`. */
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, e.g. zh-hant-hk")
      .describe("URL segment and id: lower-case letters, digits and hyphens, e.g. zh-hant-hk."),
    /** BCP 47 tag for `lang` and hreflang, e.g. `zh-Hant-HK`. */
    lang: z
      .string()
      .regex(/^zh(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 tag starting with zh, e.g. zh-Hant-HK")
      .describe("BCP 47 tag for lang and hreflang, e.g. zh-Hant-HK."),
    script: z.enum(SCRIPTS).describe("hans (Simplified) or hant (Traditional)."),
    /** opencc standard; default `cn` for Simplified, `tw` for Traditional. */
    standard: z
      .enum(OPENCC_STANDARDS)
      .optional()
      .describe("opencc standard: cn for Simplified; tw, twp, hk or t for Traditional (default cn / tw)."),
    /** House-style variants applied after conversion, e.g. `{ "臺": "台", "裡": "裏" }`. */
    variants: z
      .record(z.string().min(1), z.string())
      .superRefine((variants, context) => {
        for (const message of checkVariants(variants)) context.addIssue({ code: "custom", message });
      })
      .default({})
      .describe('House-style variants applied after conversion, e.g. { "臺": "台" }.'),
    /** Quotation marks; default `curly` (“”) for Simplified, `corner` (「」) for Traditional. */
    quotes: z
      .enum(QUOTE_STYLES)
      .optional()
      .describe("Quotation marks: curly “”, corner 「」 or keep (default curly / corner by script)."),
    /** Browser languages this edition serves (the root redirect), e.g. `["zh-HK", "zh-MO"]`. */
    browserLanguages: z
      .array(z.string().min(1))
      .default([])
      .describe('Browser languages this edition serves at the root redirect, e.g. ["zh-HK"].'),
    /** Short label in the edition switch, e.g. 繁, 简, 港. */
    label: z.string().min(1).describe("Short label in the edition switch, e.g. 繁, 简, 港."),
    /** Name of the edition in its own script, e.g. 繁體中文（台灣）. */
    name: z.string().min(1).describe("Name of the edition in its own script, e.g. 繁體中文（台灣）."),
    /** Site name and description in this edition. */
    siteName: z.string().min(1).describe("Site name in this edition."),
    description: z.string().min(1).describe("Site description in this edition."),
    /** Interface texts that differ from the script's defaults (src/lib/site/strings.ts). */
    ui: uiOverrides,
  })
  .describe("One edition: its id, language, script and conversion, names and interface texts.");
export type EditionInput = z.input<typeof editionInput>;

/** One edition of the site, as every part of the site sees it. */
export type Edition = EditionStyle & {
  readonly browserLanguages: readonly string[];
  readonly label: string;
  readonly name: string;
  readonly siteName: string;
  readonly description: string;
  readonly ui: UiText;
};

export const editionsSchema = z
  .array(editionInput)
  .min(1, "needs at least one edition")
  .transform((editions): Edition[] =>
    editions.map((edition) => {
      const standard = edition.standard ?? (edition.script === "hans" ? "cn" : "tw");
      return {
        id: edition.id,
        lang: edition.lang,
        script: edition.script,
        standard,
        variants: edition.variants,
        quotes: edition.quotes ?? (edition.script === "hans" ? "curly" : "corner"),
        browserLanguages: edition.browserLanguages,
        label: edition.label,
        name: edition.name,
        siteName: edition.siteName,
        description: edition.description,
        ui: { ...defaultUiText(edition.script, standard), ...edition.ui },
      };
    }),
  );

/**
 * Ids and lang tags used twice, checked on the raw input so that they are reported together with
 * every other problem of the configuration.
 */
export function duplicateEditions(input: unknown): { path: string; message: string }[] {
  if (!Array.isArray(input)) return [];
  const problems: { path: string; message: string }[] = [];
  for (const key of ["id", "lang"] as const) {
    const seen = new Set<string>();
    input.forEach((edition: unknown, index) => {
      const value = (edition as Record<string, unknown> | null)?.[key];
      if (typeof value !== "string") return;
      if (seen.has(value.toLowerCase()))
        problems.push({ path: `editions.${index}.${key}`, message: `"${value}" is used twice` });
      seen.add(value.toLowerCase());
    });
  }
  return problems;
}

/** Looks up editions by id; the first edition of a script stands for that script. */
export class EditionRegistry {
  readonly all: readonly Edition[];
  readonly default: Edition;
  private readonly byId: ReadonlyMap<string, Edition>;

  constructor(editions: readonly Edition[], defaultId?: string) {
    this.all = editions;
    this.byId = new Map(editions.map((edition) => [edition.id, edition]));
    const fallback = editions[0];
    if (fallback === undefined) throw new Error("The site has no edition.");
    this.default = (defaultId === undefined ? undefined : this.byId.get(defaultId)) ?? fallback;
  }

  get(id: string): Edition {
    const edition = this.byId.get(id);
    if (edition === undefined) throw new Error(`Unknown edition "${id}".`);
    return edition;
  }

  find(id: string): Edition | undefined {
    return this.byId.get(id);
  }

  /** The first edition in `script`, if the site has one. */
  ofScript(script: Script): Edition | undefined {
    return this.all.find((edition) => edition.script === script);
  }

  /** An edition by id, lang tag (case-insensitive) or script name (`hans`, `hant`). */
  resolve(name: string): Edition | undefined {
    const lower = name.toLowerCase();
    if (lower === "hans" || lower === "hant") return this.ofScript(lower);
    return this.all.find((edition) => edition.id === lower || edition.lang.toLowerCase() === lower);
  }
}

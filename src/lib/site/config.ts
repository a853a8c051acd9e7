/**
 * The site configuration: its schema (every setting described), its validation into one list of
 * problems (each with the setting's path, what is wrong and what to do), and the validated settings
 * the rest of the code receives as parameters. Reading the file is the caller's job (src/config/).
 */
import { z } from "astro/zod";
import { DEFAULT_TIME_ZONE } from "../article/dates.ts";
import type { RuleId } from "../article/rules/registry.ts";
import { validateGroups } from "../script/rules.ts";
import { TRADITIONAL_STANDARDS, type ConversionSettings } from "../script/types.ts";
import { duplicateEditions, EditionRegistry, editionsSchema, type Edition, type EditionInput } from "./editions.ts";
import { RESERVED_EDITION_IDS } from "../paths.ts";
import { defaultUiText } from "./strings.ts";
import { photosSchema, type PhotoSettings, type PhotosInput } from "../images/settings.ts";

const timeZone = z
  .string()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "is not an IANA time zone: write one such as Asia/Shanghai, Asia/Taipei or Asia/Hong_Kong")
  .default(DEFAULT_TIME_ZONE)
  .describe("Time zone of dates written without an offset (IANA name, e.g. Asia/Taipei).");

const override = z
  .strictObject({
    hans: z.string().min(1).describe("The word in Simplified script."),
    hant: z.string().min(1).describe("The word in Traditional script."),
  })
  .describe("A word opencc gets wrong, written as it must appear in each script.");

export const siteConfigSchema = z
  .strictObject({
    editions: editionsSchema.describe("The editions the site publishes, in the order of the edition switch."),
    defaultEdition: z
      .string()
      .optional()
      .describe("Edition for readers with no remembered choice and no matching browser language (default: the first)."),
    sections: z
      .array(z.string().min(1).describe("A section name (in any edition) or its slug."))
      .default([])
      .describe(
        "Masthead order of sections; sections not listed follow, largest first (sections within a factor of two of each other by URL slug, so that the masthead does not move with every story).",
      ),
    timeZone,
    conversion: z
      .strictObject({
        overrides: z.array(override).default([]).describe("Site-wide fixes for opencc mistakes."),
        groups: z
          .array(z.string().min(1))
          .default([])
          .describe("Conversion rule groups applied to every article (data/conversion/groups/)."),
        surnames: z
          .record(
            z.string().regex(/^\p{Script=Han}$/u, "each surname is one Chinese character"),
            z.string().regex(/^\p{Script=Han}$/u, 'must be one Chinese character: the name form, e.g. "钟": "鍾"'),
          )
          .default({})
          .describe(
            'Surnames kept in their name form in person names, added to data/conversion/surnames.json, e.g. { "钟": "鍾" }.',
          ),
        traditionalSource: z
          .enum(TRADITIONAL_STANDARDS)
          .optional()
          .describe(
            "Standard Traditional articles are read by for the Simplified edition (default: the first Traditional edition's characters; twp also turns Taiwan words into mainland ones, 簡訊 → 短信).",
          ),
      })
      .default({ overrides: [], groups: [], surnames: {} })
      .describe("How text is converted between the scripts."),
    photos: photosSchema,
  })
  .describe("newsprint site settings");

export type SiteConfigInput = {
  readonly editions: readonly EditionInput[];
  readonly defaultEdition?: string;
  readonly timeZone?: string;
  readonly sections?: readonly string[];
  readonly conversion?: {
    readonly overrides?: readonly { readonly hans: string; readonly hant: string }[];
    readonly groups?: readonly string[];
    /** Surnames kept in their name form in person names: `{ "钟": "鍾" }`. */
    readonly surnames?: Readonly<Record<string, string>>;
    /** Standard Traditional articles are read by for the Simplified edition: `tw`, `twp`, `hk` or `t`. */
    readonly traditionalSource?: "tw" | "twp" | "hk" | "t";
  };
  /** Photo formats, and Thumbor instead of build-time encoding (src/lib/images/settings.ts). */
  readonly photos?: PhotosInput;
};

/** The validated settings, plain data (what the virtual module `virtual:newsprint/config` carries). */
export type SiteConfigData = {
  readonly editions: readonly Edition[];
  readonly defaultEdition: string | undefined;
  readonly timeZone: string;
  readonly sections: readonly string[];
  readonly contentDir: string;
  readonly conversion: ConversionSettings;
  readonly photos: PhotoSettings;
};

export type SiteConfig = {
  readonly editions: EditionRegistry;
  readonly timeZone: string;
  /** Masthead order of sections (names or slugs); the others follow. */
  readonly sections: readonly string[];
  /** Folder of Markdown articles, relative to the project root. */
  readonly contentDir: string;
  readonly conversion: ConversionSettings;
  readonly photos: PhotoSettings;
  /** The same settings as plain data. */
  readonly data: SiteConfigData;
};

/** One problem in the configuration: the setting (dotted path), what is wrong, what to do. */
export type ConfigProblem = {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly ruleId: RuleId;
};

export type ConfigResult =
  | { readonly ok: true; readonly config: SiteConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** Validates settings; every problem is listed, none thrown. */
export function checkSiteConfig(input: unknown, contentDir = "content"): ConfigResult {
  const parsed = siteConfigSchema.safeParse(input, { reportInput: true });
  const problems: ConfigProblem[] = [
    ...(parsed.success ? [] : parsed.error.issues.map(issueProblem)),
    ...duplicateEditions((input as { editions?: unknown } | null)?.editions).map(
      ({ path, message }): ConfigProblem => ({
        path: path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message: `${message}: give each edition its own`,
        ruleId: "config-duplicate-edition",
      }),
    ),
    ...semanticProblems(input),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const { editions, defaultEdition, timeZone: zone, sections, conversion, photos } = parsed.data;
  return {
    ok: true,
    config: siteConfigFromData({
      editions,
      defaultEdition,
      timeZone: zone,
      sections,
      contentDir,
      conversion: {
        editions: editions.map(({ id, lang, script, standard, variants, quotes }) => ({
          id,
          lang,
          script,
          standard,
          variants,
          quotes,
        })),
        overrides: conversion.overrides,
        groups: conversion.groups,
        ...(Object.keys(conversion.surnames).length > 0 ? { surnames: conversion.surnames } : {}),
        ...(conversion.traditionalSource === undefined ? {} : { traditionalSource: conversion.traditionalSource }),
      },
      photos,
    }),
  };
}

/**
 * Validated settings from their plain data (no second validation). The data may have been through
 * JSON, which drops the interface's text templates (functions): they come back from the script's.
 */
export function siteConfigFromData(data: SiteConfigData): SiteConfig {
  const editions = data.editions.map((edition) => ({
    ...edition,
    ui: { ...defaultUiText(edition.script), ...edition.ui },
  }));
  return {
    editions: new EditionRegistry(editions, data.defaultEdition),
    timeZone: data.timeZone,
    sections: data.sections,
    contentDir: data.contentDir,
    conversion: data.conversion,
    photos: data.photos,
    data,
  };
}

/** Validates settings; throws one error listing every problem (for tests and tools). */
export function loadSiteConfig(input: unknown, contentDir = "content"): SiteConfig {
  const result = checkSiteConfig(input, contentDir);
  if (result.ok) return result.config;
  const lines = result.problems.map((problem) => `  ${settingName(problem.path)}: ${problem.message}`);
  throw new Error(`The site configuration is invalid:\n${lines.join("\n")}`);
}

/** `editions[2].id`, `conversion.overrides[0].hans`, or `(the whole configuration)`. */
export function settingName(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(the whole configuration)";
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

type Issue = z.core.$ZodIssue;

/** A zod issue in words an editor can act on. */
function issueProblem(issue: Issue): ConfigProblem {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  return { path, message: issueMessage(issue), ruleId: "config-invalid-setting" };
}

function issueMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `is missing: add it (${expected(issue.expected)})`
        : `must be ${expected(issue.expected)}, not ${describe(issue.input)}`;
    case "unrecognized_keys":
      return `${issue.keys.map((key) => `"${key}"`).join(", ")} ${issue.keys.length === 1 ? "is not a setting" : "are not settings"} here: remove or rename ${issue.keys.length === 1 ? "it" : "them"} (check the spelling)`;
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}, not ${describe(issue.input)}`;
    case "too_small":
      return issue.origin === "string"
        ? "must not be empty: write a value or remove the setting"
        : issue.origin === "array"
          ? `needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? "y" : "ies"}`
          : issue.message;
    case "invalid_format":
      return `${issue.message.replace(/^Invalid string: /, "")}`;
    default:
      return issue.message;
  }
}

const expected = (type: string): string =>
  ({ string: "a text in quotes", number: "a number", array: "a list [ … ]", object: "a map { … }" })[type] ??
  `a ${type}`;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value} ${String(value)}`;
}

type RawEdition = { id?: unknown; lang?: unknown; script?: unknown; standard?: unknown; variants?: unknown };

/** Checks between settings, run on the raw input so that they are reported with every other problem. */
function semanticProblems(input: unknown): ConfigProblem[] {
  if (typeof input !== "object" || input === null) {
    return [{ path: [], message: "must be a map of settings { editions: […], … }", ruleId: "config-invalid-setting" }];
  }
  const config = input as { editions?: unknown; defaultEdition?: unknown; sections?: unknown; conversion?: unknown };
  const problems: ConfigProblem[] = [];
  const editions: RawEdition[] = Array.isArray(config.editions)
    ? config.editions.map((edition: unknown) => (typeof edition === "object" && edition !== null ? edition : {}))
    : [];
  editions.forEach((edition, index) => {
    const at = (...rest: string[]) => ["editions", index, ...rest];
    if (typeof edition.id === "string" && RESERVED_EDITION_IDS.has(edition.id.toLowerCase())) {
      problems.push({
        path: at("id"),
        message: `"${edition.id}" is a folder or file of the site itself (${[...RESERVED_EDITION_IDS].join(", ")}): the edition would be overwritten or unreachable. Choose another id, e.g. zh-hant-tw`,
        ruleId: "config-reserved-edition-id",
      });
    }
    const script = edition.script;
    const standard = edition.standard;
    if (script === "hant" && standard === "cn") {
      problems.push({
        path: at("standard"),
        message: `"cn" is the Simplified standard, but this edition's script is "hant": Simplified text would be published as Traditional. Use tw, twp, hk or t (or leave it out for tw)`,
        ruleId: "config-standard-script",
      });
    } else if (script === "hans" && typeof standard === "string" && standard !== "cn") {
      problems.push({
        path: at("standard"),
        message: `"${standard}" is a Traditional standard, but this edition's script is "hans": use "cn" (or leave it out)`,
        ruleId: "config-standard-script",
      });
    }
    if (typeof edition.lang === "string" && (script === "hans" || script === "hant")) {
      const subtag = /-(hans|hant)(?:-|$)/i.exec(edition.lang)?.[1]?.toLowerCase();
      if (subtag !== undefined && subtag !== script) {
        problems.push({
          path: at("lang"),
          message: `"${edition.lang}" names the ${subtag === "hans" ? "Simplified" : "Traditional"} script, but the edition's script is "${script}": make lang and script agree`,
          ruleId: "config-lang-script",
        });
      }
    }
    if (typeof edition.variants === "object" && edition.variants !== null) {
      for (const [from, to] of Object.entries(edition.variants)) {
        if (to === "") {
          problems.push({
            path: at("variants", from),
            message: `maps "${from}" to nothing: it would be deleted from every text of the edition. Write the character or word to use instead, or remove the entry`,
            ruleId: "config-variant-empty",
          });
        }
      }
    }
  });
  const ids = editions.map((edition) => edition.id).filter((id) => typeof id === "string");
  if (typeof config.defaultEdition === "string" && ids.length > 0 && !ids.includes(config.defaultEdition)) {
    problems.push({
      path: ["defaultEdition"],
      message: `"${config.defaultEdition}" is not an edition id: use one of ${ids.join(", ")}`,
      ruleId: "config-unknown-edition",
    });
  }
  if (Array.isArray(config.sections)) {
    const seen = new Map<string, number>();
    config.sections.forEach((section: unknown, index) => {
      if (typeof section !== "string") return;
      const key = section.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          path: ["sections", index],
          message: `"${section}" is listed twice (also at sections[${first}]): remove one`,
          ruleId: "config-duplicate-section",
        });
      } else seen.set(key, index);
      if (key === "" && section !== "") {
        problems.push({
          path: ["sections", index],
          message: "is only spaces: write the section's name or remove the entry",
          ruleId: "config-invalid-setting",
        });
      }
    });
  }
  const conversion = config.conversion as { groups?: unknown; overrides?: unknown } | undefined;
  if (Array.isArray(conversion?.groups)) {
    const groups = conversion.groups.filter((group): group is string => typeof group === "string" && group !== "");
    for (const { group, message } of validateGroups(groups)) {
      problems.push({
        path: ["conversion", "groups", (conversion.groups as unknown[]).indexOf(group)],
        message: message.replace(/^Unknown conversion group "[^"]*": /, `"${group}" is not a conversion group: `),
        ruleId: "config-unknown-group",
      });
    }
  }
  if (Array.isArray(conversion?.overrides)) {
    const hantOf = new Map<string, { hant: string; index: number }>();
    conversion.overrides.forEach((entry: unknown, index) => {
      const { hans, hant } = (entry ?? {}) as { hans?: unknown; hant?: unknown };
      if (typeof hans !== "string" || typeof hant !== "string" || hans === "") return;
      const first = hantOf.get(hans);
      if (first !== undefined && first.hant !== hant) {
        problems.push({
          path: ["conversion", "overrides", index],
          message: `"${hans}" is already written "${first.hant}" at conversion.overrides[${first.index}], here "${hant}": keep one`,
          ruleId: "config-conflicting-override",
        });
      } else if (first === undefined) hantOf.set(hans, { hant, index });
    });
  }
  return problems;
}

/**
 * Every rule id newsprint reports, with a one-line description and its severity: the one list
 * the README's message table is checked against (tests/unit/article/rules.test.ts), and the type
 * of every `ruleId` the code passes (a rule id not listed here does not compile).
 *
 * Adding a check: write its rule module in ./ (see ./define.ts), add its id here, add the row to
 * the README table (the test prints it), and add a fixture to tests/fixtures/bad/.
 */

/** `error` stops the build; `warning` is reported and the article is published; some ids are either. */
export type RuleSeverity = "error" | "warning" | "error or warning";

/** Where the problem is found. */
export type RuleArea =
  "file" | "front matter" | "body" | "photo" | "content folder" | "site configuration" | "importer";

export type RuleDoc = { readonly doc: string; readonly severity: RuleSeverity; readonly area: RuleArea };

export const RULES = {
  // The file as a whole (src/lib/article/guards.ts), before it is parsed.
  "empty-file": { area: "file", severity: "error", doc: "The file is empty or only spaces." },
  "article-too-large": { area: "file", severity: "error", doc: "The file is larger than an article can be." },
  "line-too-long": { area: "file", severity: "error", doc: "A line is longer than the limit." },
  "nesting-too-deep": {
    area: "file",
    severity: "error",
    doc: "Lists, quotes, emphasis or HTML are nested too deeply to read.",
  },
  "too-many-delimiters": { area: "file", severity: "error", doc: "Too many emphasis or link delimiters." },
  "too-many-blocks": { area: "file", severity: "error", doc: "Too many paragraphs and other blocks." },
  "too-many-sections": { area: "file", severity: "error", doc: "Too many section headings." },
  "too-many-list-items": { area: "file", severity: "error", doc: "Too many items in one list." },
  "too-many-tags": { area: "file", severity: "error", doc: "Too many HTML tags." },
  "too-many-references": { area: "file", severity: "error", doc: "Too many character references (`&amp;`)." },
  "control-character": {
    area: "file",
    severity: "error or warning",
    doc: "An invisible control character: removed with a warning, or an error where it would change the text.",
  },
  "replacement-character": {
    area: "file",
    severity: "error",
    doc: "U+FFFD, the mark of text lost in an earlier conversion.",
  },
  "not-utf8": {
    area: "file",
    severity: "error",
    doc: "The file is not UTF-8 (GB18030, Big5, UTF-16…): the message gives the command that converts it.",
  },
  "internal-error": { area: "file", severity: "error", doc: "A bug in newsprint: report it with the file." },
  // Front matter (src/lib/article/front-matter.ts and rules/).
  "no-front-matter": { area: "front matter", severity: "error", doc: "The file does not start with `---`." },
  "unclosed-front-matter": {
    area: "front matter",
    severity: "error",
    doc: "The front matter's closing `---` is missing.",
  },
  "front-matter-too-large": { area: "front matter", severity: "error", doc: "The front matter is over 64 KB." },
  "front-matter-not-map": {
    area: "front matter",
    severity: "error",
    doc: "The front matter is not a list of `key: value` lines.",
  },
  "yaml-syntax": { area: "front matter", severity: "error", doc: "The front matter is not valid YAML." },
  "yaml-duplicate-key": { area: "front matter", severity: "error", doc: "A front matter key appears twice." },
  "yaml-unknown-tag": { area: "front matter", severity: "error", doc: "A YAML tag (`!x`) in the front matter." },
  "yaml-not-text": {
    area: "front matter",
    severity: "error",
    doc: "YAML reads a value as a number, date, boolean or null where text is expected: quote it.",
  },
  "yaml-full-width-colon": {
    area: "front matter",
    severity: "error",
    doc: "A key followed by a full-width colon `：`.",
  },
  "unknown-key": { area: "front matter", severity: "warning", doc: "A front matter key newsprint does not know." },
  "missing-key": { area: "front matter", severity: "error", doc: "A required key (title, date, source) is missing." },
  "invalid-value": { area: "front matter", severity: "error", doc: "A front matter value is not valid." },
  "invalid-slug": {
    area: "front matter",
    severity: "error",
    doc: "The slug (or the file name it comes from) is not usable.",
  },
  "duplicate-slug": { area: "front matter", severity: "error", doc: "Two articles have the same slug." },
  "category-too-long": {
    area: "front matter",
    severity: "error",
    doc: "A section, tag or author name is longer than 32 characters.",
  },
  "image-remote": {
    area: "front matter",
    severity: "error or warning",
    doc: "An image on another host: an error for the lead photo, a warning in the body.",
  },
  "image-missing": {
    area: "photo",
    severity: "error or warning",
    doc: "An image file that does not exist: an error for the lead photo, a warning for an `<img>` in HTML.",
  },
  "image-format": {
    area: "front matter",
    severity: "error",
    doc: "The lead photo is not jpg, png, webp, avif or gif.",
  },
  "conversion-markup": {
    area: "front matter",
    severity: "error",
    doc: "Conversion markup `-{…}-` that cannot be read.",
  },
  // Body (src/lib/article/plugins/ and rules/).
  "no-text": { area: "body", severity: "error", doc: "No text after the front matter." },
  "no-visible-text": {
    area: "body",
    severity: "error",
    doc: "The body is only HTML that pages leave out.",
  },
  "heading-title": { area: "body", severity: "error", doc: "A `#` heading: the title belongs in front matter." },
  "heading-skip": { area: "body", severity: "error", doc: "A heading skips a level." },
  "heading-empty": { area: "body", severity: "error", doc: "A heading with no text." },
  "html-unclosed": { area: "body", severity: "error", doc: "Raw HTML that is not closed." },
  "html-hides-text": { area: "body", severity: "error", doc: "Raw HTML would hide text the sanitizer removes." },
  "html-removed": { area: "body", severity: "warning", doc: "Raw HTML that pages leave out." },
  "invalid-character-reference": {
    area: "body",
    severity: "error",
    doc: "A character reference (`&#…;`) to a character no page may hold.",
  },
  // While listing the content folder (src/lib/build/content-files.ts).
  "content-folder": { area: "content folder", severity: "error", doc: "The content folder does not exist." },
  "hidden-file": { area: "content folder", severity: "warning", doc: "A hidden file or folder, skipped." },
  "not-a-file": { area: "content folder", severity: "error", doc: "A `.md` name that is not a regular file." },
  "symlink-outside": {
    area: "content folder",
    severity: "error",
    doc: "A link that leads out of the content folder.",
  },
  "symlink-loop": {
    area: "content folder",
    severity: "error or warning",
    doc: "A link that leads back into a folder being listed.",
  },
  "symlink-broken": { area: "content folder", severity: "error", doc: "A link to nothing." },
  "symlink-folder": { area: "content folder", severity: "warning", doc: "A link to a folder, not followed." },
  // Site configuration (src/lib/site/config.ts, src/config/load.ts).
  "config-file-unreadable": {
    area: "site configuration",
    severity: "error",
    doc: "The file NEWSPRINT_SITE_CONFIG names does not exist or cannot be read.",
  },
  "config-invalid-json": {
    area: "site configuration",
    severity: "error",
    doc: "The JSON configuration file is not valid JSON.",
  },
  "config-invalid-setting": {
    area: "site configuration",
    severity: "error",
    doc: "A setting is missing, unknown, or has a value of the wrong kind.",
  },
  "config-duplicate-edition": {
    area: "site configuration",
    severity: "error",
    doc: "Two editions have the same id or lang tag.",
  },
  "config-reserved-edition-id": {
    area: "site configuration",
    severity: "error",
    doc: "An edition id that is a folder or file of the site itself (pagefind, media, search, feed…).",
  },
  "config-standard-script": {
    area: "site configuration",
    severity: "error",
    doc: "A conversion standard of the other script (a Traditional edition with cn, or the reverse).",
  },
  "config-lang-script": {
    area: "site configuration",
    severity: "error",
    doc: "An edition's lang tag names the other script.",
  },
  "config-variant-empty": {
    area: "site configuration",
    severity: "error",
    doc: "A house-style variant that maps a character to nothing.",
  },
  "config-unknown-edition": {
    area: "site configuration",
    severity: "error",
    doc: "The defaultEdition setting is not an edition id.",
  },
  "config-duplicate-section": {
    area: "site configuration",
    severity: "error",
    doc: "A section listed twice in sections.",
  },
  "config-unknown-group": {
    area: "site configuration",
    severity: "error",
    doc: "A conversion group that newsprint does not ship.",
  },
  "config-conflicting-override": {
    area: "site configuration",
    severity: "error",
    doc: "The same word given two different Traditional forms in conversion.overrides.",
  },
  "image-outside": {
    area: "photo",
    severity: "error",
    doc: "The image path climbs out of the content folder or `public/`.",
  },
  "image-link-outside": {
    area: "photo",
    severity: "error",
    doc: "The image is a symbolic link leading outside the content folder and `public/`.",
  },
  "image-not-a-file": {
    area: "photo",
    severity: "error",
    doc: "The image is a folder, FIFO, socket or device.",
  },
  "image-unreadable": {
    area: "photo",
    severity: "error",
    doc: "The build may not read the image file (permissions).",
  },
  "image-scheme": {
    area: "photo",
    severity: "warning",
    doc: "The image address is `javascript:`, `data:`, `file:` or another scheme: left out, its alt text shown.",
  },
  "image-svg": {
    area: "photo",
    severity: "error or warning",
    doc: "The image is SVG, which the site never publishes: an error for the lead photo, a warning in the body.",
  },
  "image-empty": {
    area: "photo",
    severity: "warning",
    doc: "The image file is empty: left out.",
  },
  "image-truncated": {
    area: "photo",
    severity: "warning",
    doc: "The image file ends before the picture does: left out.",
  },
  "image-unreadable-format": {
    area: "photo",
    severity: "warning",
    doc: "No decoder can read the image (damaged, or not a photo): left out.",
  },
  "image-format-unsupported": {
    area: "photo",
    severity: "warning",
    doc: "A format browsers cannot show and the site does not convert (HEIC…): left out.",
  },
  "image-too-large": {
    area: "photo",
    severity: "warning",
    doc: "The image is over 100 MB or claims more than 120 megapixels: left out.",
  },
  "image-too-small": {
    area: "photo",
    severity: "warning",
    doc: "The image is under 16 px on a side (an icon or tracking pixel): left out.",
  },
  "image-animated": {
    area: "photo",
    severity: "warning",
    doc: "An animation: its first frame is published as a still photo.",
  },
  "image-small-for-slot": {
    area: "photo",
    severity: "warning",
    doc: "The photo is narrower than the text column: shown at its own size, not stretched.",
  },
  "bidi-control": {
    area: "front matter",
    severity: "error",
    doc: "A direction control (U+202A–U+202E, U+2066–U+2069) in a front matter value: delete it.",
  },
  "invisible-character": {
    area: "front matter",
    severity: "warning",
    doc: "An invisible format character (zero-width space, direction mark, soft hyphen…) was removed from a front matter value.",
  },
  "updated-before-date": {
    area: "front matter",
    severity: "error",
    doc: "`updated` is earlier than `date`: correct the one that is wrong, or remove `updated:`.",
  },
  "time-skipped": {
    area: "front matter",
    severity: "warning",
    doc: "A local time the time zone skips (summer time): the message names the time published instead.",
  },
  "yaml-alias": {
    area: "front matter",
    severity: "error",
    doc: "A front matter value written as a YAML alias (`*name`): write the value itself.",
  },
  "term-spellings-merged": {
    area: "content folder",
    severity: "warning",
    doc: "Two spellings of a section, tag or author read the same in an edition and share one page.",
  },
  "qr-code-too-long": {
    area: "site configuration",
    severity: "warning",
    doc: "The site's address (SITE/BASE) is too long for a QR code: pages have no WeChat QR box.",
  },
  "sitemap-url-too-long": {
    area: "site configuration",
    severity: "warning",
    doc: "The site's address (SITE/BASE) is too long for a sitemap: no sitemap.xml is written.",
  },
  "import-link-outside": {
    area: "importer",
    severity: "warning",
    doc: "A link or photo path leads out of the folder being imported or the page's folder: not followed, not copied.",
  },
  "import-link-folder": {
    area: "importer",
    severity: "warning",
    doc: "A link to a folder inside the imported folder: not entered.",
  },
  "import-special-file": {
    area: "importer",
    severity: "warning",
    doc: "A FIFO, socket, device or folder where a file was expected: skipped.",
  },
  "import-unreadable": {
    area: "importer",
    severity: "error",
    doc: "A file or folder cannot be read (permission, missing).",
  },
  "import-walk-limit": {
    area: "importer",
    severity: "warning",
    doc: "More than 20,000 entries in the imported folder: the rest is not read.",
  },
  "import-active-content": {
    area: "importer",
    severity: "warning",
    doc: "A photo that is no JPEG, PNG, GIF, WebP or AVIF (SVG, HTML…): not copied.",
  },
  "import-photo-size": {
    area: "importer",
    severity: "warning",
    doc: "A photo larger than 40 MB: not copied.",
  },
  "import-out-not-folder": {
    area: "importer",
    severity: "error",
    doc: "`--out` or `--media` names a file or a device: name a folder.",
  },
  "import-binary": {
    area: "importer",
    severity: "error",
    doc: "A NUL byte or other control character: not a text file.",
  },
  "import-unreadable-text": {
    area: "importer",
    severity: "error",
    doc: "The text does not read as Chinese in UTF-8, GB18030 or Big5.",
  },
  "import-empty": {
    area: "importer",
    severity: "error",
    doc: "The input is empty.",
  },
  "import-too-large": {
    area: "importer",
    severity: "error",
    doc: "The input or its text is larger than an article can be.",
  },
  "import-html-as-text": {
    area: "importer",
    severity: "error",
    doc: "An HTML page saved under a text name.",
  },
  "import-no-article": {
    area: "importer",
    severity: "error",
    doc: "A page with no article text.",
  },
  "import-no-title": {
    area: "importer",
    severity: "error",
    doc: "No headline found.",
  },
  "import-missing-metadata": {
    area: "importer",
    severity: "error",
    doc: "Title, date or source missing: all listed with the command that supplies them.",
  },
  "import-bad-option": {
    area: "importer",
    severity: "error",
    doc: "An option value that is no date.",
  },
  "import-no-body": {
    area: "importer",
    severity: "error",
    doc: "No article text after the headline.",
  },
  "import-would-not-build": {
    area: "importer",
    severity: "error",
    doc: "The written article would fail the build's checks (their rule ids listed): nothing written.",
  },
  "import-charset-conflict": {
    area: "importer",
    severity: "warning",
    doc: "The page's declared charset contradicts its bytes: read as the bytes say.",
  },
  "import-deep-nesting": {
    area: "importer",
    severity: "warning",
    doc: "Elements nested deeper than 60 levels lost their tags (their text kept).",
  },
  "import-garbled-span": {
    area: "importer",
    severity: "warning",
    doc: "A span garbled between encodings (a lost byte), repaired by a guess: check it against the original.",
  },
  "import-lost-character": {
    area: "importer",
    severity: "warning",
    doc: "A character lost between encodings (a bare `?` or `〓`): restored from its candidates or left as 〓.",
  },
  "import-unreadable-character": {
    area: "importer",
    severity: "warning",
    doc: "Unreadable bytes (U+FFFD) no rule could repair, left as 〓: fill in from the original.",
  },
  "import-open-quote": {
    area: "importer",
    severity: "warning",
    doc: "A quotation left open ends in a stray `!`, read as a lost 。”: check it.",
  },
  "import-looks-garbled": {
    area: "importer",
    severity: "warning",
    doc: "A Latin letter between Chinese characters looks garbled: check it.",
  },
  "import-naive-traditional": {
    area: "importer",
    severity: "warning",
    doc: "Traditional text with traces of a naive Simplified→Traditional conversion: kept as written.",
  },
  "import-source-guessed": {
    area: "importer",
    severity: "warning",
    doc: "The source was taken from a site name or reprint note: check it, or give `--source`.",
  },
  "import-title-guessed": {
    area: "importer",
    severity: "warning",
    doc: "The title came from the page's metadata (`<title>`, og:title) rather than its headline, or was trimmed of the site's name: check it.",
  },
  "import-date-guessed": {
    area: "importer",
    severity: "warning",
    doc: "The date was read from the page's address only: check it, or give `--date`.",
  },
  "import-metadata-conflict": {
    area: "importer",
    severity: "warning",
    doc: "The page's own sources give different dates: the one used and the others are named; check it.",
  },
  "import-dropped-text": {
    area: "importer",
    severity: "warning",
    doc: "A line dropped as page chrome on unclear evidence, or prose the extraction left out: check it.",
  },
  "import-build-warning": {
    area: "importer",
    severity: "warning",
    doc: "The written article builds but the build warns (its rule id given).",
  },
  "import-internal": {
    area: "importer",
    severity: "error",
    doc: "An unexpected failure on one file: reported without a stack trace, other files go on.",
  },
} as const satisfies Record<string, RuleDoc>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The README's message table (section "Messages"), one row per rule. */
export function ruleTable(): string {
  const rows = RULE_IDS.map((id) => {
    const { area, severity, doc } = RULES[id];
    return `| \`${id}\` | ${area} | ${severity} | ${doc} |`;
  });
  return ["| Rule | Where | Severity | What it means |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

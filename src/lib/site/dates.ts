const formats = new Map<string, Intl.DateTimeFormat>();

/** 2021-12-06 → 2021年12月6日 in the edition's language (a calendar day, formatted in UTC so it never shifts). */
export function formatDate(isoDate: string, lang: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
    formats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

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

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A publication date for readers: the calendar day (2021年12月6日), with the time of day in the
 * site's time zone when the article gives one (2021年12月6日 14:30).
 */
export function formatPublished(date: string, lang: string, timeZone: string): string {
  // Listings show each article many times over: format each date once per language.
  const memoKey = `${date}|${lang}|${timeZone}`;
  let formatted = published.get(memoKey);
  if (formatted === undefined) {
    formatted = date.length <= 10 ? formatDate(date, lang) : formatTime(date, lang, timeZone);
    published.set(memoKey, formatted);
  }
  return formatted;
}

const published = new Map<string, string>();

function formatTime(date: string, lang: string, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    timeFormats.set(key, format);
  }
  return format.format(new Date(date));
}

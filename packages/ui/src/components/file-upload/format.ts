/**
 * Sizes and lists of file types as text, in German or English, with Intl. Plain functions, no React: used by the
 * FileUpload's hint and by `checkUpload`'s messages alike, so both say the same.
 */
import type { Locale } from "../../internal/i18n.js";

/** Intl locales: British English writes lists without the serial comma („PDF, JPG or PNG“). */
const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

const UNITS = ["kilobyte", "megabyte", "gigabyte"] as const;

/**
 * A file size for people: `10485760` → „10 MB“, `1536` → „1,5 kB“ (en: „1.5 kB“), `500` → „500 Byte“.
 * Units are multiples of 1024, as Windows shows file sizes, so a limit of `10 * 1024 * 1024` bytes reads
 * „10 MB“. At most one decimal place.
 */
export function formatFileSize(bytes: number, locale: Locale = "de"): string {
  const intlLocale = INTL_LOCALE[locale];
  if (!Number.isFinite(bytes) || bytes < 1024) {
    return new Intl.NumberFormat(intlLocale, { style: "unit", unit: "byte", unitDisplay: "long" }).format(
      Math.max(0, Math.round(Number.isFinite(bytes) ? bytes : 0)),
    );
  }
  let unit = 0;
  let value = bytes / 1024;
  // Move up a unit when the rounded value would reach 1024 (so 1048575 bytes is „1 MB“, not „1.024 kB“).
  while (unit < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(intlLocale, {
    style: "unit",
    unit: UNITS[unit],
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

/** A list of alternatives: `["PDF", "JPG", "PNG"]` → „PDF, JPG oder PNG“ (en: „PDF, JPG or PNG“). */
export function formatAlternatives(items: readonly string[], locale: Locale = "de"): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: "disjunction" }).format(items);
}

import { centsToDecimalString as catalogCentsToDecimalString } from "@digitale-kommune/service-catalog";
import type { Locale } from "@digitale-kommune/validators";

export interface FormatMoneyOptions {
  /** Language of the display form (default `"de"`): `12,50 €` in German, `€12.50` in English. */
  locale?: Locale;
}

const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

// Intl.NumberFormat is costly to construct and immutable, so one instance per locale is shared.
const formatters = new Map<Locale, Intl.NumberFormat>();

function formatterFor(locale: Locale): Intl.NumberFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * Formats an amount of euro cents for display, e.g. `formatMoney(1250)` → `"12,50 €"` (with a
 * no-break space, as German typography requires). Amounts are integer cents everywhere in the
 * toolkit; anything else is a programming error and throws a `RangeError`.
 */
export function formatMoney(amountInCents: number, options: FormatMoneyOptions = {}): string {
  assertCents(amountInCents);
  // Intl formats a decimal string exactly; dividing by 100 as a float loses cents above ~10^13.
  return formatterFor(options.locale ?? "de").format(centsToDecimalString(amountInCents));
}

/**
 * The amount as a plain decimal string in euros, e.g. `1250` → `"12.50"`, `-5` → `"-0.05"`.
 * Exact for every safe integer; meant for provider boundaries that require decimal euros.
 * The digits come from the service catalogue's `centsToDecimalString` (the one rule for the toolkit, also
 * used for schema.org prices); this wrapper keeps the payments package's `RangeError` message and the
 * narrower `${number}` type that provider payloads are typed with.
 */
export function centsToDecimalString(amountInCents: number): `${number}` {
  assertCents(amountInCents);
  return catalogCentsToDecimalString(amountInCents) as `${number}`;
}

/** Throws unless the value is a safe integer number of cents. */
export function assertCents(amountInCents: number): void {
  if (!Number.isSafeInteger(amountInCents)) {
    throw new RangeError(`Amounts are integer cents; received ${String(amountInCents)}.`);
  }
}

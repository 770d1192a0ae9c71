/**
 * Helpers for the route action of a page with a DateInput: read the three posted fields into the
 * `{ day, month, year }` that `dateInput.validate` of `@digitale-kommune/validators` takes, and find which of
 * the fields to highlight from the errors of `fieldErrors` (`@digitale-kommune/ui/forms`). Plain functions,
 * no React.
 */

/** The three fields of a date. */
export type DatePart = "day" | "month" | "year";

export const DATE_PARTS: readonly DatePart[] = ["day", "month", "year"];

/** The values of the three fields, as typed (strings; any may be missing). */
export interface DateInputValue {
  day?: string | undefined;
  month?: string | undefined;
  year?: string | undefined;
}

/** Anything posted form data can be read from: `FormData`, `URLSearchParams`. */
export interface FormDataLike {
  get(name: string): unknown;
}

/** The posted name of one field: `names[part]`, else `<name>-<part>` (`geburtsdatum-day`). */
export function datePartName(name: string, part: DatePart, names?: Partial<Record<DatePart, string>>): string {
  return names?.[part] ?? `${name}-${part}`;
}

/**
 * The date a DateInput posted, for `dateInput.validate`: `geburtsdatum-day=27&geburtsdatum-month=3&…` →
 * `{ day: "27", month: "3", year: "2007" }`. A missing field, or a file in its place, reads as `""`.
 * Pass the same `names` as to the component if you overrode them.
 */
export function dateInputValue(
  form: FormDataLike,
  name: string,
  names?: Partial<Record<DatePart, string>>,
): Required<DateInputValue> {
  const read = (part: DatePart) => {
    const value = form.get(datePartName(name, part, names));
    return typeof value === "string" ? value : "";
  };
  return { day: read("day"), month: read("month"), year: read("year") };
}

/**
 * The fields to highlight for the date at `key` in the errors of `fieldErrors`: those with their own error
 * (`geburtsdatum.month`). Undefined when the date as a whole has an error (`geburtsdatum`, e.g. „Dieses Datum
 * gibt es nicht“) or none, so the DateInput highlights all three fields, or none.
 */
export function dateInputErrorFields(errors: Readonly<Record<string, string>>, key: string): DatePart[] | undefined {
  if (errors[key] !== undefined) return undefined;
  const parts = DATE_PARTS.filter((part) => errors[`${key}.${part}`] !== undefined);
  return parts.length > 0 ? parts : undefined;
}

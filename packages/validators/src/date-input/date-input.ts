/**
 * German date input: the three fields Tag / Monat / Jahr as the ui DateInput posts them
 * (`{ day, month, year }`), or one text field `TT.MM.JJJJ`. The output is ISO `YYYY-MM-DD` of a real
 * calendar date. Issues name the field at fault (`["day"]`, `["month"]`, `["year"]`) or the whole date
 * (`[]`), following the GOV.UK date input pattern; all field issues are reported at once.
 * Plausibility rules (not in the future, not before a date, age at the reference date) are options;
 * "today" is a parameter, by default today's date in Europe/Berlin.
 */
import { z } from "zod";
import { createIssue } from "../core/issues.js";
import { isAsciiDigits, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "../core/types.js";
import { validatedSchema } from "../core/zod.js";
import { ageOn, daysInMonth, type IsoDate, parseIsoDate, todayInBerlin, toGermanDate, toIsoDate } from "./calendar.js";
import { type DateInputIssueCode, dateInputMessages } from "./messages.js";

export type { IsoDate };

/** The three fields of a date input, as posted (each may be missing or empty). */
export interface DateInputParts {
  day?: string | undefined;
  month?: string | undefined;
  year?: string | undefined;
}

export interface DateInputOptions extends ValidateOptions<DateInputIssueCode> {
  /** The reference date as ISO `YYYY-MM-DD` (default: today in Europe/Berlin). */
  today?: string;
  /** Reject dates after `today`, e.g. a date of birth. */
  notInFuture?: boolean;
  /** Reject dates before `today`, e.g. the start of a permit. */
  notInPast?: boolean;
  /** Earliest accepted date, ISO. */
  min?: string;
  /** Latest accepted date, ISO. */
  max?: string;
  /** For a date of birth: the least completed age in years at `today`. */
  minAge?: number;
  /** For a date of birth: the greatest completed age in years at `today`. */
  maxAge?: number;
}

type Part = "day" | "month" | "year";
const MAX_PART_LENGTH = 10;

function partValue(raw: string, part: Part): number | undefined {
  if (raw.length > MAX_PART_LENGTH || !isAsciiDigits(raw)) return undefined;
  const value = Number(raw);
  if (part === "year") return raw.length === 4 && raw[0] !== "0" ? value : undefined;
  if (raw.length > 2) return undefined;
  return part === "day"
    ? value >= 1 && value <= 31
      ? value
      : undefined
    : value >= 1 && value <= 12
      ? value
      : undefined;
}

const INVALID_CODE: Record<Part, DateInputIssueCode> = {
  day: "invalid_day",
  month: "invalid_month",
  year: "invalid_year",
};
const MISSING_CODE: Record<Part, DateInputIssueCode> = {
  day: "missing_day",
  month: "missing_month",
  year: "missing_year",
};

/** Splits `TT.MM.JJJJ` (leading zeros optional) into parts, or undefined when it has another shape. */
function partsOfText(text: string): DateInputParts | undefined {
  if (text.length > 3 * MAX_PART_LENGTH) return undefined;
  const pieces = text.split(".");
  if (pieces.length !== 3) return undefined;
  const [day, month, year] = pieces;
  return { day, month, year };
}

function checkRules(date: IsoDate, options: DateInputOptions): ValidationIssue[] {
  const issue = (code: DateInputIssueCode, params = {}) => createIssue(code, dateInputMessages, options, params);
  const needsToday =
    options.notInFuture || options.notInPast || options.minAge !== undefined || options.maxAge !== undefined;
  const today = needsToday ? ((options.today ?? todayInBerlin()) as IsoDate) : undefined;
  const issues: ValidationIssue[] = [];
  if (today && options.notInFuture && date > today) issues.push(issue("in_future"));
  if (today && options.notInPast && date < today) issues.push(issue("in_past"));
  if (options.min && date < options.min) issues.push(issue("too_early", { min: displayDate(options.min, options) }));
  if (options.max && date > options.max) issues.push(issue("too_late", { max: displayDate(options.max, options) }));
  if (today && options.minAge !== undefined && ageOn(date, today) < options.minAge) {
    issues.push(issue("too_young", { minAge: options.minAge }));
  }
  if (today && options.maxAge !== undefined && ageOn(date, today) > options.maxAge) {
    issues.push(issue("too_old", { maxAge: options.maxAge }));
  }
  return issues;
}

function displayDate(iso: string, options: DateInputOptions): string {
  if (!parseIsoDate(iso)) return iso;
  return options.locale === "en" ? iso : toGermanDate(iso as IsoDate);
}

/**
 * Checks a date from three fields or from `TT.MM.JJJJ` and returns it as ISO `YYYY-MM-DD`, or every issue:
 * one per missing or invalid field, else one for an impossible date, else one per broken rule.
 */
export function validate(input: DateInputParts | string, options: DateInputOptions = {}): ValidationResult<IsoDate> {
  const fromText = typeof input === "string";
  const trimmedText = fromText ? trimAsciiWhitespace(input) : "";
  const parts = fromText ? partsOfText(trimmedText) : input;
  const raw = {
    day: trimAsciiWhitespace(parts?.day ?? ""),
    month: trimAsciiWhitespace(parts?.month ?? ""),
    year: trimAsciiWhitespace(parts?.year ?? ""),
  };
  const fail = (issues: ValidationIssue[]): ValidationResult<IsoDate> => ({ ok: false, issues });
  // A single text field carries its issues itself; three fields get them on the field at fault.
  const fieldPath = (part: Part) => (fromText ? [] : [part]);

  if (fromText && trimmedText === "") return fail([createIssue("empty", dateInputMessages, options)]);
  if (!parts) return fail([createIssue("invalid_format", dateInputMessages, options)]);
  if (!raw.day && !raw.month && !raw.year) return fail([createIssue("empty", dateInputMessages, options)]);

  const parsed: Partial<Record<Part, number>> = {};
  const issues: ValidationIssue[] = [];
  for (const part of ["day", "month", "year"] as const) {
    if (!raw[part]) {
      issues.push(createIssue(MISSING_CODE[part], dateInputMessages, options, {}, fieldPath(part)));
      continue;
    }
    const value = partValue(raw[part], part);
    if (value === undefined)
      issues.push(createIssue(INVALID_CODE[part], dateInputMessages, options, {}, fieldPath(part)));
    else parsed[part] = value;
  }
  // A text field reports its first problem only: one message for one field.
  if (issues.length > 0) return fail(fromText ? issues.slice(0, 1) : issues);

  const { day = 0, month = 0, year = 0 } = parsed;
  if (day > daysInMonth(year, month)) return fail([createIssue("invalid_date", dateInputMessages, options)]);
  const date = toIsoDate(year, month, day);
  const ruleIssues = checkRules(date, options);
  return ruleIssues.length > 0 ? fail(ruleIssues) : { ok: true, value: date };
}

/** Boolean form of `validate`. */
export function isValid(input: DateInputParts | string, options: DateInputOptions = {}): boolean {
  return validate(input, options).ok;
}

/** The German display form `TT.MM.JJJJ` of an ISO date (English: the ISO date itself). */
export function format(date: IsoDate, options: Pick<DateInputOptions, "locale"> = {}): string {
  return displayDate(date, options);
}

/** A zod schema for the three fields or the text form, outputting ISO `YYYY-MM-DD`. */
export function schema(options: DateInputOptions = {}): z.ZodType<IsoDate, DateInputParts | string> {
  const parts = z.object({ day: z.string().optional(), month: z.string().optional(), year: z.string().optional() });
  return validatedSchema(z.union([z.string(), parts]), (input) => validate(input, options));
}

/**
 * Opening hours of an office as city editors write them in JSON or YAML.
 *
 * ```json
 * {
 *   "weekly": [
 *     { "days": ["mo", "di", "mi", "do", "fr"], "hours": [{ "from": "08:00", "to": "12:00" }] },
 *     { "days": ["do"], "hours": [{ "from": "14:00", "to": "18:00", "note": "nur mit Termin" }] }
 *   ],
 *   "exceptions": [
 *     { "date": "2026-12-24", "closed": true, "reason": "Heiligabend" },
 *     { "date": "2026-07-20", "until": "2026-08-07", "closed": true, "reason": "Umzug" },
 *     { "date": "2026-12-31", "hours": [{ "from": "08:00", "to": "11:00" }], "reason": "Silvester" }
 *   ],
 *   "closedOnPublicHolidays": true,
 *   "notes": [{ "de": "Termine unter 0661 102-1111", "en": "Appointments on 0661 102-1111" }]
 * }
 * ```
 *
 * Rules and why:
 * - Weekdays are the German abbreviations `mo di mi do fr sa so`, because the editors are German.
 *   A day may appear in several rules (e.g. Mo–Fr mornings plus Do afternoon); its ranges are combined
 *   and must not overlap.
 * - Times are `HH:MM` in Europe/Berlin wall-clock time, `from` < `to`; `24:00` ends a range at midnight.
 *   A range never crosses midnight: write `22:00–24:00` and `00:00–02:00` on the next day.
 *   Ranges that touch (`08:00–12:00`, `12:00–16:00`) are allowed and read as one opening.
 * - An exception covers `date`, or `date` to `until` inclusive, and is either closed (`"closed": true`)
 *   or open with special `hours`; exceptions must not overlap each other.
 * - Precedence: an exception beats a public holiday, which beats the weekly rule; so a special opening
 *   on a holiday is an exception with `hours`.
 * - `closedOnPublicHolidays` (default `true`) closes the office on Hessian public holidays.
 * - Texts (`note`, `reason`, `notes`) are German strings or `{ "de": …, "en": … }`.
 *
 * Only refinements, no transforms, so `z.toJSONSchema` gives editors a schema with patterns and enums.
 * Issue codes travel in `params.code` (see `openingHoursMessages`); type errors keep zod's own codes.
 */
import type { Locale, MessageParams } from "@digitale-kommune/validators";
import { createIssue } from "@digitale-kommune/validators";
import { z } from "zod";
import { isIsoDate } from "../holidays/calendar.js";
import { CLOCK_TIME_PATTERN, parseClockTime } from "./clock.js";
import { type OpeningHoursIssueCode, openingHoursFieldNames, openingHoursMessages, weekdayNames } from "./messages.js";

/** Days of the week by their German abbreviation, Monday first. */
export const WEEKDAYS = ["mo", "di", "mi", "do", "fr", "sa", "so"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ISO_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

export interface OpeningHoursSchemaOptions {
  /** Language of the issue messages (default `"de"`). */
  locale?: Locale;
  /** App-specific wording per code. */
  messages?: Partial<Record<OpeningHoursIssueCode, string>>;
}

type Context = z.RefinementCtx;

/**
 * Builds the opening-hours schema with messages in the caller's language. `openingHoursSchema` is the
 * German one; build an English one for English editors or APIs.
 */
export function createOpeningHoursSchema(options: OpeningHoursSchemaOptions = {}) {
  const locale = options.locale ?? "de";
  const names: Record<string, string> = openingHoursFieldNames[locale];

  const report = (
    context: Context,
    code: OpeningHoursIssueCode,
    field: string,
    params: MessageParams,
    path: (string | number)[] = [],
  ) => {
    const issue = createIssue(
      code,
      openingHoursMessages,
      { locale, ...(options.messages ? { messages: options.messages } : {}) },
      { field: names[field] ?? field, ...quoted(params) },
      path,
    );
    context.addIssue({ code: "custom", message: issue.message, path: issue.path, params: { code } });
  };

  const text = (field: string) =>
    z.string().superRefine((value, context) => {
      if (value.trim() === "") report(context, "empty_text", field, {});
    });

  const localizedText = (field: string) =>
    z.union([text(field), z.strictObject({ de: text(field), en: text(field).optional() })]).meta({
      description: "German text, or { de, en }",
    });

  const clockTime = (field: "from" | "to") =>
    z
      .string()
      .superRefine((value, context) => {
        if (parseClockTime(value) === undefined) {
          report(context, "invalid_time", field, { value });
        }
      })
      .meta({ pattern: CLOCK_TIME_PATTERN, description: "HH:MM, Europe/Berlin, 00:00–24:00" });

  const isoDate = (field: "date" | "until") =>
    z
      .string()
      .superRefine((value, context) => {
        if (!isIsoDate(value)) report(context, "invalid_date", field, { value });
      })
      .meta({ pattern: ISO_DATE_PATTERN, description: "YYYY-MM-DD" });

  // Typed as the enum on both sides (data is written with the abbreviations); the string step in front
  // only exists so an unknown day gets our code and message instead of zod's "invalid_value".
  const weekday = z
    .string()
    .superRefine((value, context) => {
      if (!(WEEKDAYS as readonly string[]).includes(value)) {
        report(context, "invalid_weekday", "days", { value });
      }
    })
    .meta({ enum: [...WEEKDAYS] })
    .pipe(z.enum(WEEKDAYS)) as unknown as z.ZodType<Weekday, Weekday>;

  const timeRange = z
    .strictObject({ from: clockTime("from"), to: clockTime("to"), note: localizedText("note").optional() })
    .superRefine((value, context) => {
      const from = parseClockTime(value.from);
      const to = parseClockTime(value.to);
      if (from !== undefined && to !== undefined && from >= to) {
        report(context, "time_range_order", "to", { value: `${value.from}–${value.to}` }, ["to"]);
      }
    });

  const timeRanges = z.array(timeRange).superRefine((value, context) => {
    if (value.length === 0) report(context, "no_time_ranges", "hours", {});
  });

  const weeklyRule = z
    .strictObject({
      days: z.array(weekday).superRefine((value, context) => {
        if (value.length === 0) report(context, "no_weekdays", "days", {});
        value.forEach((day, index) => {
          if (value.indexOf(day) !== index) report(context, "duplicate_weekday", "days", { value: day }, [index]);
        });
      }),
      hours: timeRanges,
      note: localizedText("note").optional(),
    })
    .meta({ description: "Ranges that apply on every listed weekday" });

  const exception = z
    .strictObject({
      date: isoDate("date"),
      until: isoDate("until").optional(),
      closed: z.boolean().optional(),
      hours: timeRanges.optional(),
      reason: localizedText("reason"),
    })
    .superRefine((value, context) => {
      const { date, until, closed, hours } = value;
      if (until !== undefined && isIsoDate(date) && isIsoDate(until) && until < date) {
        report(context, "date_range_order", "until", { value: until, other: date }, ["until"]);
      }
      if ((closed === true) === (hours !== undefined)) report(context, "exception_kind", "exceptions", {});
      if (hours) reportOverlaps(context, hours, date, ["hours"]);
    })
    .meta({ description: "A date or date range (until, inclusive): closed, or special hours" });

  /** Reports every range of `ranges` that overlaps an earlier one; `indexes` maps back to the data. */
  const reportOverlaps = (
    context: Context,
    ranges: readonly { from: string; to: string }[],
    day: string,
    basePath: (string | number)[],
    pathOf: (index: number) => (string | number)[] = (index) => [...basePath, index],
  ) => {
    const parsed = ranges.map((range, index) => ({
      index,
      label: `${range.from}–${range.to}`,
      from: parseClockTime(range.from),
      to: parseClockTime(range.to),
    }));
    const valid = parsed.filter((range) => range.from !== undefined && range.to !== undefined);
    for (const [position, range] of valid.entries()) {
      const earlier = valid.slice(0, position).find((other) => overlaps(other, range));
      if (earlier) {
        report(context, "time_range_overlap", "hours", { value: range.label, other: earlier.label, day }, [
          ...pathOf(range.index),
        ]);
      }
    }
  };

  return z
    .strictObject({
      weekly: z.array(weeklyRule).meta({ description: "Regular weekly opening hours" }),
      exceptions: z.array(exception).default([]),
      closedOnPublicHolidays: z.boolean().default(true),
      notes: z.array(localizedText("notes")).optional(),
    })
    .superRefine((value, context) => {
      const { weekly, exceptions } = value;
      for (const [dayIndex, day] of WEEKDAYS.entries()) {
        const entries = weekly.flatMap((rule, ruleIndex) =>
          rule.days.includes(day) ? rule.hours.map((range, rangeIndex) => ({ range, ruleIndex, rangeIndex })) : [],
        );
        reportOverlaps(
          context,
          entries.map((entry) => entry.range),
          weekdayNames[locale].long[dayIndex] ?? day,
          [],
          (index) => {
            const entry = entries[index];
            return entry ? ["weekly", entry.ruleIndex, "hours", entry.rangeIndex] : ["weekly"];
          },
        );
      }
      const spans = exceptions
        .map((entry, index) => ({ index, start: entry.date, end: entry.until ?? entry.date }))
        .filter((span) => isIsoDate(span.start) && isIsoDate(span.end) && span.start <= span.end);
      for (const [position, span] of spans.entries()) {
        const earlier = spans.slice(0, position).find((other) => other.start <= span.end && span.start <= other.end);
        if (earlier) {
          const other = earlier.start === earlier.end ? earlier.start : `${earlier.start} – ${earlier.end}`;
          report(context, "exception_overlap", "exceptions", { date: span.start, other }, ["exceptions", span.index]);
        }
      }
    });
}

/** Cuts quoted input short, so a pasted novel does not end up in a message. */
function quoted(params: MessageParams): MessageParams {
  const result: MessageParams = {};
  for (const [key, value] of Object.entries(params)) {
    result[key] = typeof value === "string" && value.length > 40 ? `${value.slice(0, 40)}…` : value;
  }
  return result;
}

function overlaps(a: { from?: number | undefined; to?: number | undefined }, b: typeof a): boolean {
  return a.from !== undefined && a.to !== undefined && b.from !== undefined && b.to !== undefined
    ? a.from < b.to && b.from < a.to
    : false;
}

/** The opening-hours schema with German messages. */
export const openingHoursSchema = /* @__PURE__ */ createOpeningHoursSchema();

/** Opening hours after parsing (defaults applied). */
export type OpeningHours = z.output<typeof openingHoursSchema>;
/** Opening hours as written in the data (`exceptions` and `closedOnPublicHolidays` may be left out). */
export type OpeningHoursInput = z.input<typeof openingHoursSchema>;
export type OpeningHoursTimeRange = OpeningHours["weekly"][number]["hours"][number];
export type OpeningHoursWeeklyRule = OpeningHours["weekly"][number];
export type OpeningHoursException = OpeningHours["exceptions"][number];
/** A German text, or German and English. */
export type LocalizedText = OpeningHoursTimeRange["note"] & {};

import type { MessageCatalog } from "@digitale-kommune/validators";

export type OpeningHoursIssueCode =
  | "invalid_weekday"
  | "duplicate_weekday"
  | "no_weekdays"
  | "no_time_ranges"
  | "invalid_time"
  | "time_range_order"
  | "time_range_overlap"
  | "invalid_date"
  | "date_range_order"
  | "exception_kind"
  | "exception_overlap"
  | "empty_text";

/** Placeholders: `{field}` names the field, `{value}`, `{day}`, `{date}`, `{other}` quote the input. */
export const openingHoursMessages: MessageCatalog<OpeningHoursIssueCode> = {
  de: {
    invalid_weekday: "{field}: „{value}“ ist kein Wochentag. Erlaubt sind mo, di, mi, do, fr, sa, so.",
    duplicate_weekday: "{field}: Der Wochentag „{value}“ steht mehrfach in derselben Regel.",
    no_weekdays: "{field}: Bitte geben Sie mindestens einen Wochentag an.",
    no_time_ranges: "{field}: Bitte geben Sie mindestens einen Zeitraum an (oder „closed“: true bei Schließtagen).",
    invalid_time: "{field}: „{value}“ ist keine gültige Uhrzeit. Erwartet wird HH:MM zwischen 00:00 und 24:00.",
    time_range_order: "{field}: Der Zeitraum {value} endet nicht nach seinem Beginn.",
    time_range_overlap: "{field}: Der Zeitraum {value} überschneidet sich am {day} mit {other}.",
    invalid_date: "{field}: „{value}“ ist kein gültiges Datum. Erwartet wird JJJJ-MM-TT, z. B. 2026-12-24.",
    date_range_order: "{field}: Das Enddatum {value} liegt vor dem Beginn {other}.",
    exception_kind:
      "{field}: Eine Ausnahme ist entweder geschlossen („closed“: true) oder hat Sonderöffnungszeiten („hours“), genau eins von beiden.",
    exception_overlap: "{field}: Die Ausnahme am {date} überschneidet sich mit einer anderen Ausnahme ({other}).",
    empty_text: "{field}: Bitte geben Sie einen Text ein.",
  },
  en: {
    invalid_weekday: "{field}: “{value}” is not a weekday. Use mo, di, mi, do, fr, sa, so (German abbreviations).",
    duplicate_weekday: "{field}: the weekday “{value}” appears more than once in the same rule.",
    no_weekdays: "{field}: enter at least one weekday.",
    no_time_ranges: "{field}: enter at least one time range (or “closed”: true for a closing day).",
    invalid_time: "{field}: “{value}” is not a valid time. Use HH:MM between 00:00 and 24:00.",
    time_range_order: "{field}: the time range {value} does not end after it starts.",
    time_range_overlap: "{field}: the time range {value} overlaps {other} on {day}.",
    invalid_date: "{field}: “{value}” is not a valid date. Use YYYY-MM-DD, e.g. 2026-12-24.",
    date_range_order: "{field}: the end date {value} is before the start date {other}.",
    exception_kind:
      "{field}: an exception is either closed (“closed”: true) or has special hours (“hours”), exactly one of them.",
    exception_overlap: "{field}: the exception on {date} overlaps another exception ({other}).",
    empty_text: "{field}: enter a text.",
  },
};

/** Human names of the fields, used in `{field}` so every message says where the problem is. */
export const openingHoursFieldNames = {
  de: {
    weekly: "Wöchentliche Öffnungszeiten",
    exceptions: "Ausnahmen",
    notes: "Hinweise",
    days: "Wochentage",
    hours: "Zeiträume",
    from: "Beginn (from)",
    to: "Ende (to)",
    date: "Datum (date)",
    until: "Enddatum (until)",
    reason: "Grund (reason)",
    note: "Hinweis (note)",
  },
  en: {
    weekly: "Weekly opening hours",
    exceptions: "Exceptions",
    notes: "Notes",
    days: "Weekdays",
    hours: "Time ranges",
    from: "Start (from)",
    to: "End (to)",
    date: "Date (date)",
    until: "End date (until)",
    reason: "Reason (reason)",
    note: "Note (note)",
  },
} as const;

/** Weekday names for messages and formatted hours, Monday first. */
export const weekdayNames = {
  de: {
    long: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    short: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
  },
  en: {
    long: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  },
} as const;

import type { MessageCatalog } from "../core/types.js";

export type DateInputIssueCode =
  | "empty"
  | "missing_day"
  | "missing_month"
  | "missing_year"
  | "invalid_day"
  | "invalid_month"
  | "invalid_year"
  | "invalid_format"
  | "invalid_date"
  | "in_future"
  | "in_past"
  | "too_early"
  | "too_late"
  | "too_young"
  | "too_old";

export const dateInputMessages: MessageCatalog<DateInputIssueCode> = {
  de: {
    empty: "Bitte geben Sie ein Datum ein.",
    missing_day: "Das Datum muss einen Tag enthalten.",
    missing_month: "Das Datum muss einen Monat enthalten.",
    missing_year: "Das Datum muss ein Jahr enthalten.",
    invalid_day: "Der Tag muss eine Zahl von 1 bis 31 sein.",
    invalid_month: "Der Monat muss eine Zahl von 1 bis 12 sein.",
    invalid_year: "Das Jahr muss aus 4 Ziffern bestehen, zum Beispiel 1990.",
    invalid_format: "Bitte geben Sie das Datum im Format TT.MM.JJJJ ein, zum Beispiel 24.11.2026.",
    invalid_date: "Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.",
    in_future: "Das Datum darf nicht in der Zukunft liegen.",
    in_past: "Das Datum darf nicht in der Vergangenheit liegen.",
    too_early: "Das Datum muss am {min} oder später liegen.",
    too_late: "Das Datum muss am {max} oder früher liegen.",
    too_young: "Sie müssen mindestens {minAge} Jahre alt sein.",
    too_old: "Das Alter darf höchstens {maxAge} Jahre betragen.",
  },
  en: {
    empty: "Enter a date.",
    missing_day: "The date must include a day.",
    missing_month: "The date must include a month.",
    missing_year: "The date must include a year.",
    invalid_day: "The day must be a number from 1 to 31.",
    invalid_month: "The month must be a number from 1 to 12.",
    invalid_year: "The year must have 4 digits, for example 1990.",
    invalid_format: "Enter the date as DD.MM.YYYY, for example 24.11.2026.",
    invalid_date: "This date does not exist. Check the day and the month.",
    in_future: "The date must not be in the future.",
    in_past: "The date must not be in the past.",
    too_early: "The date must be on or after {min}.",
    too_late: "The date must be on or before {max}.",
    too_young: "You must be at least {minAge} years old.",
    too_old: "The age must be at most {maxAge} years.",
  },
};

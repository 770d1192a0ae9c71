/**
 * Clock times as the opening-hours data writes them: `HH:MM` on a 24-hour clock, `00:00`–`24:00`,
 * where `24:00` is the end of the day (so a range can close at midnight without spilling into the next).
 */

/** A clock time `HH:MM` as written in the data, e.g. `"08:00"` or `"24:00"`. */
export type ClockTime = string;

/** The pattern editors see in the JSON Schema; `parseClockTime` is the same rule without a regex. */
export const CLOCK_TIME_PATTERN = "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$";

export const MINUTES_PER_DAY = 24 * 60;

/** Minutes since midnight for a strict `HH:MM` (00:00–24:00), or undefined for anything else. */
export function parseClockTime(value: string): number | undefined {
  if (value.length !== 5 || value[2] !== ":") return undefined;
  const digits = value.slice(0, 2) + value.slice(3, 5);
  for (const character of digits) if (character < "0" || character > "9") return undefined;
  const hours = Number(value.slice(0, 2));
  const minutes = Number(value.slice(3, 5));
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

/** `HH:MM` for minutes since midnight (0–1440). */
export function formatClockTime(minutes: number): ClockTime {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

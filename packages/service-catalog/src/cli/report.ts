import type { Locale } from "@digitale-kommune/validators";
import { formatPath } from "../catalog/path.js";
import type { CliIssue } from "./inputs.js";

/**
 * `file:line:column: path.to.field: message (code)`. The `file:line:column` prefix is the form compilers
 * use, so terminals (VS Code's among them) and CI annotations link it to the spot; without a known
 * position it is just the file. The path is left out for issues about the file as a whole.
 */
export function formatIssue(issue: CliIssue): string {
  const place = issue.line === undefined ? issue.source : `${issue.source}:${issue.line}:${issue.column ?? 1}`;
  const path = issue.path.length > 0 ? ` ${formatPath(issue.path)}:` : "";
  return `${place}:${path} ${issue.message} (${issue.code})`;
}

/** Bytes in SI units with the locale's decimal separator: „812 B“, „12,3 kB“, "1.5 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  if (bytes < 1000) return `${bytes} B`;
  const format = new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // Decided on the rounded value, so 999 950 bytes read „1,0 MB“ rather than „1.000,0 kB“.
  const kilobytes = Math.round(bytes / 100) / 10;
  return kilobytes < 1000 ? `${format.format(kilobytes)} kB` : `${format.format(bytes / 1_000_000)} MB`;
}

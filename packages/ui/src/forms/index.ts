/**
 * `@digitale-kommune/ui/forms`: turns the `ValidationIssue[]` of `@digitale-kommune/validators` (or any issue with
 * a `path` and a `message`) into what the form components show: one error per field and the ErrorSummary's items.
 * Field ids follow the issue paths: `["anschrift", "postleitzahl"]` is the field with id `anschrift-postleitzahl`,
 * a date's `["geburtsdatum", "day"]` the day input `geburtsdatum-day` inside the group `geburtsdatum`.
 * Plain functions, no React: they run in the route action or loader as well as in the component.
 */

/** The shape of a `ValidationIssue` this helper needs (structural, so ui does not depend on validators). */
export interface IssueLike {
  path: readonly (string | number)[];
  message: string;
  code?: string;
}

/** The element id of the field at `path` (`["anschrift", "postleitzahl"]` → `"anschrift-postleitzahl"`). */
export function fieldId(path: readonly (string | number)[]): string {
  return path.map(String).join("-");
}

/** The key of the field at `path` in `fieldErrors` (`"anschrift.postleitzahl"`). */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

/** First message per field, keyed by `fieldKey`; a field shows one error at a time. */
export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/**
 * The error to show on the field or group at `key`: its own, else the first of a part inside it (a date group
 * shows the error of its day, month or year field). Undefined when the field has none.
 */
export function errorFor(errors: FieldErrors, key: string): string | undefined {
  if (errors[key] !== undefined) return errors[key];
  const prefix = `${key}.`;
  for (const [other, message] of Object.entries(errors)) if (other.startsWith(prefix)) return message;
  return undefined;
}

export interface ErrorSummaryItem {
  /** The message, as shown on the field. */
  text: string;
  /** Link to the field, `#<field id>`: following it moves focus to the input (WCAG 2.4.3, 3.3.1). */
  href: string;
}

/**
 * The ErrorSummary's items in the order of the issues, one per field. An issue without a path (on the whole form)
 * links to `#<fallbackId>` if given, else it is listed without moving focus elsewhere (`href: "#"`).
 */
export function errorSummaryItems(
  issues: readonly IssueLike[],
  options: { fallbackId?: string } = {},
): ErrorSummaryItem[] {
  const seen = new Set<string>();
  const items: ErrorSummaryItem[] = [];
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const id = issue.path.length > 0 ? fieldId(issue.path) : options.fallbackId;
    items.push({ text: issue.message, href: id ? `#${id}` : "#" });
  }
  return items;
}

// Reading posted dates and checking uploads, in the route action (no React).
export {
  DATE_PARTS,
  type DateInputValue,
  type DatePart,
  dateInputErrorFields,
  dateInputValue,
  datePartName,
  type FormDataLike,
} from "../components/date-input/date-input-value.js";
export {
  type CheckUploadOptions,
  type CheckUploadResult,
  checkUpload,
  type UploadedFile,
  type UploadIssue,
  type UploadIssueCode,
} from "../components/file-upload/check-upload.js";
export { detectFileType, FILE_TYPES, type FileTypeInfo } from "../components/file-upload/file-types.js";
export type { CheckUploadText } from "../components/file-upload/messages.js";

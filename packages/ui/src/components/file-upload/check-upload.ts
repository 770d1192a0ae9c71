/**
 * Server-side check of an uploaded file against the limits the FileUpload's hint announces: not empty, not
 * larger than `maxBytes`, and of an accepted type, judged by the file's first bytes (its real type; see
 * `file-types.ts`), never by its name or the MIME type the browser sent, which the user or an attacker controls.
 * Plain functions, no React: call it in the route action, then show the issue's message on the FileUpload
 * (`error`) and in the ErrorSummary. Browsers cannot keep a chosen file across a page load, so after an error
 * the user chooses the file again.
 */
import { fillPlaceholders, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { baseName, detectFileType, extensionOf, fileTypeByExtension, fileTypeByMime } from "./file-types.js";
import { formatAlternatives, formatFileSize } from "./format.js";
import { type CheckUploadText, checkUploadMessages } from "./messages.js";

/** What the check needs of an uploaded file; a `File` from `request.formData()` provides it (see README). */
export interface UploadedFile {
  /** The file name as sent by the browser; only used for the messages and the extension check. */
  name: string;
  /** The size in bytes. */
  size: number;
  /** The file's content: at least its first 4100 bytes, better the whole file (needed for DOCX, XLSX, PPTX). */
  bytes: Uint8Array;
}

/** `empty`: no file or no content; `too_large`: over `maxBytes`; `wrong_type`: the content is no accepted type;
 * `type_mismatch`: the content is accepted, but the name's extension belongs to another type. */
export type UploadIssueCode = "empty" | "too_large" | "wrong_type" | "type_mismatch";

/** A `ValidationIssue` of `@digitale-kommune/validators` with this check's codes. */
export interface UploadIssue {
  path: (string | number)[];
  code: UploadIssueCode;
  message: string;
}

export type CheckUploadResult =
  | { ok: true /** The real MIME type, from the content, e.g. `"image/png"`; store this one. */; type: string }
  | { ok: false /** Exactly one issue: the first problem found. */; issues: [UploadIssue] };

export interface CheckUploadOptions extends LocalizedProps<CheckUploadText> {
  /** The largest allowed size in bytes; show the same number to the user with the FileUpload's `maxBytes`. */
  maxBytes: number;
  /** The accepted MIME types, e.g. `["application/pdf", "image/jpeg", "image/png"]` (see `FILE_TYPES`).
   * `application/zip` also accepts the ZIP-based office formats. File extensions (`".pdf"`) are read as their type. */
  accept: readonly string[];
  /** Reject a file whose name ends in the extension of another known type (PNG content named `.pdf`) with
   * `type_mismatch` (default `true`). Turn off to accept it and store it under the real `type`. */
  checkExtension?: boolean | undefined;
  /** Path of the issue, e.g. `["nachweis"]` so that the forms helper shows it on the field `nachweis`
   * (default `[]`, the field itself). */
  path?: readonly (string | number)[] | undefined;
}

/** Longest file name shown in a message; longer names are shortened with „…“. */
const MAX_NAME_IN_MESSAGE = 80;

/**
 * Checks an uploaded file: first for no file or no content (`empty`), then its size (`too_large`), then its
 * real type (`wrong_type`), then whether its name's extension matches that type (`type_mismatch`). Reports
 * the first problem only. `file` may be `null` or `undefined` (nothing was posted), which is `empty`.
 */
export function checkUpload(file: UploadedFile | null | undefined, options: CheckUploadOptions): CheckUploadResult {
  const { maxBytes, accept, checkExtension = true, path = [], locale = "de", messages } = options;
  const text = uiMessages(checkUploadMessages, { locale, messages });
  const name = displayName(file?.name ?? "");
  const fail = (code: UploadIssueCode, template: string, params: Record<string, string> = {}): CheckUploadResult => ({
    ok: false,
    issues: [{ path: [...path], code, message: fillPlaceholders(template, { name, ...params }) }],
  });

  // A form posted without a chosen file sends an empty part with an empty file name.
  if (!file || (file.size === 0 && file.name === "")) return fail("empty", text.missing);
  if (file.size === 0 || file.bytes.length === 0) return fail("empty", text.empty);
  if (file.size > maxBytes) return fail("too_large", text.tooLarge, { size: formatFileSize(maxBytes, locale) });

  const accepted = acceptedMimes(accept);
  const detected = detectFileType(file.bytes);
  const detectedType = detected === undefined ? undefined : fileTypeByMime(detected);
  const isAccepted =
    detectedType !== undefined &&
    (accepted.includes(detectedType.mime) || (accepted.includes("application/zip") && detectedType.zipBased === true));
  if (!detectedType || !isAccepted) {
    const types = formatAlternatives(acceptedLabels(accepted), locale);
    return fail("wrong_type", text.wrongType, { types });
  }

  if (checkExtension) {
    const extension = extensionOf(file.name);
    const named = extension === "" ? undefined : fileTypeByExtension(extension);
    // A ZIP whose entries were not in the bytes may still be the office file its name says.
    const undecidable = detectedType.mime === "application/zip" && named?.zipBased === true;
    if (named && !detectedType.extensions.includes(extension) && !undecidable) {
      return fail("type_mismatch", text.typeMismatch, { actual: detectedType.label });
    }
  }
  return { ok: true, type: detectedType.mime };
}

/** The canonical MIME types of the `accept` option, each once. */
function acceptedMimes(accept: readonly string[]): string[] {
  const mimes: string[] = [];
  for (const entry of accept) {
    const type = entry.trim().startsWith(".") ? fileTypeByExtension(entry) : fileTypeByMime(entry);
    const mime = type?.mime ?? entry.trim().toLowerCase();
    if (!mimes.includes(mime)) mimes.push(mime);
  }
  return mimes;
}

function acceptedLabels(mimes: readonly string[]): string[] {
  const labels: string[] = [];
  for (const mime of mimes) {
    const label = fileTypeByMime(mime)?.label ?? mime;
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

/**
 * The file name as shown in a message: without a directory, without control and bidirectional formatting
 * characters (which could make „rechnung<U+202E>fdp.exe“ display as „rechnungexe.pdf“), and shortened when very long.
 */
export function displayName(fileName: string): string {
  const cleaned = Array.from(baseName(fileName))
    .filter((character) => !/[\p{Cc}\p{Cf}]/u.test(character))
    .join("")
    .trim();
  const characters = Array.from(cleaned);
  return characters.length > MAX_NAME_IN_MESSAGE
    ? `${characters.slice(0, MAX_NAME_IN_MESSAGE - 1).join("")}…`
    : cleaned;
}

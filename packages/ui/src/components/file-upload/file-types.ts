/**
 * The file types a city accepts in uploads, and how to recognise each from its first bytes ("magic bytes")
 * instead of trusting the file name or the MIME type the browser claims. Plain data and functions, no React:
 * `checkUpload` runs this in the route action.
 *
 * Signatures (offset 0 unless stated):
 * | Type            | Bytes                                                                           |
 * |-----------------|---------------------------------------------------------------------------------|
 * | PDF             | `%PDF-` (25 50 44 46 2D)                                                        |
 * | PNG             | 89 50 4E 47 0D 0A 1A 0A                                                         |
 * | JPEG            | FF D8 FF                                                                        |
 * | GIF             | `GIF87a` or `GIF89a`                                                            |
 * | WebP            | `RIFF`, 4 bytes size, `WEBP`                                                    |
 * | TIFF            | `II*\0` (little endian) or `MM\0*` (big endian); BigTIFF `II+\0` / `MM\0+`      |
 * | HEIC/HEIF/AVIF  | at offset 4 `ftyp`, then the major brand at 8 and the compatible brands from 16 |
 * | ZIP             | `PK\3\4` (a local file header)                                                  |
 *
 * Office files are ZIP archives. ODF files (ODT, ODS, ODP) must begin with an uncompressed entry `mimetype`
 * that holds their MIME type (OASIS OpenDocument 1.2, part 3, section 3.3), so the first bytes identify them.
 * OOXML files (DOCX, XLSX, PPTX) are told apart by their entry names (`word/`, `xl/`, `ppt/`): with the whole
 * file, the ZIP's central directory at its end lists every entry; with only the first bytes, the entries
 * whose local headers fall inside them are read. When neither finds a known entry, the file is recognised only
 * as `application/zip`. Pass the whole file (or at least its first 64 KiB) when you accept OOXML types.
 *
 * Not covered on purpose: SVG and other text formats (they carry no signature and may hold scripts), and any
 * type not in {@link FILE_TYPES}; such files are "unknown" and never accepted.
 */

/** One accepted file type: its MIME type, the short name people know it by, and its file name extensions. */
export interface FileTypeInfo {
  /** The MIME type, as the server should store it, e.g. `"application/pdf"`. */
  mime: string;
  /** The short name used in hints and messages, e.g. `"PDF"`, `"JPG"`. */
  label: string;
  /** File name extensions in lower case with the dot; the first is the usual one. */
  extensions: readonly string[];
  /** True for formats stored as ZIP archives (a file recognised only as ZIP may be one of these). */
  zipBased?: boolean;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const ODT = "application/vnd.oasis.opendocument.text";
const ODS = "application/vnd.oasis.opendocument.spreadsheet";
const ODP = "application/vnd.oasis.opendocument.presentation";

/** Every type this module can recognise. */
export const FILE_TYPES: readonly FileTypeInfo[] = [
  { mime: "application/pdf", label: "PDF", extensions: [".pdf"] },
  { mime: "image/jpeg", label: "JPG", extensions: [".jpg", ".jpeg", ".jpe", ".jfif"] },
  { mime: "image/png", label: "PNG", extensions: [".png"] },
  { mime: "image/gif", label: "GIF", extensions: [".gif"] },
  { mime: "image/webp", label: "WebP", extensions: [".webp"] },
  { mime: "image/tiff", label: "TIFF", extensions: [".tif", ".tiff"] },
  // Phones name HEIF files .heic and .heif inconsistently, so each accepts both extensions.
  { mime: "image/heic", label: "HEIC", extensions: [".heic", ".heif"] },
  { mime: "image/heif", label: "HEIF", extensions: [".heif", ".hif", ".heic"] },
  { mime: "image/avif", label: "AVIF", extensions: [".avif"] },
  { mime: DOCX, label: "DOCX", extensions: [".docx"], zipBased: true },
  { mime: XLSX, label: "XLSX", extensions: [".xlsx"], zipBased: true },
  { mime: PPTX, label: "PPTX", extensions: [".pptx"], zipBased: true },
  { mime: ODT, label: "ODT", extensions: [".odt"], zipBased: true },
  { mime: ODS, label: "ODS", extensions: [".ods"], zipBased: true },
  { mime: ODP, label: "ODP", extensions: [".odp"], zipBased: true },
  { mime: "application/zip", label: "ZIP", extensions: [".zip"], zipBased: true },
];

/** Names browsers and older systems use for the same type. */
const MIME_ALIASES: Readonly<Record<string, string>> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "application/x-pdf": "application/pdf",
  "application/x-zip-compressed": "application/zip",
  "image/heic-sequence": "image/heic",
  "image/heif-sequence": "image/heif",
};

/** The table entry for a MIME type (aliases such as `image/jpg` included), case-insensitive. */
export function fileTypeByMime(mime: string): FileTypeInfo | undefined {
  const lower = mime.trim().toLowerCase();
  const canonical = MIME_ALIASES[lower] ?? lower;
  return FILE_TYPES.find((type) => type.mime === canonical);
}

/** The first table entry that uses a file name extension (`".jpeg"` or `"jpeg"`), case-insensitive. */
export function fileTypeByExtension(extension: string): FileTypeInfo | undefined {
  const lower = extension.trim().toLowerCase();
  const dotted = lower.startsWith(".") ? lower : `.${lower}`;
  return FILE_TYPES.find((type) => type.extensions.includes(dotted));
}

/** The extension of a file name in lower case with its dot (`"Scan.PDF"` → `".pdf"`), or `""` when it has none. */
export function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf(".");
  return dot <= 0 || dot === base.length - 1 ? "" : base.slice(dot).toLowerCase();
}

/** The file name without a directory: some browsers send `C:\fakepath\scan.pdf`. */
export function baseName(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\"));
  return fileName.slice(slash + 1);
}

/**
 * The value for an `<input type="file" accept>` from MIME types: each type and its extensions
 * (`["application/pdf"]` → `"application/pdf,.pdf"`), because some systems' file pickers filter only by
 * extension. Unknown entries are kept as written.
 */
export function acceptAttribute(types: readonly string[]): string {
  const parts: string[] = [];
  for (const entry of types) {
    const type = fileTypeByMime(entry);
    for (const part of type ? [type.mime, ...type.extensions] : [entry.trim()]) {
      if (part !== "" && !parts.includes(part)) parts.push(part);
    }
  }
  return parts.join(",");
}

/**
 * The short names of the types in an `accept` value or list (`"application/pdf,.jpg,image/jpeg"` →
 * `["PDF", "JPG"]`), each once. Entries not in the table show their extension or MIME subtype in capitals;
 * wildcards such as `image/*` are left out (give the component an `acceptLabel` for those).
 */
export function acceptLabels(accept: string | readonly string[]): string[] {
  const entries = typeof accept === "string" ? accept.split(",") : accept;
  const labels: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === "" || entry.endsWith("/*")) continue;
    const type = entry.startsWith(".") ? fileTypeByExtension(entry) : fileTypeByMime(entry);
    const label =
      type?.label ??
      (entry.startsWith(".") ? entry.slice(1) : entry.slice(entry.indexOf("/") + 1) || entry).toUpperCase();
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------------------
// Detection

type Pattern = ReadonlyArray<number | null>;

/** Fixed signatures as byte literals (so bundlers can drop the table when it is unused); `null` matches any byte. */
const SIGNATURES: ReadonlyArray<{ mime: string; pattern: Pattern }> = [
  { mime: "application/pdf", pattern: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/png", pattern: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", pattern: [0xff, 0xd8, 0xff] },
  { mime: "image/gif", pattern: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { mime: "image/gif", pattern: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { mime: "image/webp", pattern: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] }, // RIFF....WEBP
  { mime: "image/tiff", pattern: [0x49, 0x49, 0x2a, 0x00] },
  { mime: "image/tiff", pattern: [0x4d, 0x4d, 0x00, 0x2a] },
  { mime: "image/tiff", pattern: [0x49, 0x49, 0x2b, 0x00] },
  { mime: "image/tiff", pattern: [0x4d, 0x4d, 0x00, 0x2b] },
];

const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEIF_BRANDS = new Set(["mif1", "msf1", "mif2"]);

/**
 * The MIME type of a file from its first bytes (at least 4100 of them, or the whole file), or `undefined`
 * when the bytes match no type in {@link FILE_TYPES}. See the module comment for the signatures and limits.
 */
export function detectFileType(bytes: Uint8Array): string | undefined {
  for (const { mime, pattern } of SIGNATURES) if (matches(bytes, pattern, 0)) return mime;
  if (matches(bytes, ascii("ftyp"), 4)) return isoBaseMediaType(bytes);
  if (matches(bytes, [0x50, 0x4b, 0x03, 0x04], 0)) return zipContentType(bytes);
  return undefined;
}

/** HEIF family from the `ftyp` box: the major brand decides, else the compatible brands (AVIF is HEIF too). */
function isoBaseMediaType(bytes: Uint8Array): string | undefined {
  const brand = (offset: number) => latin1(bytes, offset, 4);
  const major = brand(8);
  if (HEIC_BRANDS.has(major)) return "image/heic";
  if (AVIF_BRANDS.has(major)) return "image/avif";
  if (!HEIF_BRANDS.has(major)) return undefined; // e.g. MP4 or QuickTime video
  const boxEnd = Math.min(readUint32BE(bytes, 0) ?? 0, bytes.length);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) compatible.push(brand(offset));
  if (compatible.some((name) => AVIF_BRANDS.has(name))) return "image/avif";
  if (compatible.some((name) => HEIC_BRANDS.has(name))) return "image/heic";
  return "image/heif";
}

const OOXML_FOLDERS: ReadonlyArray<[string, string]> = [
  ["word/", DOCX],
  ["xl/", XLSX],
  ["ppt/", PPTX],
];

/** The office type inside a ZIP archive, or `application/zip` when no entry tells. */
function zipContentType(bytes: Uint8Array): string {
  const odf = odfMimetype(bytes);
  if (odf) return odf;
  for (const name of [...centralDirectoryNames(bytes), ...localHeaderNames(bytes)]) {
    for (const [folder, mime] of OOXML_FOLDERS) if (name.startsWith(folder)) return mime;
  }
  return "application/zip";
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const CENTRAL_HEADER = [0x50, 0x4b, 0x01, 0x02];
const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
/** Entry names longer than this are not office files' and are not read. */
const MAX_NAME_LENGTH = 512;

/** An ODF file's first entry: `mimetype`, stored uncompressed, holding the MIME type as ASCII. */
function odfMimetype(bytes: Uint8Array): string | undefined {
  const nameLength = readUint16LE(bytes, 26);
  const extraLength = readUint16LE(bytes, 28);
  const size = readUint32LE(bytes, 18);
  const method = readUint16LE(bytes, 8);
  if (nameLength !== 8 || extraLength === undefined || size === undefined || method !== 0) return undefined;
  if (latin1(bytes, 30, 8) !== "mimetype" || size > 100) return undefined;
  const mime = latin1(bytes, 38 + extraLength, size);
  const type = FILE_TYPES.find((entry) => entry.mime === mime);
  return type?.zipBased && mime !== "application/zip" ? mime : undefined;
}

/** Entry names from the local headers inside `bytes`, walking from one entry to the next. */
function localHeaderNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= bytes.length && matches(bytes, LOCAL_HEADER, offset)) {
    const flags = readUint16LE(bytes, offset + 6) ?? 0;
    const compressedSize = readUint32LE(bytes, offset + 18) ?? 0;
    const nameLength = readUint16LE(bytes, offset + 26) ?? 0;
    const extraLength = readUint16LE(bytes, offset + 28) ?? 0;
    const nameStart = offset + 30;
    if (nameLength > MAX_NAME_LENGTH || nameStart + nameLength > bytes.length) break;
    names.push(latin1(bytes, nameStart, nameLength));
    const dataStart = nameStart + nameLength + extraLength;
    // With a data descriptor (flag bit 3) the sizes follow the data, so look for the next header instead.
    offset = flags & 0x08 ? indexOf(bytes, LOCAL_HEADER, dataStart) : dataStart + compressedSize;
    if (offset < 0) break;
  }
  return names;
}

/** Entry names from the central directory, when `bytes` is the whole archive (its end is included). */
function centralDirectoryNames(bytes: Uint8Array): string[] {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= searchFrom; offset--) {
    if (matches(bytes, END_OF_CENTRAL_DIRECTORY, offset)) {
      end = offset;
      break;
    }
  }
  if (end < 0) return [];
  const count = readUint16LE(bytes, end + 10) ?? 0;
  let offset = readUint32LE(bytes, end + 16) ?? bytes.length;
  const names: string[] = [];
  for (let index = 0; index < count && offset + 46 <= end && matches(bytes, CENTRAL_HEADER, offset); index++) {
    const nameLength = readUint16LE(bytes, offset + 28) ?? 0;
    const extraLength = readUint16LE(bytes, offset + 30) ?? 0;
    const commentLength = readUint16LE(bytes, offset + 32) ?? 0;
    if (nameLength <= MAX_NAME_LENGTH) names.push(latin1(bytes, offset + 46, nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------
// Byte helpers

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}

function matches(bytes: Uint8Array, pattern: Pattern, offset: number): boolean {
  if (offset < 0 || offset + pattern.length > bytes.length) return false;
  return pattern.every((expected, index) => expected === null || bytes[offset + index] === expected);
}

function indexOf(bytes: Uint8Array, pattern: Pattern, from: number): number {
  for (let offset = from; offset + pattern.length <= bytes.length; offset++) {
    if (matches(bytes, pattern, offset)) return offset;
  }
  return -1;
}

function latin1(bytes: Uint8Array, offset: number, length: number): string {
  let text = "";
  for (let index = offset; index < offset + length && index < bytes.length; index++) {
    text += String.fromCharCode(bytes[index] ?? 0);
  }
  return text;
}

function readUint16LE(bytes: Uint8Array, offset: number): number | undefined {
  const low = bytes[offset];
  const high = bytes[offset + 1];
  return low === undefined || high === undefined ? undefined : low | (high << 8);
}

function readUint32LE(bytes: Uint8Array, offset: number): number | undefined {
  const low = readUint16LE(bytes, offset);
  const high = readUint16LE(bytes, offset + 2);
  return low === undefined || high === undefined ? undefined : low + high * 0x10000;
}

function readUint32BE(bytes: Uint8Array, offset: number): number | undefined {
  const [a, b, c, d] = [bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]];
  if (a === undefined || b === undefined || c === undefined || d === undefined) return undefined;
  return a * 0x1000000 + ((b << 16) | (c << 8) | d);
}

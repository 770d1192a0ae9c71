// @vitest-environment node
import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkUpload, displayName } from "./check-upload.js";
import { acceptAttribute, acceptLabels, detectFileType, extensionOf } from "./file-types.js";
import { formatAlternatives, formatFileSize } from "./format.js";

// ---------------------------------------------------------------------------------------------------------
// Real file beginnings. Small complete files where they are well known (PNG, GIF, WebP), otherwise the real
// header of each format followed by filler, as a server would receive the first bytes of an upload.

const fromBase64 = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));
const bytesOf = (...parts: Array<string | number[] | Uint8Array>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : [...part])));
const filler = (length: number, seed = 7) => Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 251);

const PDF = bytesOf(
  "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
  "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
/** A complete 1×1 PNG. */
const PNG = fromBase64(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
);
/** JPEG with a JFIF APP0 segment, as cameras and scanners write. */
const JPEG_JFIF = bytesOf(
  [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10],
  "JFIF\0",
  [0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00],
  filler(200),
);
/** JPEG with an Exif APP1 segment, as phones write. */
const JPEG_EXIF = bytesOf([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x2a], "Exif\0\0", "MM\0*", filler(200));
/** A complete 1×1 transparent GIF89a, and a GIF87a header. */
const GIF89 = fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
const GIF87 = bytesOf("GIF87a", [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00], filler(20));
/** A complete 1×1 lossless WebP. */
const WEBP = fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
const TIFF_LE = bytesOf("II*\0", [0x08, 0x00, 0x00, 0x00], filler(100));
const TIFF_BE = bytesOf("MM\0*", [0x00, 0x00, 0x00, 0x08], filler(100));
/** The `ftyp` box of an iPhone photo: major brand heic, compatible mif1 and heic. */
const HEIC = bytesOf([0x00, 0x00, 0x00, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic", filler(100));
/** A HEIF image that declares only the generic brand. */
const HEIF = bytesOf([0x00, 0x00, 0x00, 0x10], "ftypmif1", [0, 0, 0, 0], filler(100));
/** An AVIF image: major brand avif. And an AVIF written with the generic major brand mif1. */
const AVIF = bytesOf([0x00, 0x00, 0x00, 0x1c], "ftypavif", [0, 0, 0, 0], "avifmif1miaf", filler(100));
const AVIF_MIF1 = bytesOf([0x00, 0x00, 0x00, 0x18], "ftypmif1", [0, 0, 0, 0], "mif1avif", filler(100));
/** An MP4 video: also an ISO base media file, but not an image type. */
const MP4 = bytesOf([0x00, 0x00, 0x00, 0x18], "ftypisom", [0, 0, 2, 0], "isomiso2", filler(100));

interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Store without compression (as ODF's `mimetype` must be). */
  store?: boolean;
}

/** A ZIP archive as office programs write it: local headers, data, central directory, end record. */
function zip(entries: ZipEntry[], { dataDescriptor = false } = {}): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const stored = entry.store === true;
    const data = stored ? raw : deflateRawSync(raw);
    const crc = crc32(raw);
    const flags = dataDescriptor && !stored ? 0x08 : 0;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(0x6000, 10);
    header.writeUInt16LE(0x5b78, 12);
    // With a data descriptor, CRC and sizes are zero here and follow the data.
    header.writeUInt32LE(flags ? 0 : crc, 14);
    header.writeUInt32LE(flags ? 0 : data.length, 18);
    header.writeUInt32LE(flags ? 0 : raw.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    const parts = [header, name, data];
    if (flags) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(raw.length, 12);
      parts.push(descriptor);
    }
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(stored ? 0 : 8, 10);
    record.writeUInt16LE(0x6000, 12);
    record.writeUInt16LE(0x5b78, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(raw.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    const localBytes = Buffer.concat(parts);
    local.push(localBytes);
    offset += localBytes.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const DOCX = zip([
  { name: "[Content_Types].xml", data: CONTENT_TYPES },
  { name: "_rels/.rels", data: RELS },
  {
    name: "word/document.xml",
    data: "<w:document><w:body><w:p><w:r><w:t>Antrag</w:t></w:r></w:p></w:body></w:document>",
  },
]);
/** A DOCX whose first entries (a stored thumbnail) push `word/` beyond the first 4100 bytes. */
const DOCX_LATE = zip([
  { name: "[Content_Types].xml", data: CONTENT_TYPES },
  { name: "docProps/thumbnail.jpeg", data: bytesOf(JPEG_JFIF, filler(6000, 3)), store: true },
  { name: "word/document.xml", data: "<w:document/>" },
]);
const XLSX = zip([
  { name: "[Content_Types].xml", data: CONTENT_TYPES },
  { name: "_rels/.rels", data: RELS },
  { name: "xl/workbook.xml", data: "<workbook/>" },
]);
const XLSX_WITH_DESCRIPTOR = zip(
  [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "xl/workbook.xml", data: "<workbook/>" },
  ],
  { dataDescriptor: true },
);
const ODT = zip([
  { name: "mimetype", data: "application/vnd.oasis.opendocument.text", store: true },
  { name: "content.xml", data: "<office:document-content/>" },
  { name: "META-INF/manifest.xml", data: "<manifest:manifest/>" },
]);
const ODS = zip([
  { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
  { name: "content.xml", data: "<office:document-content/>" },
]);
const PLAIN_ZIP = zip([
  { name: "scan-1.pdf", data: PDF },
  { name: "scan-2.pdf", data: PDF },
]);

const head = (bytes: Uint8Array, length = 4100) => bytes.slice(0, length);
const file = (name: string, bytes: Uint8Array, size = bytes.length) => ({ name, size, bytes: head(bytes) });

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MB = 1024 * 1024;
const CITY = { maxBytes: 10 * MB, accept: ["application/pdf", "image/jpeg", "image/png"] };

const issueOf = (result: ReturnType<typeof checkUpload>) => (result.ok ? undefined : result.issues[0]);

describe("detectFileType from the first bytes", () => {
  it.each([
    ["PDF", PDF, "application/pdf"],
    ["PNG", PNG, "image/png"],
    ["JPEG (JFIF)", JPEG_JFIF, "image/jpeg"],
    ["JPEG (Exif)", JPEG_EXIF, "image/jpeg"],
    ["GIF89a", GIF89, "image/gif"],
    ["GIF87a", GIF87, "image/gif"],
    ["WebP", WEBP, "image/webp"],
    ["TIFF, little endian", TIFF_LE, "image/tiff"],
    ["TIFF, big endian", TIFF_BE, "image/tiff"],
    ["HEIC from an iPhone", HEIC, "image/heic"],
    ["HEIF with the generic brand", HEIF, "image/heif"],
    ["AVIF", AVIF, "image/avif"],
    ["AVIF with major brand mif1", AVIF_MIF1, "image/avif"],
    ["ODT (its mimetype entry)", ODT, "application/vnd.oasis.opendocument.text"],
    ["ODS (its mimetype entry)", ODS, "application/vnd.oasis.opendocument.spreadsheet"],
    ["DOCX (entries within the first bytes)", head(DOCX), DOCX_MIME],
    ["XLSX (entries within the first bytes)", head(XLSX), XLSX_MIME],
    ["XLSX written with data descriptors", head(XLSX_WITH_DESCRIPTOR), XLSX_MIME],
    ["DOCX, whole file (central directory)", DOCX_LATE, DOCX_MIME],
    ["a ZIP of PDFs", PLAIN_ZIP, "application/zip"],
  ])("recognises %s", (_name, bytes, mime) => {
    expect(detectFileType(bytes)).toBe(mime);
  });

  it("recognises a DOCX only as ZIP when its first 4100 bytes do not reach an entry under word/", () => {
    expect(detectFileType(head(DOCX_LATE))).toBe("application/zip");
  });

  it.each([
    ["an MP4 video", MP4],
    ["an SVG image (text, may hold scripts)", bytesOf('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ["plain text", bytesOf("Name;Vorname\nMuster;Erika\n")],
    ["a Windows program", bytesOf("MZ", [0x90, 0x00], filler(100))],
    ["a truncated PNG signature", PNG.slice(0, 4)],
    ["no bytes", new Uint8Array(0)],
    ["a PDF signature not at the start", bytesOf("junk", PDF)],
  ])("does not recognise %s", (_name, bytes) => {
    expect(detectFileType(bytes)).toBeUndefined();
  });

  it("does not hang or throw on ZIP headers with nonsense sizes", () => {
    const broken = bytesOf([0x50, 0x4b, 0x03, 0x04], filler(22, 1), [0xff, 0xff, 0xff, 0xff], filler(60));
    expect(detectFileType(broken)).toBe("application/zip");
    const endOnly = bytesOf([0x50, 0x4b, 0x03, 0x04], filler(40), [0x50, 0x4b, 0x05, 0x06], [0xff, 0xff], filler(16));
    expect(detectFileType(endOnly)).toBe("application/zip");
  });
});

describe("checkUpload", () => {
  it("accepts each allowed type and returns the type from the content", () => {
    expect(checkUpload(file("antrag.pdf", PDF), CITY)).toEqual({ ok: true, type: "application/pdf" });
    expect(checkUpload(file("foto.JPG", JPEG_EXIF), CITY)).toEqual({ ok: true, type: "image/jpeg" });
    expect(checkUpload(file("foto.jpeg", JPEG_JFIF), CITY)).toEqual({ ok: true, type: "image/jpeg" });
    expect(checkUpload(file("scan.png", PNG), CITY)).toEqual({ ok: true, type: "image/png" });
  });

  it("rejects PNG content renamed to .pdf when only PDF is allowed: wrong_type, whatever the name says", () => {
    const result = checkUpload(file("bescheid.pdf", PNG), { maxBytes: 10 * MB, accept: ["application/pdf"] });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: "wrong_type",
          message: "Die Datei „bescheid.pdf“ hat kein erlaubtes Format: Erlaubt sind PDF.",
        },
      ],
    });
  });

  it("names all allowed types when rejecting a type, in German and English", () => {
    expect(issueOf(checkUpload(file("brief.docx", DOCX), CITY))?.message).toBe(
      "Die Datei „brief.docx“ hat kein erlaubtes Format: Erlaubt sind PDF, JPG oder PNG.",
    );
    expect(issueOf(checkUpload(file("video.mp4", MP4), { ...CITY, locale: "en" }))?.message).toBe(
      "The file “video.mp4” is not in an allowed format: use PDF, JPG or PNG.",
    );
  });

  it("rejects an allowed type under another type's extension with type_mismatch, unless told not to", () => {
    const renamed = file("bescheid.pdf", PNG);
    const issue = issueOf(checkUpload(renamed, CITY));
    expect(issue?.code).toBe("type_mismatch");
    expect(issue?.message).toBe(
      "Der Name der Datei „bescheid.pdf“ passt nicht zu ihrem Inhalt: Sie ist eine PNG-Datei. Wählen Sie die richtige Datei aus oder geben Sie ihr die passende Endung.",
    );
    expect(checkUpload(renamed, { ...CITY, checkExtension: false })).toEqual({ ok: true, type: "image/png" });
  });

  it("accepts names without an extension or with one it does not know", () => {
    expect(checkUpload(file("scan", PDF), CITY)).toEqual({ ok: true, type: "application/pdf" });
    expect(checkUpload(file("scan.final", PDF), CITY)).toEqual({ ok: true, type: "application/pdf" });
  });

  it("ignores the MIME type the browser claims: a File's type is not even read", () => {
    const claimed = { ...file("foto.png", PDF), type: "image/png" };
    expect(checkUpload(claimed, { ...CITY, checkExtension: false })).toEqual({ ok: true, type: "application/pdf" });
  });

  it("allows exactly maxBytes and rejects one byte more with too_large", () => {
    expect(checkUpload(file("gross.pdf", PDF, 10 * MB), CITY).ok).toBe(true);
    const result = checkUpload(file("gross.pdf", PDF, 10 * MB + 1), CITY);
    expect(issueOf(result)).toEqual({
      path: [],
      code: "too_large",
      message: "Die Datei „gross.pdf“ ist zu groß: Sie darf höchstens 10 MB groß sein.",
    });
    expect(issueOf(checkUpload(file("big.pdf", PDF, 3 * MB), { ...CITY, maxBytes: 2.5 * MB, locale: "en" }))).toEqual({
      path: [],
      code: "too_large",
      message: "The file “big.pdf” is too large: it must be 2.5 MB or smaller.",
    });
  });

  it("checks the size before the type, so a huge file of a wrong type gets the size message", () => {
    expect(issueOf(checkUpload(file("film.mp4", MP4, 50 * MB), CITY))?.code).toBe("too_large");
  });

  it("rejects an empty file with empty, and a form posted without a file with a request to choose one", () => {
    expect(issueOf(checkUpload(file("leer.pdf", new Uint8Array(0)), CITY))).toEqual({
      path: [],
      code: "empty",
      message: "Die Datei „leer.pdf“ ist leer. Wählen Sie eine Datei mit Inhalt aus.",
    });
    // Browsers post an empty part with an empty name when no file was chosen.
    expect(issueOf(checkUpload({ name: "", size: 0, bytes: new Uint8Array(0) }, CITY))?.message).toBe(
      "Wählen Sie eine Datei aus.",
    );
    expect(issueOf(checkUpload(null, { ...CITY, locale: "en" }))).toEqual({
      path: [],
      code: "empty",
      message: "Select a file.",
    });
  });

  it("accepts DOCX and XLSX by their content, ODT by its mimetype entry", () => {
    const office = { maxBytes: 5 * MB, accept: [DOCX_MIME, XLSX_MIME, "application/vnd.oasis.opendocument.text"] };
    expect(checkUpload(file("antrag.docx", DOCX), office)).toEqual({ ok: true, type: DOCX_MIME });
    expect(checkUpload(file("tabelle.xlsx", XLSX), office)).toEqual({ ok: true, type: XLSX_MIME });
    expect(checkUpload(file("antrag.odt", ODT), office)).toEqual({
      ok: true,
      type: "application/vnd.oasis.opendocument.text",
    });
    expect(checkUpload({ name: "antrag.docx", size: DOCX_LATE.length, bytes: DOCX_LATE }, office)).toEqual({
      ok: true,
      type: DOCX_MIME,
    });
  });

  it("documents the limit: a DOCX recognised only as ZIP from its first bytes is not accepted as DOCX", () => {
    const office = { maxBytes: 5 * MB, accept: [DOCX_MIME] };
    expect(issueOf(checkUpload(file("antrag.docx", DOCX_LATE), office))?.code).toBe("wrong_type");
  });

  it("lets application/zip accept ZIP-based office files, and does not call a bare ZIP named .docx a mismatch", () => {
    const archives = { maxBytes: 5 * MB, accept: ["application/zip"] };
    expect(checkUpload(file("scans.zip", PLAIN_ZIP), archives)).toEqual({ ok: true, type: "application/zip" });
    expect(checkUpload(file("antrag.docx", DOCX), archives)).toEqual({ ok: true, type: DOCX_MIME });
    expect(checkUpload(file("antrag.docx", DOCX_LATE), archives)).toEqual({ ok: true, type: "application/zip" });
    expect(issueOf(checkUpload(file("scans.pdf", PLAIN_ZIP), archives))?.code).toBe("type_mismatch");
  });

  it("reads accept entries as aliases and extensions too", () => {
    const loose = { maxBytes: MB, accept: ["image/jpg", ".pdf", "IMAGE/PNG"] };
    expect(checkUpload(file("a.jpg", JPEG_JFIF), loose).ok).toBe(true);
    expect(checkUpload(file("a.pdf", PDF), loose).ok).toBe(true);
    expect(checkUpload(file("a.png", PNG), loose).ok).toBe(true);
    expect(issueOf(checkUpload(file("a.gif", GIF89), loose))?.message).toBe(
      "Die Datei „a.gif“ hat kein erlaubtes Format: Erlaubt sind JPG, PDF oder PNG.",
    );
  });

  it("accepts every image type of the table when the city lists them", () => {
    const images = {
      maxBytes: MB,
      accept: ["image/gif", "image/webp", "image/tiff", "image/heic", "image/heif", "image/avif"],
    };
    for (const [name, bytes, type] of [
      ["a.gif", GIF87, "image/gif"],
      ["a.webp", WEBP, "image/webp"],
      ["a.tif", TIFF_LE, "image/tiff"],
      ["a.tiff", TIFF_BE, "image/tiff"],
      ["IMG_0001.HEIC", HEIC, "image/heic"],
      ["a.heif", HEIF, "image/heif"],
      ["a.heic", HEIF, "image/heif"],
      ["a.avif", AVIF, "image/avif"],
    ] as const) {
      expect(checkUpload(file(name, bytes), images)).toEqual({ ok: true, type });
    }
  });

  it("puts the issue on the caller's path and takes the app's wording", () => {
    const result = checkUpload(file("x.pdf", PDF, 2 * MB), {
      ...CITY,
      maxBytes: MB,
      path: ["nachweis"],
      messages: { tooLarge: "„{name}“ ist größer als {size}." },
    });
    expect(issueOf(result)).toEqual({ path: ["nachweis"], code: "too_large", message: "„x.pdf“ ist größer als 1 MB." });
  });

  it("shows file names safely: no directory, no bidi or control characters, shortened when long", () => {
    expect(displayName("C:\\fakepath\\scan.pdf")).toBe("scan.pdf");
    expect(displayName("rechnung\u202Efdp.exe")).toBe("rechnungfdp.exe");
    expect(displayName("a\u0000b\nc.pdf")).toBe("abc.pdf");
    const long = displayName(`${"ä".repeat(100)}.pdf`);
    expect(Array.from(long)).toHaveLength(80);
    expect(long.endsWith("…")).toBe(true);
    const issue = issueOf(checkUpload(file("rechnung\u202Efdp.exe", bytesOf("MZ", filler(10))), CITY));
    expect(issue?.message).toContain("„rechnungfdp.exe“");
  });
});

describe("helpers for the FileUpload", () => {
  it("formats sizes with 1024-based units in German and English", () => {
    expect(formatFileSize(10 * MB)).toBe("10 MB");
    expect(formatFileSize(1536)).toBe("1,5 kB");
    expect(formatFileSize(1536, "en")).toBe("1.5 kB");
    expect(formatFileSize(500)).toBe("500 Byte");
    expect(formatFileSize(500, "en")).toBe("500 bytes");
    expect(formatFileSize(MB - 1)).toBe("1 MB");
    expect(formatFileSize(2.25 * 1024 * MB, "en")).toBe("2.3 GB");
  });

  it("lists alternatives with „oder“ / „or“", () => {
    expect(formatAlternatives(["PDF", "JPG", "PNG"])).toBe("PDF, JPG oder PNG");
    expect(formatAlternatives(["PDF", "JPG", "PNG"], "en")).toBe("PDF, JPG or PNG");
    expect(formatAlternatives(["PDF"])).toBe("PDF");
  });

  it("builds the accept attribute with MIME types and extensions", () => {
    expect(acceptAttribute(["application/pdf", "image/jpeg", "image/png"])).toBe(
      "application/pdf,.pdf,image/jpeg,.jpg,.jpeg,.jpe,.jfif,image/png,.png",
    );
    expect(acceptAttribute(["text/csv"])).toBe("text/csv");
  });

  it("derives short type names from an accept value, each once", () => {
    expect(acceptLabels("application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png")).toEqual(["PDF", "JPG", "PNG"]);
    expect(acceptLabels(".csv, text/plain, image/*")).toEqual(["CSV", "PLAIN"]);
    expect(acceptLabels([DOCX_MIME, ".odt"])).toEqual(["DOCX", "ODT"]);
  });

  it("reads a file name's extension", () => {
    expect(extensionOf("Scan.PDF")).toBe(".pdf");
    expect(extensionOf("archiv.tar.gz")).toBe(".gz");
    expect(extensionOf(".bashrc")).toBe("");
    expect(extensionOf("ordner.d/datei")).toBe("");
    expect(extensionOf("punkt.")).toBe("");
  });
});

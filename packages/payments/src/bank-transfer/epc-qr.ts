/**
 * Renders an EPC QR payload as a QR code: always error-correction level M (EPC069-12), always byte mode (the
 * UTF-8 bytes of the payload, exactly), at most version 13. Built on `qrcode` (soldair/node-qrcode); the SVG is
 * drawn here from the module matrix so that it carries a <title> and no script or external reference.
 *
 * No ECI header is written: EPC069-12 declares the encoding in the payload's third line, and common GiroCode
 * generators and banking apps work without one.
 */

import type { Locale } from "@digitale-kommune/validators";
import QRCode from "qrcode";
import { PaymentError } from "../core/errors.js";
import { parseEpcQrPayload } from "./epc-payload.js";

/** EPC069-12: the payload must fit QR version 13 at level M (331 bytes). */
export const EPC_MAX_QR_VERSION = 13;
/** The quiet zone the QR specification requires around the symbol, in modules. */
export const QR_QUIET_ZONE = 4;

export interface EpcQrMatrix {
  /** Modules per side (version 13: 69). */
  size: number;
  /** `size × size` modules, row by row; `true` is dark. Draw with a quiet zone of 4 modules around it. */
  modules: boolean[];
  version: number;
  errorCorrectionLevel: "M";
}

export interface EpcQrSvgOptions {
  /** Width and height of the SVG in CSS pixels (default 256); the drawing scales with the viewBox. */
  size?: number;
  /** Text of the <title> (the accessible name); default "GiroCode für die Überweisung" in German. */
  title?: string;
  locale?: Locale;
}

export interface EpcQrPngOptions {
  /** Pixels per module (default 8; 1 to 40). */
  scale?: number;
}

const DEFAULT_TITLE: Record<Locale, string> = {
  de: "GiroCode (EPC-QR-Code) für die Überweisung",
  en: "GiroCode (EPC QR code) for the bank transfer",
};

function createSymbol(payload: string): QRCode.QRCode {
  // Validates the payload (field rules, 331 bytes) before anything is drawn.
  parseEpcQrPayload(payload);
  const bytes = new TextEncoder().encode(payload);
  const symbol = QRCode.create([{ data: bytes, mode: "byte" }], { errorCorrectionLevel: "M" });
  if (symbol.version > EPC_MAX_QR_VERSION) {
    // Unreachable for a valid payload (331 bytes fit version 13-M); kept as a guard against library changes.
    throw new PaymentError(
      "invalid_epc_payload",
      `EPC QR code, payload: needs QR version ${symbol.version}; at most 13.`,
      {
        field: "payload",
        details: { version: symbol.version },
      },
    );
  }
  return symbol;
}

/** The module matrix of the GiroCode, for drawing it as SVG elements (e.g. in React) without raw HTML. */
export function epcQrMatrix(payload: string): EpcQrMatrix {
  const symbol = createSymbol(payload);
  const { size, data } = symbol.modules;
  return { size, modules: Array.from(data, (bit) => bit === 1), version: symbol.version, errorCorrectionLevel: "M" };
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** SVG path of the dark modules, one `h` run per horizontal stretch (compact and crisp at any size). */
function darkModulesPath(matrix: EpcQrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.modules[row * matrix.size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.modules[row * matrix.size + column]) column++;
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${column - start}v1h-${column - start}z`);
    }
  }
  return parts.join("");
}

/** The GiroCode as a standalone SVG document (for downloads and PDFs), with a <title> and a white quiet zone. */
export function epcQrSvg(payload: string, options: EpcQrSvgOptions = {}): string {
  const matrix = epcQrMatrix(payload);
  const size = options.size ?? 256;
  if (!Number.isFinite(size) || size <= 0 || size > 10_000) {
    throw new PaymentError("invalid_input", "size: must be a positive number of pixels up to 10000.", {
      field: "size",
    });
  }
  const title = escapeXml(options.title ?? DEFAULT_TITLE[options.locale ?? "de"]);
  const extent = matrix.size + 2 * QR_QUIET_ZONE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${size}" height="${size}" viewBox="0 0 ${extent} ${extent}" shape-rendering="crispEdges">`,
    `<title>${title}</title>`,
    `<rect width="${extent}" height="${extent}" fill="#fff"/>`,
    `<path fill="#000" d="${darkModulesPath(matrix)}"/>`,
    "</svg>",
  ].join("");
}

/** The GiroCode as a PNG image (black on white, quiet zone of 4 modules). */
export async function epcQrPng(payload: string, options: EpcQrPngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 8;
  if (!Number.isInteger(scale) || scale < 1 || scale > 40) {
    throw new PaymentError("invalid_input", "scale: must be an integer from 1 to 40.", { field: "scale" });
  }
  createSymbol(payload);
  const bytes = new TextEncoder().encode(payload);
  return QRCode.toBuffer([{ data: bytes, mode: "byte" }], {
    type: "png",
    errorCorrectionLevel: "M",
    margin: QR_QUIET_ZONE,
    scale,
    color: { dark: "#000000ff", light: "#ffffffff" },
  });
}

// @vitest-environment node
import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { buildEpcQrPayload, type EpcQrInput } from "./epc-payload.js";
import { EPC_MAX_QR_VERSION, epcQrMatrix, epcQrPng, epcQrSvg, QR_QUIET_ZONE } from "./epc-qr.js";

const IBAN = "DE89370400440532013000";

const payloads: Record<string, string> = {
  short: buildEpcQrPayload({ name: "Stadtkasse", iban: IBAN }),
  typical: buildEpcQrPayload({
    name: "Stadtkasse Gießen",
    iban: IBAN,
    bic: "COBADEFFXXX",
    amount: 4573,
    purposeCode: "GOVT",
    remittance: { unstructured: "510025482139074" },
    information: "Bewohnerparkausweis – danke! 🙂",
  }),
  maximal: buildEpcQrPayload({
    name: `Stadtkasse Musterstadt ${"X".repeat(47)}`,
    iban: IBAN,
    bic: "COBADEFFXXX",
    amount: 99999999999,
    purposeCode: "GOVT",
    remittance: { unstructured: "K".repeat(140) },
    information: "ü".repeat(24),
  } satisfies EpcQrInput),
};

/** Reads the symbol's modules back from a PNG drawn with `scale` pixels per module and a 4-module quiet zone. */
function modulesFromPng(png: PNG, scale: number): { size: number; dark: (row: number, column: number) => boolean } {
  const size = png.width / scale - 2 * QR_QUIET_ZONE;
  return {
    size,
    dark(row, column) {
      const x = (column + QR_QUIET_ZONE) * scale + Math.floor(scale / 2);
      const y = (row + QR_QUIET_ZONE) * scale + Math.floor(scale / 2);
      return (png.data[(y * png.width + x) * 4] ?? 255) < 128;
    },
  };
}

/** The 15-bit format information, both copies (ISO/IEC 18004 §7.9), as read from a symbol. */
function formatInformation(size: number, dark: (row: number, column: number) => boolean): [number, number] {
  let first = 0;
  let second = 0;
  for (let bit = 0; bit < 15; bit++) {
    const verticalRow = bit < 6 ? bit : bit < 8 ? bit + 1 : size - 15 + bit;
    const horizontalColumn = bit < 8 ? size - bit - 1 : bit === 8 ? 7 : 14 - bit;
    if (dark(verticalRow, 8)) first |= 1 << bit;
    if (dark(8, horizontalColumn)) second |= 1 << bit;
  }
  return [first, second];
}

/** BCH(15,5) format word for an error-correction level (bits: L=01, M=00, Q=11, H=10) and a mask pattern. */
function formatWord(levelBits: number, mask: number): number {
  const data = (levelBits << 3) | mask;
  let remainder = data << 10;
  const generator = 0b10100110111;
  for (let bit = 14; bit >= 10; bit--) if (remainder & (1 << bit)) remainder ^= generator << (bit - 10);
  return ((data << 10) | remainder) ^ 0b101010000010010;
}

function levelOf(word: number): "L" | "M" | "Q" | "H" | undefined {
  const levels = { L: 0b01, M: 0b00, Q: 0b11, H: 0b10 } as const;
  for (const [name, bits] of Object.entries(levels)) {
    for (let mask = 0; mask < 8; mask++) if (formatWord(bits, mask) === word) return name as "L" | "M" | "Q" | "H";
  }
  return undefined;
}

/** Draws a module matrix into RGBA pixels (for decoding the matrix React would draw). */
function rasterize(size: number, modules: boolean[], scale: number) {
  const extent = (size + 2 * QR_QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(extent * extent * 4).fill(255);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!modules[row * size + column]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((row + QR_QUIET_ZONE) * scale + dy) * extent + (column + QR_QUIET_ZONE) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }
  }
  return { data, width: extent, height: extent };
}

describe.each(Object.entries(payloads))("GiroCode for the %s payload", (_name, payload) => {
  const bytes = new TextEncoder().encode(payload);

  it("decodes from the PNG back to the payload, byte for byte", async () => {
    const png = PNG.sync.read(Buffer.from(await epcQrPng(payload, { scale: 4 })));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded).not.toBeNull();
    expect(Uint8Array.from(decoded?.binaryData ?? [])).toEqual(bytes);
    expect(decoded?.data).toBe(payload);
    expect(decoded?.version).toBeLessThanOrEqual(EPC_MAX_QR_VERSION);
    // Byte mode only: one byte segment carries the whole payload.
    expect(decoded?.chunks.map((chunk) => chunk.type)).toEqual(["byte"]);
  });

  it("uses error-correction level M, as read from the PNG's format information", async () => {
    const png = PNG.sync.read(Buffer.from(await epcQrPng(payload, { scale: 3 })));
    const symbol = modulesFromPng(png, 3);
    const [first, second] = formatInformation(symbol.size, symbol.dark);
    expect(first).toBe(second);
    expect(levelOf(first)).toBe("M");
  });

  it("gives a matrix that decodes to the same bytes and carries level M", () => {
    const matrix = epcQrMatrix(payload);
    expect(matrix.modules).toHaveLength(matrix.size * matrix.size);
    expect(matrix.size).toBe(17 + 4 * matrix.version);
    const image = rasterize(matrix.size, matrix.modules, 4);
    const decoded = jsQR(image.data, image.width, image.height);
    expect(Uint8Array.from(decoded?.binaryData ?? [])).toEqual(bytes);
    const [word] = formatInformation(matrix.size, (row, column) => matrix.modules[row * matrix.size + column] === true);
    expect(levelOf(word)).toBe("M");
    // The same as qrcode's own report.
    expect(QRCode.create([{ data: bytes, mode: "byte" }], { errorCorrectionLevel: "M" }).errorCorrectionLevel.bit).toBe(
      0,
    );
  });

  it("draws an SVG whose path has exactly the dark modules of the matrix", () => {
    const matrix = epcQrMatrix(payload);
    const svg = epcQrSvg(payload, { size: 300 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img" width="300" height="300"')).toBe(true);
    expect(svg).toContain("<title>GiroCode (EPC-QR-Code) für die Überweisung</title>");
    const path = /<path fill="#000" d="([^"]*)"\/>/.exec(svg)?.[1] ?? "";
    const drawn = new Array<boolean>(matrix.size * matrix.size).fill(false);
    for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let dx = 0; dx < Number(width); dx++) {
        drawn[(Number(y) - QR_QUIET_ZONE) * matrix.size + Number(x) - QR_QUIET_ZONE + dx] = true;
      }
    }
    expect(drawn).toEqual(matrix.modules);
  });
});

describe("EPC QR rendering limits", () => {
  it("fits the largest payload (331 bytes) into QR version 13", () => {
    expect(new TextEncoder().encode(payloads.maximal).length).toBe(331);
    expect(epcQrMatrix(payloads.maximal as string).version).toBe(13);
  });

  it("refuses to render text that is not a valid EPC payload", async () => {
    const invalid = [`${payloads.short}\n`, "hello", `${payloads.short}\nEUR45.730000000000004`];
    for (const text of invalid) {
      expect(() => epcQrMatrix(text)).toThrow(expect.objectContaining({ code: "invalid_epc_payload" }));
      await expect(epcQrPng(text)).rejects.toSatisfy((error) => isPaymentError(error, "invalid_epc_payload"));
    }
  });

  it("escapes the title and takes English by locale", () => {
    const svg = epcQrSvg(payloads.short as string, { title: 'Code <"Stadt">' });
    expect(svg).toContain("<title>Code &lt;&quot;Stadt&quot;&gt;</title>");
    expect(epcQrSvg(payloads.short as string, { locale: "en" })).toContain(
      "<title>GiroCode (EPC QR code) for the bank transfer</title>",
    );
    expect(svg).not.toMatch(/<script|href=/i);
  });

  it("validates size and scale", async () => {
    expect(() => epcQrSvg(payloads.short as string, { size: 0 })).toThrow(
      expect.objectContaining({ code: "invalid_input" }),
    );
    await expect(epcQrPng(payloads.short as string, { scale: 0 })).rejects.toMatchObject({ code: "invalid_input" });
    const png = PNG.sync.read(Buffer.from(await epcQrPng(payloads.short as string, { scale: 2 })));
    expect(png.width).toBe((epcQrMatrix(payloads.short as string).size + 8) * 2);
  });
});

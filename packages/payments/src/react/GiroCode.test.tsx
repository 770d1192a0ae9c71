// @vitest-environment node
import jsQR from "jsqr";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { qrMatrix, sampleEpcPayload } from "./examples.js";
import { darkModulesPath, GiroCode, type GiroCodeMatrix } from "./GiroCode.js";

/** The attribute's value in the markup (the test's own markup, so a plain search is enough). */
function attribute(markup: string, element: string, name: string): string {
  const start = markup.indexOf(`<${element}`);
  const key = ` ${name}="`;
  const from = markup.indexOf(key, start) + key.length;
  return markup.slice(from, markup.indexOf('"', from));
}

/**
 * Draws the SVG's path back into pixels, reading only the commands darkModulesPath writes (`M x y h n v 1 h -n z`),
 * `scale` pixels per module, white elsewhere: what a scanner would see of the rendered code.
 */
function rasterize(viewBoxSide: number, d: string, scale: number): Uint8ClampedArray {
  const side = viewBoxSide * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const command of d.split("M").filter(Boolean)) {
    const [x, rest] = command.split(" ") as [string, string];
    const y = Number.parseInt(rest, 10);
    const run = Number.parseInt(rest.slice(rest.indexOf("h") + 1), 10);
    for (let row = y * scale; row < (y + 1) * scale; row++) {
      for (let column = Number(x) * scale; column < (Number(x) + run) * scale; column++) {
        const offset = (row * side + column) * 4;
        pixels[offset] = 0;
        pixels[offset + 1] = 0;
        pixels[offset + 2] = 0;
      }
    }
  }
  return pixels;
}

describe("GiroCode", () => {
  it("draws a matrix that a QR decoder reads back as the payload, quiet zone included", () => {
    const matrix = qrMatrix(sampleEpcPayload);
    const markup = renderToStaticMarkup(<GiroCode matrix={matrix} label="GiroCode" />);
    const side = matrix.size + 8;
    expect(attribute(markup, "svg", "viewBox")).toBe(`0 0 ${side} ${side}`);
    const scale = 4;
    const decoded = jsQR(rasterize(side, attribute(markup, "path", "d"), scale), side * scale, side * scale);
    expect(decoded?.data).toBe(sampleEpcPayload);
  });

  it("is an image named by its label, drawn as SVG elements, dark on light", () => {
    const markup = renderToStaticMarkup(<GiroCode matrix={qrMatrix("BCD")} label="GiroCode für die Überweisung" />);
    expect(
      markup.startsWith('<svg class="dk-payment-girocode__image" role="img" aria-label="GiroCode für die Überweisung"'),
    ).toBe(true);
    expect(markup).toContain('<rect width="29" height="29" fill="#ffffff"></rect>');
    expect(markup).toContain('fill="#000000"');
  });

  it("writes one rectangle per run of dark modules, offset by the quiet zone", () => {
    const modules = new Array<boolean>(21 * 21).fill(false);
    modules[0] = true;
    modules[1] = true;
    modules[3] = true;
    modules[21 * 20 + 20] = true;
    expect(darkModulesPath({ size: 21, modules })).toBe("M4 4h2v1h-2zM7 4h1v1h-1zM24 24h1v1h-1z");
  });

  it.each([
    [{ size: 20, modules: new Array<boolean>(400).fill(false) }, "giroCode.size"],
    [{ size: 181, modules: [] }, "giroCode.size"],
    [{ size: 21, modules: new Array<boolean>(440).fill(false) }, "giroCode.modules"],
  ] as Array<[GiroCodeMatrix, string]>)("rejects a matrix that is no QR square (%#)", (matrix, field) => {
    let error: unknown;
    try {
      renderToStaticMarkup(<GiroCode matrix={matrix} label="x" />);
    } catch (caught) {
      error = caught;
    }
    expect(isPaymentError(error, "invalid_input")).toBe(true);
    expect((error as { field: string }).field).toBe(field);
  });
});

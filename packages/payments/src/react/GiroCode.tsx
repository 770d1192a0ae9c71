import { forwardRef, type SVGAttributes } from "react";
import { PaymentError } from "../core/errors.js";
import { classNames } from "./i18n.js";

/** A QR code's modules, row-major: `modules[row * size + column]` is true for a dark module. */
export interface GiroCodeMatrix {
  size: number;
  modules: readonly boolean[];
}

export interface GiroCodeProps extends Omit<SVGAttributes<SVGSVGElement>, "children"> {
  /** The QR matrix of the EPC payload (from the bank-transfer helper). */
  matrix: GiroCodeMatrix;
  /** The accessible name, e.g. „GiroCode für die Überweisung von 12,50 € an Stadtkasse Gießen“. Required. */
  label: string;
}

/** The light margin a QR code needs around it to be found by scanners (ISO/IEC 18004: four modules). */
const QUIET_ZONE = 4;
/** QR versions 1 to 40 have 21 to 177 modules per side, in steps of 4. */
const MIN_SIZE = 21;
const MAX_SIZE = 177;

/**
 * A QR code drawn as React SVG elements (no HTML string): one light square with the quiet zone and one path with a
 * rectangle per run of dark modules in a row. Always dark on light, whatever the theme or forced-colours mode, because
 * scanners need that. `role="img"` with the `label` as its name. Throws a `PaymentError` (`invalid_input`, field
 * `giroCode…`) for a matrix that is not a QR code's square.
 */
export const GiroCode = /* @__PURE__ */ forwardRef<SVGSVGElement, GiroCodeProps>(function GiroCode(
  { matrix, label, className, ...rest },
  ref,
) {
  checkMatrix(matrix);
  const side = matrix.size + 2 * QUIET_ZONE;
  return (
    <svg
      ref={ref}
      className={classNames("dk-payment-girocode__image", className)}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      {...rest}
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={darkModulesPath(matrix)} fill="#000000" />
    </svg>
  );
});

/**
 * The path of the dark modules: per row, one `M x y h n v 1 h -n z` for each run of dark modules, offset by the quiet
 * zone. Runs keep the path short (a version 13 code has about 2,400 dark modules but far fewer runs).
 */
export function darkModulesPath({ size, modules }: GiroCodeMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!modules[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && modules[row * size + column]) column++;
      const run = column - start;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return parts.join("");
}

function checkMatrix(matrix: GiroCodeMatrix): void {
  const { size, modules } = matrix;
  if (!Number.isInteger(size) || size < MIN_SIZE || size > MAX_SIZE || (size - MIN_SIZE) % 4 !== 0) {
    throw new PaymentError("invalid_input", "giroCode.size must be a QR code's side: 21, 25, … 177 modules.", {
      field: "giroCode.size",
      details: { size },
    });
  }
  if (!Array.isArray(modules) || modules.length !== size * size) {
    throw new PaymentError("invalid_input", "giroCode.modules must hold size × size entries, row by row.", {
      field: "giroCode.modules",
      details: { size, length: Array.isArray(modules) ? modules.length : null },
    });
  }
}

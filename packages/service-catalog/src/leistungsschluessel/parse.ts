/**
 * Leistungsschlüssel: the 14-digit key of a service (Leistung) in the FIM Baustein Leistungen (formerly LeiKa).
 *
 * Layout `KK GGG LLL VVV DDD`:
 * - KK  catalogue of origin (`99` = national LeiKa/FIM catalogue, others for Land or local catalogues),
 * - GGG Leistungsgruppierung (e.g. `115` Meldewesen),
 * - LLL Kennung of the Leistungsobjekt within the group (KK + GGG + LLL = Leistungsobjekt-ID),
 * - VVV Verrichtungskennung (`000` = none, e.g. `104` Anmeldung),
 * - DDD Verrichtungsdetail (`000` = none).
 * Source: `reference/service-catalog.md` (FIM/LeiKa), confidence in the digit grouping: high.
 * Whether a key exists in the catalogue is not checked here.
 */
import { createIssue, type ValidateOptions, type ValidationResult } from "@digitale-kommune/validators";
import { type LeistungsschluesselIssueCode, leistungsschluesselMessages } from "./messages.js";

/** A Leistungsschlüssel split into its parts; every part keeps its leading zeros. */
export interface Leistungsschluessel {
  /** The compact 14-digit key, e.g. `"99115005104001"`. */
  key: string;
  /** Catalogue of origin, digits 1-2 (`"99"` = national catalogue). */
  catalog: string;
  /** Leistungsgruppierung, digits 3-5. */
  group: string;
  /** Kennung of the Leistungsobjekt within its group, digits 6-8. */
  object: string;
  /** Leistungsobjekt-ID: catalogue, group and object, digits 1-8. */
  leistungsobjektId: string;
  /** Verrichtungskennung, digits 9-11, or `null` for `000` (no Verrichtung). */
  verrichtung: string | null;
  /** Verrichtungsdetail, digits 12-14, or `null` for `000` (no detail). */
  detail: string | null;
}

export type ParseLeistungsschluesselResult = ValidationResult<Leistungsschluessel>;

const KEY_LENGTH = 14;
const DIGITS_ONLY = /^[0-9]+$/;

/**
 * Parses a Leistungsschlüssel. Surrounding whitespace and ASCII spaces between digit groups
 * (`"99 115 005 104 001"`) are accepted; anything else is reported with a stable code.
 */
export function parseLeistungsschluessel(
  input: string,
  options: ValidateOptions<LeistungsschluesselIssueCode> = {},
): ParseLeistungsschluesselResult {
  const key = input.trim().replaceAll(" ", "");
  if (key.length === 0) return fail("empty", options);
  if (!DIGITS_ONLY.test(key)) return fail("invalid_characters", options);
  if (key.length < KEY_LENGTH) return fail("too_short", options);
  if (key.length > KEY_LENGTH) return fail("too_long", options);
  const verrichtung = key.slice(8, 11);
  const detail = key.slice(11, 14);
  return {
    ok: true,
    value: {
      key,
      catalog: key.slice(0, 2),
      group: key.slice(2, 5),
      object: key.slice(5, 8),
      leistungsobjektId: key.slice(0, 8),
      verrichtung: verrichtung === "000" ? null : verrichtung,
      detail: detail === "000" ? null : detail,
    },
  };
}

function fail(
  code: LeistungsschluesselIssueCode,
  options: ValidateOptions<LeistungsschluesselIssueCode>,
): ParseLeistungsschluesselResult {
  return { ok: false, issues: [createIssue(code, leistungsschluesselMessages, options)] };
}

/**
 * The XBezahldienste `purpose` (Verwendungszweck) allows at most 27 characters matching `^[\w\d\s-]+$`
 * (ASCII letters, digits, underscore, whitespace, hyphen). Our payment reference is turned into that form:
 * German umlauts and ß are transliterated (ä → ae), other accents dropped, every other character becomes a
 * hyphen. The reference never carries personal data by contract (see `Payment.reference`); this function
 * only makes it fit, it cannot detect personal data.
 */
import { PaymentError } from "../../core/errors.js";

export const PURPOSE_MAX_LENGTH = 27;
/** The pattern from the standard, as a provider validates it. */
export const PURPOSE_PATTERN = /^[\w\s-]+$/;

// References are short; anything longer is cut before any processing so hostile input costs nothing.
const MAX_INPUT_LENGTH = 500;

const TRANSLITERATIONS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  ẞ: "SS",
};

/**
 * `"Bewohnerparken Gießen/2025 #17"` → `"Bewohnerparken Giessen-2025"`. Throws `invalid_input` (field
 * `reference`) when nothing usable is left.
 */
export function sanitisePurpose(reference: string): string {
  const transliterated = Array.from(reference.slice(0, MAX_INPUT_LENGTH), (char) => TRANSLITERATIONS[char] ?? char)
    .join("")
    // é → e + combining accent; the accent is then removed.
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const purpose = transliterated
    .replace(/\s/g, " ")
    .replace(/[^A-Za-z0-9_ -]/g, "-")
    // Each rule below matches single characters or plain runs, so none can backtrack badly.
    .replace(/ {2,}/g, " ")
    .replace(/ ?- ?/g, "-")
    .replace(/-{2,}/g, "-")
    .slice(0, PURPOSE_MAX_LENGTH)
    .replace(/^[ -]+/, "")
    .replace(/[ -]+$/, "");
  if (purpose.length === 0 || !PURPOSE_PATTERN.test(purpose)) {
    throw new PaymentError(
      "invalid_input",
      "The payment reference has no letters or digits left for the XBezahldienste purpose (Verwendungszweck).",
      { field: "reference" },
    );
  }
  return purpose;
}

/**
 * Check-digit schemes for Kassenzeichen. Inputs are already normalised: ASCII digits (and, for MOD 97-10 only,
 * upper-case ASCII letters). Each scheme computes the check for a body and verifies a complete value.
 *
 * - `mod10-luhn` (ISO/IEC 7812-1 Annex B): one digit; catches every single-digit error and every adjacent
 *   transposition except 09 ↔ 90.
 * - `mod11` (weights 2, 3, 4, 5, 6, 7 repeating from the right, as German Kassen and account check methods use):
 *   one digit; a body whose check would be 10 is not issued (the generator draws again), so every single-digit
 *   error and every adjacent transposition is caught.
 * - `mod97` (ISO 7064 MOD 97-10, as in the IBAN and the ISO 11649 creditor reference): two digits; catches every
 *   single-character error and every adjacent transposition; the only scheme that allows letters.
 */

export const CHECK_DIGIT_SCHEMES = ["mod10-luhn", "mod11", "mod97"] as const;
export type CheckDigitScheme = (typeof CHECK_DIGIT_SCHEMES)[number];

/** How many characters each scheme appends. */
export const CHECK_DIGIT_LENGTH: Record<CheckDigitScheme, number> = { "mod10-luhn": 1, mod11: 1, mod97: 2 };

/** Schemes defined over digits only; MOD 97-10 also reads letters (A=10 … Z=35). */
export function allowsLetters(scheme: CheckDigitScheme): boolean {
  return scheme === "mod97";
}

function digitAt(value: string, index: number): number {
  return value.charCodeAt(index) - 0x30;
}

/** Luhn check digit for a body of digits. */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  // The check digit will sit at the right, so the body's rightmost digit is the first one doubled.
  for (let index = body.length - 1, double = true; index >= 0; index--, double = !double) {
    let digit = digitAt(body, index);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** MOD 11 check digit for a body of digits, or `undefined` when the check would be 10 (such bodies are not used). */
export function mod11CheckDigit(body: string): string | undefined {
  let sum = 0;
  for (let index = body.length - 1, position = 0; index >= 0; index--, position++) {
    sum += digitAt(body, index) * (2 + (position % 6));
  }
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : String(check);
}

/** ISO 7064 MOD 97-10 remainder of digits and upper-case letters (letters count as two digits, A=10 … Z=35). */
export function mod97Remainder(value: string): number {
  let remainder = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    remainder = code <= 0x39 ? (remainder * 10 + code - 0x30) % 97 : (remainder * 100 + code - 0x41 + 10) % 97;
  }
  return remainder;
}

/** The two MOD 97-10 check digits for a body, so that `mod97Remainder(body + check) === 1`. */
export function mod97CheckDigits(body: string): string {
  return String(98 - mod97Remainder(`${body}00`)).padStart(2, "0");
}

/** The check characters for a body under a scheme, or `undefined` when that body must not be issued (MOD 11 → 10). */
export function computeCheck(scheme: CheckDigitScheme, body: string): string | undefined {
  switch (scheme) {
    case "mod10-luhn":
      return luhnCheckDigit(body);
    case "mod11":
      return mod11CheckDigit(body);
    case "mod97":
      return mod97CheckDigits(body);
  }
}

/** Whether a complete value (body followed by its check characters) carries a correct check. */
export function hasValidCheck(scheme: CheckDigitScheme, value: string): boolean {
  const length = CHECK_DIGIT_LENGTH[scheme];
  if (value.length <= length) return false;
  const body = value.slice(0, value.length - length);
  return computeCheck(scheme, body) === value.slice(value.length - length);
}

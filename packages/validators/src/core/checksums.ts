/**
 * Check-digit algorithms shared by several kinds. Inputs are already normalised: ASCII digits and
 * upper-case ASCII letters only (callers check that first).
 */

/** Value of a digit or letter in the ISO 7064 / ICAO schemes: 0-9 are themselves, A=10 ... Z=35. */
export function alphanumericValue(character: string): number {
  const charCode = character.charCodeAt(0);
  return charCode <= 0x39 ? charCode - 0x30 : charCode - 0x41 + 10;
}

/**
 * ISO 7064 MOD 97-10 remainder of a string of digits and letters, letters expanded to two digits
 * (A=10 ... Z=35). Used by IBAN, Gläubiger-ID and Leitweg-ID. Computed piecewise, so any length works.
 */
export function mod97(value: string): number {
  let remainder = 0;
  for (let index = 0; index < value.length; index++) {
    remainder = mod97Step(remainder, value.charCodeAt(index));
  }
  return remainder;
}

/** One step of `mod97`: appends the digit or letter with char code `charCode` to the running remainder. */
export function mod97Step(remainder: number, charCode: number): number {
  return charCode <= 0x39 ? (remainder * 10 + charCode - 0x30) % 97 : (remainder * 100 + charCode - 0x41 + 10) % 97;
}

/** The two ISO 7064 MOD 97-10 check digits for `value` + two zeros, as used when computing IBAN checks. */
export function mod97CheckDigits(valueWithZeroCheck: string): string {
  return String(98 - mod97(valueWithZeroCheck)).padStart(2, "0");
}

/**
 * ISO 7064 MOD 11,10 check digit over a string of digits (Steuerliche Identifikationsnummer, USt-IdNr DE).
 * The hybrid system detects every single-digit error and every adjacent transposition. `end` limits the
 * computation to the first digits (the body before the check digit) without copying the string.
 */
export function mod11_10CheckDigit(digits: string, end: number = digits.length): number {
  let product = 10;
  for (let index = 0; index < end; index++) {
    let sum = (digits.charCodeAt(index) - 0x30 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * ICAO Doc 9303 Part 3 §4.9 check digit: values 0-9 and A=10 ... Z=35 (the filler `<` counts 0),
 * weights 7, 3, 1 repeating, sum modulo 10.
 */
export function icaoCheckDigit(characters: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  let index = 0;
  for (const character of characters) {
    const value = character === "<" ? 0 : alphanumericValue(character);
    sum += value * (weights[index % 3] ?? 1);
    index++;
  }
  return sum % 10;
}

/** Sum of the decimal digits of a non-negative integer (the "Quersumme"). */
export function crossSum(value: number): number {
  let sum = 0;
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10)) sum += rest % 10;
  return sum;
}

/**
 * Building blocks of the input normalisation policy (reference/validators.md): trim ASCII whitespace,
 * fold ASCII letters only, remove only a kind's own separators. Written as loops, not regexes, so they
 * stay linear on any input, and so that no Unicode look-alike is ever folded into ASCII.
 */

/** Trims surrounding ASCII whitespace only; other Unicode spaces betray a copy and are reported, not fixed. */
export function trimAsciiWhitespace(input: string): string {
  let start = 0;
  let end = input.length;
  while (start < end && isAsciiWhitespace(input.charCodeAt(start))) start++;
  while (end > start && isAsciiWhitespace(input.charCodeAt(end - 1))) end--;
  return input.slice(start, end);
}

function isAsciiWhitespace(charCode: number): boolean {
  // space, tab, line feed, vertical tab, form feed, carriage return
  return charCode === 0x20 || (charCode >= 0x09 && charCode <= 0x0d);
}

/**
 * Upper-cases ASCII letters a-z only. `String#toUpperCase` would also fold look-alikes
 * (the dotless "ı" becomes "I", "ß" becomes "SS"), which the policy forbids.
 */
export function upperAscii(input: string): string {
  let hasLower = false;
  for (let index = 0; index < input.length && !hasLower; index++) {
    const charCode = input.charCodeAt(index);
    hasLower = charCode >= 0x61 && charCode <= 0x7a;
  }
  if (!hasLower) return input;
  let output = "";
  for (let index = 0; index < input.length; index++) {
    const charCode = input.charCodeAt(index);
    output += charCode >= 0x61 && charCode <= 0x7a ? String.fromCharCode(charCode - 0x20) : input[index];
  }
  return output;
}

/**
 * Lower-cases ASCII letters A-Z only, the counterpart of `upperAscii`: `String#toLowerCase` would also fold
 * non-ASCII characters, some of them into ASCII (the Kelvin sign U+212A becomes "k").
 */
export function lowerAscii(input: string): string {
  let output = "";
  for (let index = 0; index < input.length; index++) {
    const charCode = input.charCodeAt(index);
    output += charCode >= 0x41 && charCode <= 0x5a ? String.fromCharCode(charCode + 0x20) : input[index];
  }
  return output;
}

/** Removes every occurrence of the given separator characters (e.g. `" "` or `" /"`). */
export function removeSeparators(input: string, separators: string): string {
  // Most input carries no separator at all: return it without building a copy.
  let present = false;
  for (let index = 0; index < separators.length && !present; index++)
    present = input.includes(separators.charAt(index));
  if (!present) return input;
  let output = "";
  for (const character of input) {
    if (!separators.includes(character)) output += character;
  }
  return output;
}

/** The usual identifier normalisation: trim, remove the kind's separators, upper-case ASCII letters. */
export function compactIdentifier(input: string, separators: string): string {
  return upperAscii(removeSeparators(trimAsciiWhitespace(input), separators));
}

/** True when every character is an ASCII digit 0-9 (fullwidth and other script digits are not). */
export function isAsciiDigits(input: string): boolean {
  for (let index = 0; index < input.length; index++) {
    const charCode = input.charCodeAt(index);
    if (charCode < 0x30 || charCode > 0x39) return false;
  }
  return true;
}

/** True when every character is an ASCII upper-case letter A-Z. */
export function isAsciiUpperLetters(input: string): boolean {
  for (let index = 0; index < input.length; index++) {
    const charCode = input.charCodeAt(index);
    if (charCode < 0x41 || charCode > 0x5a) return false;
  }
  return true;
}

/** True when every character is an ASCII digit or upper-case letter. */
export function isAsciiUpperAlphanumeric(input: string): boolean {
  for (let index = 0; index < input.length; index++) {
    const charCode = input.charCodeAt(index);
    const isDigit = charCode >= 0x30 && charCode <= 0x39;
    const isUpper = charCode >= 0x41 && charCode <= 0x5a;
    if (!isDigit && !isUpper) return false;
  }
  return true;
}

/** Splits a compact value into groups of `size` characters joined by a space (IBAN style). */
export function groupBy(value: string, size: number): string {
  const groups: string[] = [];
  for (let index = 0; index < value.length; index += size) groups.push(value.slice(index, index + size));
  return groups.join(" ");
}

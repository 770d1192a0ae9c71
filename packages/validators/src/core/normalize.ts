/**
 * Trims surrounding ASCII whitespace only. Identifiers are typed or pasted; a stray space is harmless,
 * but other Unicode spaces usually betray a copy from a document and are reported, not silently fixed.
 * Written as a loop rather than a regex so that it stays linear on any input.
 */
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

/** True when every character is an ASCII digit 0-9 (fullwidth and other script digits are not). */
export function isAsciiDigits(input: string): boolean {
  for (let index = 0; index < input.length; index++) {
    const charCode = input.charCodeAt(index);
    if (charCode < 0x30 || charCode > 0x39) return false;
  }
  return true;
}

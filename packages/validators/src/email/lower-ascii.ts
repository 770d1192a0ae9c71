/**
 * Lower-cases ASCII letters A-Z only; the counterpart of core's `upperAscii`. `String#toLowerCase` would
 * also fold non-ASCII characters, some of them into ASCII (the Kelvin sign U+212A becomes "k").
 * A generic helper that may move to core.
 */
export function lowerAscii(input: string): string {
  let output = "";
  for (let index = 0; index < input.length; index++) {
    const charCode = input.charCodeAt(index);
    output += charCode >= 0x41 && charCode <= 0x5a ? String.fromCharCode(charCode + 0x20) : input[index];
  }
  return output;
}

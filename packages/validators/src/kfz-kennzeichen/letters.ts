/**
 * Upper-cases ASCII letters and the German umlauts ä, ö, ü (to Ä, Ö, Ü), nothing else: Unterscheidungszeichen
 * such as "MÜ" or "BÖ" contain umlauts, but `String#toUpperCase` would also fold look-alikes ("ß" to "SS", the
 * dotless "ı" to "I"), which the normalisation policy forbids. A generic helper that could move to core.
 */
import { upperAscii } from "../core/normalize.js";

export function upperGerman(input: string): string {
  const ascii = upperAscii(input);
  let output = "";
  for (let index = 0; index < ascii.length; index++) {
    const character = ascii[index] ?? "";
    if (character === "ä") output += "Ä";
    else if (character === "ö") output += "Ö";
    else if (character === "ü") output += "Ü";
    else output += character;
  }
  return output;
}

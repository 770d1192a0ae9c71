#!/usr/bin/env node
// Generates src/din-91379/characters.ts from the DIN 91379 character list (String-Latin/DIN-91379-Characters-and-
// Sequences, latin_list_1.3.txt, CC BY 4.0). The list lives in the shared reference folder beside the repository and
// is never copied into it; only the groups the validators need are written, as compact string constants.
//
// Usage (from packages/validators):
//   node scripts/generate-din-91379.mjs            writes src/din-91379/characters.ts
//   node scripts/generate-din-91379.mjs --stdout   prints the module instead (used by the freshness test)
//   node scripts/generate-din-91379.mjs --list <path>   reads another copy of the list
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const LIST_VERSION = "1.3";
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// The shared folder sits beside the repository root, locally and in CI.
const defaultList = resolve(packageDir, `../../../shared/reference/data/din-91379/latin_list_${LIST_VERSION}.txt`);
const outputFile = resolve(packageDir, "src/din-91379/characters.ts");

// Groups of data types A, B and C, with the counts of list 1.3 (a changed list must be reviewed, not slipped in).
const GROUPS = [
  { group: "bll", name: "LETTERS", chars: 500, sequences: 149, doc: "normative Latin letters" },
  { group: "bnlreq", name: "NON_LETTERS_N1", chars: 18, sequences: 0, doc: "non-letters N1 (required)" },
  { group: "bnl", name: "NON_LETTERS_N2", chars: 60, sequences: 0, doc: "non-letters N2" },
  { group: "bnlopt", name: "NON_LETTERS_N3", chars: 6, sequences: 0, doc: "non-letters N3 (optional)" },
  { group: "bnlnot", name: "NON_LETTERS_N4", chars: 4, sequences: 0, doc: "non-letters N4 (not printable)" },
];
// Listed but outside data types A-C: combining diacritics (only inside letter sequences), Greek, Cyrillic, E1.
const IGNORED_GROUPS = new Set(["dc", "gl", "cl", "enl"]);

/** Parses `group; char|seq; code points; Unicode name; character` lines into entries per group. */
export function parseList(text) {
  const byGroup = new Map();
  const seen = new Set();
  for (const [index, rawLine] of text.split("\n").entries()) {
    const line = rawLine.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const fields = line.split("; ");
    const [group, shape, codePoints] = fields;
    if (fields.length < 4 || (shape !== "char" && shape !== "seq")) {
      throw new Error(`line ${index + 1}: unexpected format: ${line}`);
    }
    const value = String.fromCodePoint(...codePoints.split(" ").map((hex) => Number.parseInt(hex, 16)));
    const length = [...value].length;
    if ((shape === "char") !== (length === 1))
      throw new Error(`line ${index + 1}: ${shape} with ${length} code points`);
    if (value.normalize("NFC") !== value) throw new Error(`line ${index + 1}: ${codePoints} is not in NFC`);
    if (seen.has(value)) throw new Error(`line ${index + 1}: ${codePoints} is listed twice`);
    seen.add(value);
    if (!byGroup.has(group)) byGroup.set(group, { chars: [], sequences: [] });
    byGroup.get(group)[shape === "char" ? "chars" : "sequences"].push(value);
  }
  for (const group of byGroup.keys()) {
    if (!IGNORED_GROUPS.has(group) && !GROUPS.some((known) => known.group === group)) {
      throw new Error(`unknown group ${group}`);
    }
  }
  return byGroup;
}

/**
 * A JavaScript string literal: printable characters as they are, marks, controls and odd spaces escaped. Quotes are
 * chosen as Biome would (double unless the text holds more double than single quotes), so formatting keeps the file.
 */
function literal(value) {
  const quote = [...value].filter((c) => c === '"').length > [...value].filter((c) => c === "'").length ? "'" : '"';
  let output = quote;
  for (const character of value) {
    const codePoint = character.codePointAt(0);
    if (character === quote || character === "\\") output += `\\${character}`;
    else if (character === "\t") output += "\\t";
    else if (character === "\n") output += "\\n";
    else if (character === "\r") output += "\\r";
    else if (character === " " || !/[\p{M}\p{C}\p{Z}]/u.test(character)) output += character;
    else if (codePoint > 0xffff) output += `\\u{${codePoint.toString(16).toUpperCase()}}`;
    else output += `\\u${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `${output}${quote}`;
}

/** `export const name = value;`, broken after `=` where the line would exceed Biome's width of 120 columns. */
function declaration(name, value) {
  const line = `export const ${name} = ${value};`;
  return [...line].length > 120 ? `export const ${name} =\n  ${value};` : line;
}

/** The source text of src/din-91379/characters.ts for the given list text. */
export function renderModule(text) {
  const byGroup = parseList(text);
  const letters = new Set(byGroup.get("bll")?.chars ?? []);
  const parts = [];
  for (const { group, name, chars, sequences, doc } of GROUPS) {
    const entries = byGroup.get(group) ?? { chars: [], sequences: [] };
    if (entries.chars.length !== chars || entries.sequences.length !== sequences) {
      throw new Error(
        `${group}: ${entries.chars.length} characters and ${entries.sequences.length} sequences, expected ${chars} and ${sequences}`,
      );
    }
    parts.push(`/** \`${group}\`: the ${chars} ${doc} that are single code points. */`);
    parts.push(declaration(name, literal(entries.chars.join(""))));
    if (sequences > 0) {
      for (const sequence of entries.sequences) {
        // The validator matches a letter sequence by its base, so the base must itself be a letter.
        const [base] = sequence;
        if (!letters.has(base)) throw new Error(`sequence ${literal(sequence)} does not start with a letter`);
      }
      parts.push("");
      parts.push(
        `/** \`${group}\`: the ${sequences} ${doc} written as a base letter and combining marks (in NFC), one per entry. */`,
      );
      parts.push(`export const ${name.replace(/S$/, "")}_SEQUENCES: readonly string[] = [`);
      for (const sequence of entries.sequences) parts.push(`  ${literal(sequence)}, // ${sequence}`);
      parts.push("];");
    }
    parts.push("");
  }
  return `${HEADER}
/** Version of the character list these constants were generated from. */
export const DIN_91379_LIST_VERSION = "${LIST_VERSION}";

${parts.join("\n")}`;
}

const HEADER = `// Generated by scripts/generate-din-91379.mjs from latin_list_${LIST_VERSION}.txt. Do not edit; run the script instead.
/**
 * Characters of DIN 91379:2022-08 for data types A, B and C: the groups bll (letters), bnlreq (N1), bnl (N2),
 * bnlopt (N3) and bnlnot (N4). The groups dc (combining diacritics, allowed only inside the letter sequences),
 * gl (Greek), cl (Cyrillic) and enl (E1) belong to data types D and E and are left out.
 *
 * Data from the work "DIN-91379-Characters-and-Sequences", list version ${LIST_VERSION}, by vk-github18
 * (https://github.com/String-Latin/DIN-91379-Characters-and-Sequences), licensed under the Creative Commons
 * Attribution 4.0 International License (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).
 * Changes: only the groups above are kept; code points are written as string constants; names are left out.
 * See NOTICE-DIN-91379.md.
 */
`;

function main(argv) {
  const listIndex = argv.indexOf("--list");
  const listFile = listIndex === -1 ? defaultList : resolve(argv[listIndex + 1] ?? "");
  const output = renderModule(readFileSync(listFile, "utf8"));
  if (argv.includes("--stdout")) process.stdout.write(output);
  else writeFileSync(outputFile, output);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));

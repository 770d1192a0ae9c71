/**
 * DIN 91379 data types A, B and C: text fields restricted to the characters of DIN 91379:2022-08 "Characters and
 * defined character sequences in Unicode for the electronic processing of names and data exchange in Europe"
 * (predecessor DIN SPEC 91379:2019-03, String.Latin+ 1.2), as used in XÖV standards.
 *
 * Rule (one implementation, parametrised by the allowed groups):
 * - A, names of natural persons: letters (bll) and non-letters N1 (bnlreq: space ' , - . ` ~ ¨ ´ · ʹ ʺ ʾ ʿ ˈ ˌ ’ ‡).
 * - B, street and place names: A plus N2 (bnl: digits, ASCII punctuation, ¡ ¢ £ ¥ § © ª « ¬ ® ¯ ° ± ² ³ µ ¶ ¹ º » ¿ × ÷ €).
 * - C, all normative characters: B plus N3 (bnlopt: ¤ ¦ ¸ ¼ ½ ¾) and N4 (bnlnot: TAB, LF, CR, NO-BREAK SPACE).
 * - Letters are the 500 single code points of bll plus its 149 sequences of a base letter and combining marks
 *   (and "K͟H", "K͟h", "k͟h" with a letter after the mark). A combining mark is allowed only inside a listed sequence:
 *   at each position the longest listed sequence is taken, and a mark left over is an invalid character.
 *   Greek (gl), Cyrillic (cl) and E1 (enl) belong to data types D and E and are not allowed here.
 * - Input is normalised to NFC, which DIN 91379 prescribes (macOS and iOS may send decomposed text, "u" + U+0308
 *   for "ü"). Nothing else changes: no trimming (N1 contains the space, so leading, trailing and double spaces are
 *   allowed in all three types and kept as typed; trim in the form if that is wanted), letter case is kept, and no
 *   compatibility folding (fullwidth letters, ligatures such as "ﬁ" stay invalid). NFC does map canonical
 *   singletons, e.g. ANGSTROM SIGN U+212B to "Å" U+00C5.
 * - Policy beyond the standard: a value holds at least one letter (`no_letter`), and at most `maxLength` code points
 *   after NFC (default 255, see DEFAULT_MAX_LENGTH).
 * - Order of checks: empty, invalid_characters, too_long, no_letter. An input of more than 16 × maxLength UTF-16
 *   code units is reported as too_long before normalisation: NFC at most quarters the number of code points, so
 *   such an input can never fit.
 * Deprecated entries of list 1.3 (Ŀ ŀ ŉ ḗ ē̍ ō̍) stay allowed: the list says they "must be supported but should not
 * be used".
 * Source: character list "DIN-91379-Characters-and-Sequences" 1.3 (String-Latin, CC BY 4.0), see characters.ts and
 * NOTICE-DIN-91379.md; reference/validators.md ("din91379A/B/C"). Not confirmed: the 2022 KoSIT XSD itself (the
 * 2019 XSD and the 2022 lists were used).
 */
import type { z } from "zod";
import { createIssue } from "../core/issues.js";
import type { ValidatorKind } from "../core/kind.js";
import type { MessageCatalog, ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import {
  LETTER_SEQUENCES,
  LETTERS,
  NON_LETTERS_N1,
  NON_LETTERS_N2,
  NON_LETTERS_N3,
  NON_LETTERS_N4,
} from "./characters.js";
import type { Din91379IssueCode } from "./messages.js";

/** The data types of DIN 91379 this package implements (D and E allow Greek, Cyrillic and more). */
export type Din91379Type = "A" | "B" | "C";

/** Options of the three kinds. */
export interface Din91379Options extends ValidateOptions<Din91379IssueCode> {
  /**
   * Most code points allowed after NFC (default 255); `Infinity` switches the limit off. A positive integer or
   * `Infinity`, anything else is a programming error and throws a RangeError.
   */
  maxLength?: number;
}

/**
 * Default length limit. DIN 91379 sets none; the limit only stops abuse and is not derived from a standard:
 * 255 code points hold every realistic name and address line, fit the common VARCHAR(255) column, and keep
 * 10,000-character inputs out. Forms with a field length from their XÖV standard pass it as `maxLength`.
 */
export const DEFAULT_MAX_LENGTH = 255;

/**
 * NFC keeps at least a quarter of the code points (no canonical decomposition is longer than four), and a code
 * point takes at most two UTF-16 units: beyond 8 × maxLength units a value cannot fit; 16 leaves room.
 */
const FAR_TOO_LONG_FACTOR = 16;
/** At most this many combining marks are shown with an offending character. */
const MAX_MARKS_SHOWN = 8;
const DOTTED_CIRCLE = "\u25CC";

const MARK = /^\p{M}$/u;
const INVISIBLE = /^[\p{C}\p{Z}]$/u;

interface Sequence {
  text: string;
  codePoints: number;
}

interface CharacterTable {
  /** Single code points allowed in the type. */
  allowed: ReadonlySet<number>;
  /** Single code points that are letters. */
  letters: ReadonlySet<number>;
  /** Letter sequences by their first code point, longest first. */
  sequences: ReadonlyMap<number, readonly Sequence[]>;
}

const GROUPS: Record<Din91379Type, readonly string[]> = {
  A: [LETTERS, NON_LETTERS_N1],
  B: [LETTERS, NON_LETTERS_N1, NON_LETTERS_N2],
  C: [LETTERS, NON_LETTERS_N1, NON_LETTERS_N2, NON_LETTERS_N3, NON_LETTERS_N4],
};

// Built on first use, so that importing the package costs nothing when these kinds are not used.
const tables: Partial<Record<Din91379Type, CharacterTable>> = {};
let letterTable: Pick<CharacterTable, "letters" | "sequences"> | undefined;

function codePointsOf(text: string): number[] {
  return Array.from(text, (character) => character.codePointAt(0) ?? 0);
}

function getLetterTable(): Pick<CharacterTable, "letters" | "sequences"> {
  if (letterTable) return letterTable;
  const sequences = new Map<number, Sequence[]>();
  for (const text of LETTER_SEQUENCES) {
    const first = text.codePointAt(0) ?? 0;
    const list = sequences.get(first) ?? [];
    list.push({ text, codePoints: codePointsOf(text).length });
    sequences.set(first, list);
  }
  for (const list of sequences.values()) list.sort((left, right) => right.text.length - left.text.length);
  letterTable = { letters: new Set(codePointsOf(LETTERS)), sequences };
  return letterTable;
}

function getTable(type: Din91379Type): CharacterTable {
  const cached = tables[type];
  if (cached) return cached;
  const table = { ...getLetterTable(), allowed: new Set(GROUPS[type].flatMap(codePointsOf)) };
  tables[type] = table;
  return table;
}

function resolveMaxLength(options: Din91379Options): number {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (maxLength !== Number.POSITIVE_INFINITY && !(Number.isInteger(maxLength) && maxLength >= 1)) {
    throw new RangeError(`maxLength must be a positive integer or Infinity, got ${maxLength}`);
  }
  return maxLength;
}

type Finding =
  | { code: "invalid_characters"; index: number; letterBefore: number }
  | { code: "empty" | "too_long" | "no_letter" };

/**
 * The first problem of an NFC value, in one pass with a set lookup per code point (linear, no regex).
 * `letterBefore` is where the letter element just before the offending character starts, or -1.
 */
function inspect(value: string, table: CharacterTable, maxLength: number): Finding | undefined {
  let index = 0;
  let count = 0;
  let hasLetter = false;
  let letterBefore = -1;
  while (index < value.length) {
    const codePoint = value.codePointAt(index) ?? 0;
    const sequence = table.sequences.get(codePoint)?.find((candidate) => value.startsWith(candidate.text, index));
    if (sequence) {
      hasLetter = true;
      letterBefore = index;
      count += sequence.codePoints;
      index += sequence.text.length;
      continue;
    }
    if (!table.allowed.has(codePoint)) return { code: "invalid_characters", index, letterBefore };
    const isLetter = table.letters.has(codePoint);
    hasLetter ||= isLetter;
    letterBefore = isLetter ? index : -1;
    count++;
    index += codePoint > 0xffff ? 2 : 1;
  }
  if (count > maxLength) return { code: "too_long" };
  if (!hasLetter) return { code: "no_letter" };
  return undefined;
}

function check(input: string, type: Din91379Type, maxLength: number): { value: string; finding?: Finding } {
  if (input.length === 0) return { value: input, finding: { code: "empty" } };
  if (input.length > maxLength * FAR_TOO_LONG_FACTOR) return { value: input, finding: { code: "too_long" } };
  const value = input.normalize("NFC");
  const finding = inspect(value, getTable(type), maxLength);
  return finding ? { value, finding } : { value };
}

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The offending character as the user sees it: with the combining marks that follow it, a stray mark with the
 * letter it sits on (or on a dotted circle), and invisible characters as their code point.
 */
function describeCharacter(
  value: string,
  index: number,
  letterBefore: number,
): { character: string; codePoint: string } {
  const codePoint = value.codePointAt(index) ?? 0;
  const single = String.fromCodePoint(codePoint);
  const isMark = MARK.test(single);
  const label = codePointLabel(codePoint);
  if (!isMark && INVISIBLE.test(single)) return { character: label, codePoint: label };
  let end = index + single.length;
  for (let marks = isMark ? 1 : 0; marks < MAX_MARKS_SHOWN && end < value.length; marks++) {
    const next = String.fromCodePoint(value.codePointAt(end) ?? 0);
    if (!MARK.test(next)) break;
    end += next.length;
  }
  let character = value.slice(index, end);
  if (isMark) character = letterBefore >= 0 ? value.slice(letterBefore, end) : DOTTED_CIRCLE + character;
  return { character, codePoint: label };
}

/** One DIN 91379 kind: the shared API with the `maxLength` option, plus its data type. */
export interface Din91379Kind<Value extends string> extends ValidatorKind<Value, Din91379IssueCode, Din91379Options> {
  /** The DIN 91379 data type the kind checks. */
  readonly dataType: Din91379Type;
}

/** Builds the kind for data type `type`, reporting with `messages`; the three kinds share everything else. */
export function createDin91379Kind<Value extends string>(
  type: Din91379Type,
  messages: MessageCatalog<Din91379IssueCode>,
): Din91379Kind<Value> {
  /** NFC, which DIN 91379 prescribes; nothing is trimmed or folded. */
  function normalize(input: string): string {
    return input.normalize("NFC");
  }

  function validate(input: string, options: Din91379Options = {}): ValidationResult<Value> {
    const maxLength = resolveMaxLength(options);
    const { value, finding } = check(input, type, maxLength);
    if (!finding) return { ok: true, value: value as Value };
    const params =
      finding.code === "invalid_characters"
        ? describeCharacter(value, finding.index, finding.letterBefore)
        : finding.code === "too_long"
          ? { maxLength }
          : {};
    return { ok: false, issues: [createIssue(finding.code, messages, options, params)] };
  }

  function isValid(input: string): boolean {
    return check(input, type, DEFAULT_MAX_LENGTH).finding === undefined;
  }

  /** Display form: the NFC form, exactly what `validate` returns. */
  function format(input: string): string {
    return normalize(input);
  }

  function schema(options: Din91379Options = {}): z.ZodType<Value, string> {
    resolveMaxLength(options);
    return schemaFromValidator(validate, options);
  }

  return { normalize, validate, isValid, format, schema, messages, dataType: type };
}

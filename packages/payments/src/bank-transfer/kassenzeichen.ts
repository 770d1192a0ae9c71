/**
 * Kassenzeichen: the reference under which the city treasury (Stadtkasse) expects a payment, and the only
 * text a citizen writes into the transfer's remittance field. Each city configures its own layout; every
 * layout has a fixed length and ends in a check digit, so typing errors are caught before a transfer goes
 * astray and a bank statement can be searched for it reliably.
 *
 * A Kassenzeichen is never derived from personal data: it consists of a prefix, the year, random digits from
 * the platform's cryptographic generator and/or digits of a sequence the caller supplies (e.g. a database
 * sequence). Uniqueness is the store's job (a unique index on the Kassenzeichen; draw again on conflict):
 * with `{ random: 8 }` per year the chance that 10 000 payments contain a repeat is about 40 %.
 *
 * Layout example: `{ prefix: "5100", parts: ["year2", { random: 8 }], checkDigit: "mod10-luhn" }` gives
 * `5100` + `25` + `48213907` + check digit = `510025482139074` (15 digits).
 */
import type { Locale, ValidationIssue, ValidationResult } from "@digitale-kommune/validators";
import { PaymentError } from "../core/errors.js";
import {
  allowsLetters,
  CHECK_DIGIT_LENGTH,
  CHECK_DIGIT_SCHEMES,
  type CheckDigitScheme,
  computeCheck,
  hasValidCheck,
} from "./check-digits.js";

/** One part of a Kassenzeichen layout, in order after the prefix. */
export type KassenzeichenPart =
  /** The year of issue, two digits (`25`). */
  | "year2"
  /** The year of issue, four digits (`2025`). */
  | "year4"
  /** Digits drawn uniformly from the platform's cryptographic random generator. */
  | { random: number }
  /** Digits of the injected sequence source (`nextSequence`), zero-padded to this many digits. */
  | { sequence: number }
  /** A fixed text of digits (and, with `mod97`, upper-case letters), e.g. a Bewirtschafter number. */
  | { literal: string };

export interface KassenzeichenConfig {
  /** Fixed start, e.g. the city's Kassen number `"5100"`: digits (and upper-case letters with `mod97`). */
  prefix?: string;
  /** The variable parts; at least one `random` or `sequence` part, so that values differ. */
  parts: readonly KassenzeichenPart[];
  /** Check-digit scheme appended at the end (see `check-digits.ts`). */
  checkDigit: CheckDigitScheme;
}

export interface KassenzeichenGeneratorOptions {
  /** The date whose year goes into `year2`/`year4` parts (default: now). */
  now?: () => Date;
  /** Source of random digits (default: `crypto.getRandomValues`); inject only for reproducible tests. */
  randomDigits?: (count: number) => string;
  /** Required when the layout has a `sequence` part: the next number of a sequence no other issuer shares. */
  nextSequence?: () => number | bigint;
}

export type KassenzeichenIssueCode =
  | "empty"
  | "invalid_characters"
  | "wrong_length"
  | "wrong_prefix"
  | "invalid_format"
  | "invalid_checksum";

export interface KassenzeichenValidateOptions {
  locale?: Locale;
  /** Path of the field in a form, e.g. `["kassenzeichen"]`. */
  path?: (string | number)[];
}

export interface KassenzeichenGenerator {
  /** The layout, as configured (validated). */
  readonly config: Readonly<KassenzeichenConfig>;
  /** Every Kassenzeichen of this layout has exactly this many characters. */
  readonly length: number;
  /** Issues a new Kassenzeichen (compact: digits and upper-case letters only). */
  next(): string;
  /** Compact form of user input: spaces, hyphens, dots and slashes removed, letters upper-cased. */
  normalize(input: string): string;
  /** Checks input against the layout and its check digit; returns the compact value or the first issue. */
  validate(input: string, options?: KassenzeichenValidateOptions): ValidationResult<string>;
  isValid(input: string): boolean;
  /**
   * Every Kassenzeichen of this layout found in free text (e.g. a transfer's remittance lines), in order and
   * without repeats; tolerant to spaces, hyphens, case and line breaks inside it.
   */
  extract(text: string): string[];
}

/** Kassenzeichen are bounded so that they fit every remittance field and HKR system. */
export const MAX_KASSENZEICHEN_LENGTH = 30;
/** Extraction reads at most this much text; SEPA remittance is 140 characters, banks add a little. */
const MAX_EXTRACT_INPUT = 4096;

const messages: Record<Locale, Record<KassenzeichenIssueCode, string>> = {
  de: {
    empty: "Bitte geben Sie das Kassenzeichen ein.",
    invalid_characters: "Das Kassenzeichen enthält Zeichen, die nicht vorkommen dürfen.",
    wrong_length: "Das Kassenzeichen hat nicht die richtige Länge.",
    wrong_prefix: "Das Kassenzeichen gehört nicht zu dieser Kasse.",
    invalid_format: "Das Kassenzeichen hat nicht den richtigen Aufbau.",
    invalid_checksum: "Das Kassenzeichen ist nicht gültig. Bitte prüfen Sie es auf Tippfehler.",
  },
  en: {
    empty: "Enter the Kassenzeichen (payment reference).",
    invalid_characters: "The Kassenzeichen contains characters that are not allowed.",
    wrong_length: "The Kassenzeichen does not have the right length.",
    wrong_prefix: "The Kassenzeichen does not belong to this treasury.",
    invalid_format: "The Kassenzeichen does not have the right layout.",
    invalid_checksum: "The Kassenzeichen is not valid. Check it for typing errors.",
  },
};

interface CompiledLayout {
  prefix: string;
  /** Length without the check characters. */
  bodyLength: number;
  /** Per body position: a digit, or the fixed character at that position (prefix/literal). */
  fixed: (string | null)[];
  checkLength: number;
}

function configError(field: string, message: string): PaymentError {
  return new PaymentError("configuration_error", `Kassenzeichen layout: ${message}`, { field });
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isUpperLetterCode(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Whether every character is an ASCII digit (or, when allowed, an upper-case ASCII letter). */
function isFixedText(value: string, letters: boolean): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!isDigitCode(code) && !(letters && isUpperLetterCode(code))) return false;
  }
  return true;
}

function isPositiveDigitCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_KASSENZEICHEN_LENGTH;
}

function compileLayout(config: KassenzeichenConfig): CompiledLayout {
  if (config === null || typeof config !== "object") throw configError("kassenzeichen", "the layout is missing.");
  if (!CHECK_DIGIT_SCHEMES.includes(config.checkDigit)) {
    throw configError("checkDigit", `checkDigit must be one of ${CHECK_DIGIT_SCHEMES.join(", ")}.`);
  }
  const letters = allowsLetters(config.checkDigit);
  const allowed = letters ? "digits and upper-case letters A-Z" : "digits";
  const prefix = config.prefix ?? "";
  if (typeof prefix !== "string" || !isFixedText(prefix, letters)) {
    throw configError("prefix", `the prefix may contain only ${allowed} with checkDigit ${config.checkDigit}.`);
  }
  if (!Array.isArray(config.parts) || config.parts.length === 0) {
    throw configError("parts", "parts must be a non-empty list.");
  }
  const fixed: (string | null)[] = [...prefix];
  let varying = false;
  config.parts.forEach((part: KassenzeichenPart, index: number) => {
    const field = `parts[${index}]`;
    if (part === "year2" || part === "year4") {
      fixed.push(...Array<null>(part === "year2" ? 2 : 4).fill(null));
    } else if (part !== null && typeof part === "object" && "random" in part) {
      if (!isPositiveDigitCount(part.random)) throw configError(`${field}.random`, "random needs a digit count ≥ 1.");
      fixed.push(...Array<null>(part.random).fill(null));
      varying = true;
    } else if (part !== null && typeof part === "object" && "sequence" in part) {
      if (!isPositiveDigitCount(part.sequence) || part.sequence > 15) {
        throw configError(`${field}.sequence`, "sequence needs a digit count from 1 to 15.");
      }
      fixed.push(...Array<null>(part.sequence).fill(null));
      varying = true;
    } else if (part !== null && typeof part === "object" && "literal" in part) {
      if (typeof part.literal !== "string" || part.literal === "" || !isFixedText(part.literal, letters)) {
        throw configError(
          `${field}.literal`,
          `a literal may contain only ${allowed} with checkDigit ${config.checkDigit}.`,
        );
      }
      fixed.push(...part.literal);
    } else {
      throw configError(field, 'each part is "year2", "year4", { random: n }, { sequence: n } or { literal: "…" }.');
    }
  });
  if (!varying) throw configError("parts", "at least one random or sequence part is needed, so that values differ.");
  const checkLength = CHECK_DIGIT_LENGTH[config.checkDigit];
  const total = fixed.length + checkLength;
  if (total > MAX_KASSENZEICHEN_LENGTH) {
    throw configError(
      "parts",
      `the Kassenzeichen would have ${total} characters; at most ${MAX_KASSENZEICHEN_LENGTH}.`,
    );
  }
  return { prefix, bodyLength: fixed.length, fixed, checkLength };
}

/** Uniform random decimal digits from the platform CSPRNG (rejection sampling avoids a bias towards 0-5). */
export function cryptoRandomDigits(count: number): string {
  let digits = "";
  const bytes = new Uint8Array(Math.max(16, count * 2));
  while (digits.length < count) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < 250 && digits.length < count) digits += String(byte % 10);
    }
  }
  return digits;
}

function issue(code: KassenzeichenIssueCode, options: KassenzeichenValidateOptions): ValidationResult<string> {
  const entry: ValidationIssue = { path: options.path ?? [], code, message: messages[options.locale ?? "de"][code] };
  return { ok: false, issues: [entry] };
}

/** Characters people and banks put between the groups of a Kassenzeichen. */
function isSeparatorCode(code: number): boolean {
  // space, tab, LF, CR, hyphen, dot, slash, no-break space, en dash
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x2f ||
    code === 0xa0 ||
    code === 0x2013
  );
}

/**
 * Creates the generator for one city's layout. Throws `PaymentError` `configuration_error` naming the field
 * when the layout is invalid.
 */
export function createKassenzeichenGenerator(
  config: KassenzeichenConfig,
  options: KassenzeichenGeneratorOptions = {},
): KassenzeichenGenerator {
  const layout = compileLayout(config);
  const scheme = config.checkDigit;
  const letters = allowsLetters(scheme);
  const length = layout.bodyLength + layout.checkLength;
  const now = options.now ?? (() => new Date());
  const randomDigits = options.randomDigits ?? cryptoRandomDigits;
  const { nextSequence } = options;
  const sequenceIndex = config.parts.findIndex((part) => typeof part === "object" && "sequence" in part);
  if (sequenceIndex >= 0 && typeof nextSequence !== "function") {
    throw configError(`parts[${sequenceIndex}].sequence`, "a sequence part needs the nextSequence option.");
  }
  const frozenConfig: KassenzeichenConfig = Object.freeze({
    ...(config.prefix === undefined ? {} : { prefix: config.prefix }),
    parts: Object.freeze([...config.parts]),
    checkDigit: scheme,
  });

  function drawRandom(count: number): string {
    const digits = randomDigits(count);
    if (digits.length !== count || !isFixedText(digits, false)) {
      throw new PaymentError("configuration_error", `randomDigits must return exactly ${count} digits.`, {
        field: "randomDigits",
      });
    }
    return digits;
  }

  function drawSequence(count: number, field: string): string {
    const value = (nextSequence as () => number | bigint)();
    const text = typeof value === "bigint" ? value.toString() : Number.isSafeInteger(value) ? String(value) : "";
    if (text === "" || text.startsWith("-") || text.length > count) {
      throw new PaymentError("configuration_error", `The sequence for the Kassenzeichen is exhausted or invalid.`, {
        field,
        details: { digits: count },
      });
    }
    return text.padStart(count, "0");
  }

  function body(): string {
    const year = now().getFullYear();
    let text = layout.prefix;
    config.parts.forEach((part, index) => {
      if (part === "year2") text += String(year % 100).padStart(2, "0");
      else if (part === "year4") text += String(year).padStart(4, "0");
      else if ("random" in part) text += drawRandom(part.random);
      else if ("sequence" in part) text += drawSequence(part.sequence, `parts[${index}].sequence`);
      else text += part.literal;
    });
    return text;
  }

  function next(): string {
    // MOD 11 leaves 1 in 11 bodies without a check digit; drawing again keeps every error detectable.
    for (let attempt = 0; attempt < 64; attempt++) {
      const candidate = body();
      const check = computeCheck(scheme, candidate);
      if (check !== undefined) return candidate + check;
    }
    throw new PaymentError("configuration_error", "Could not issue a Kassenzeichen with a valid check digit.", {
      field: "checkDigit",
    });
  }

  function normalize(input: string): string {
    let compact = "";
    for (const character of input) {
      const code = character.codePointAt(0) ?? 0;
      if (!isSeparatorCode(code)) compact += character;
    }
    return compact.toUpperCase();
  }

  /** The first problem of a compact value that has the right length and characters. */
  function layoutProblem(value: string): KassenzeichenIssueCode | undefined {
    if (!value.startsWith(layout.prefix)) return "wrong_prefix";
    for (let index = layout.prefix.length; index < layout.bodyLength; index++) {
      const expected = layout.fixed[index];
      const actual = value[index] as string;
      if (expected === null ? !isDigitCode(actual.charCodeAt(0)) : actual !== expected) return "invalid_format";
    }
    return hasValidCheck(scheme, value) ? undefined : "invalid_checksum";
  }

  function validate(input: string, validateOptions: KassenzeichenValidateOptions = {}): ValidationResult<string> {
    if (typeof input !== "string") return issue("empty", validateOptions);
    // Bounded before normalising, so hostile input costs nothing.
    if (input.length > MAX_KASSENZEICHEN_LENGTH * 3) return issue("wrong_length", validateOptions);
    const value = normalize(input);
    if (value === "") return issue("empty", validateOptions);
    if (!isFixedText(value, letters)) return issue("invalid_characters", validateOptions);
    if (value.length !== length) return issue("wrong_length", validateOptions);
    const problem = layoutProblem(value);
    return problem ? issue(problem, validateOptions) : { ok: true, value };
  }

  function extract(text: string): string[] {
    const found: string[] = [];
    if (typeof text !== "string") return found;
    // Separators are dropped (banks break lines and people group digits); any other character ends a run.
    const runs: string[] = [];
    let run = "";
    const bounded = text.length > MAX_EXTRACT_INPUT ? text.slice(0, MAX_EXTRACT_INPUT) : text;
    for (const character of bounded.toUpperCase()) {
      const code = character.codePointAt(0) ?? 0;
      if (isSeparatorCode(code)) continue;
      if (isDigitCode(code) || isUpperLetterCode(code)) run += character;
      else {
        runs.push(run);
        run = "";
      }
    }
    runs.push(run);
    for (const candidateRun of runs) {
      // Window scan of fixed width: O(run length × layout length), no backtracking.
      for (let start = 0; start + length <= candidateRun.length; start++) {
        const candidate = candidateRun.slice(start, start + length);
        if (!isFixedText(candidate, letters) || layoutProblem(candidate) !== undefined) continue;
        if (!found.includes(candidate)) found.push(candidate);
        start += length - 1;
      }
    }
    return found;
  }

  return {
    config: frozenConfig,
    length,
    next,
    normalize,
    validate,
    isValid: (input) => validate(input).ok,
    extract,
  };
}

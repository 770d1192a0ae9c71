/**
 * Email: an email address as accepted by an HTML `<input type="email">`, with internationalised domain names.
 *
 * Rule: the "valid email address" of the WHATWG HTML Living Standard (section "E-mail state"):
 * `1*( atext / "." ) "@" label *( "." label )`, where atext is RFC 5322's (`A-Z a-z 0-9` and
 * ``! # $ % & ' * + / = ? ^ _ ` { | } ~ -``) and a label has 1-63 letters, digits and hyphens and neither
 * starts nor ends with a hyphen (RFC 1034 section 3.5, but a label may start with a digit). HTML calls this a
 * "willful violation" of RFC 5322: quoted local parts, comments and whitespace are not allowed, while dots in
 * the local part are (a leading, trailing or doubled dot, which RFC 5322's dot-atom forbids, is valid here).
 * A domain of one label (`name@localhost`) and one that looks like an IPv4 address are valid, as in browsers.
 * Source: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
 *
 * Internationalised domain names: a domain with non-ASCII characters is converted to its ASCII (Punycode)
 * form by the WHATWG URL parser (UTS #46 processing, as browsers do for the value of `type=email`), and that
 * form must satisfy the rule; what the parser rejects is `invalid_domain`. Unlike the parser, this kind does not
 * fold characters into ASCII: a character that UTS #46 maps to ASCII or removes (fullwidth letters, the
 * ideographic full stop, mathematical letters, the soft hyphen, joiners) is `invalid_characters`, per the
 * package's normalisation policy. A Unicode label must not start or end with a hyphen either (as the rule says
 * of labels; RFC 5891 section 4.2.3.1), which the parser would let through. The local part must be ASCII: HTML
 * does not accept internationalised local parts (RFC 6531), so "bürger@gießen.de" is invalid.
 * Look-alike letters in a domain (a Cyrillic "о" in a Latin name) are valid IDN and are not detected.
 *
 * Length: at most 254 characters and at most 64 before the "@" (RFC 5321 section 4.5.3.1: a path of 256
 * octets including the angle brackets; RFC 3696 erratum 1690), counted on the ASCII form that is sent and on
 * the typed form.
 *
 * Normalisation and value: surrounding ASCII whitespace is trimmed (as HTML's value sanitisation does); ASCII
 * letters of the domain are lower-cased, other letters and the local part keep their case (the local part is
 * case-sensitive in principle, RFC 5321 section 2.4). The value keeps the domain as the citizen typed it, so
 * "info@gießen.de" stays readable on a confirmation page; `toAscii` gives "info@xn--gieen-nqa.de" for sending
 * through systems without SMTPUTF8 and for comparing addresses (two spellings of one domain share that form).
 *
 * Order of checks: empty, invalid_characters (a character allowed nowhere; any non-ASCII character before the
 * "@"), too_long (typed form), missing_at, invalid_format (more than one "@", nothing before it), then the
 * domain: invalid_domain (an ASCII character other than letters, digits, "-", "."; a Unicode label with a
 * hyphen at either end), invalid_characters (characters UTS #46 would fold), invalid_domain (rejected by the
 * URL parser, or a label breaking the rule), too_long (ASCII form). Only loops and the URL parser are used,
 * and the parser only on a domain of at most 254 characters.
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { lowerAscii, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type EmailIssueCode, emailMessages } from "./messages.js";

/** A validated email address such as `"Max.Mustermann@gießen.de"` (domain's ASCII letters lower-cased). */
export type Email = string & { readonly __brand: "Email" };

const MAX_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
const MAX_LABEL_LENGTH = 63;
const ATEXT_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

/** Compact form: surrounding ASCII whitespace trimmed, ASCII letters after the last "@" lower-cased. */
export function normalize(input: string): string {
  const trimmed = trimAsciiWhitespace(input);
  const at = trimmed.lastIndexOf("@");
  if (at === -1) return trimmed;
  return trimmed.slice(0, at + 1) + lowerAscii(trimmed.slice(at + 1));
}

function isAsciiLetterOrDigit(charCode: number): boolean {
  return (
    (charCode >= 0x30 && charCode <= 0x39) ||
    (charCode >= 0x41 && charCode <= 0x5a) ||
    (charCode >= 0x61 && charCode <= 0x7a)
  );
}

function isAtext(charCode: number): boolean {
  return isAsciiLetterOrDigit(charCode) || ATEXT_SYMBOLS.includes(String.fromCharCode(charCode));
}

/** True when every character may appear somewhere in a valid address; non-ASCII only after the first "@". */
function hasOnlyAllowedCharacters(value: string): boolean {
  const firstAt = value.indexOf("@");
  for (let index = 0; index < value.length; index++) {
    const charCode = value.charCodeAt(index);
    if (charCode >= 0x80) {
      if (firstAt === -1 || index < firstAt) return false;
    } else if (!isAtext(charCode) && charCode !== 0x2e && charCode !== 0x40) {
      return false;
    }
  }
  return true;
}

/** The WHATWG label rule over an ASCII domain: 1-63 letters, digits, hyphens per label, no hyphen at the ends. */
function isValidAsciiDomain(domain: string): boolean {
  let labelStart = 0;
  for (let index = 0; index <= domain.length; index++) {
    const charCode = index < domain.length ? domain.charCodeAt(index) : 0x2e;
    if (charCode === 0x2e) {
      const length = index - labelStart;
      if (length === 0 || length > MAX_LABEL_LENGTH) return false;
      if (domain[labelStart] === "-" || domain[index - 1] === "-") return false;
      labelStart = index + 1;
    } else if (!isAsciiLetterOrDigit(charCode) && charCode !== 0x2d) {
      return false;
    }
  }
  return true;
}

/** Host name of `http://<domain>` per the WHATWG URL parser (UTS #46 ToASCII), or undefined when it rejects. */
function urlHostname(domain: string): string | undefined {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * True when UTS #46 keeps a non-ASCII character as such (its label needs Punycode), false when it maps the
 * character into ASCII, removes it or rejects it. A combining mark cannot stand alone, so it is tried after "a".
 */
function isKeptByIdna(character: string): boolean {
  const alone = urlHostname(character);
  if (alone !== undefined) return alone.startsWith("xn--");
  return urlHostname(`a${character}`)?.startsWith("xn--") ?? false;
}

/** The problem of a domain (ASCII letters lower-cased) that contains non-ASCII characters, or its ASCII form. */
function internationalDomainToAscii(domain: string): { problem: EmailIssueCode } | { ascii: string } {
  // Only the rule's own ASCII characters may reach the URL parser, which gives ":", "/", "%" ... a meaning.
  for (let index = 0; index < domain.length; index++) {
    const charCode = domain.charCodeAt(index);
    if (charCode < 0x80 && !isAsciiLetterOrDigit(charCode) && charCode !== 0x2d && charCode !== 0x2e) {
      return { problem: "invalid_domain" };
    }
  }
  for (const label of domain.split(".")) {
    if (label.startsWith("-") || label.endsWith("-")) return { problem: "invalid_domain" };
  }
  for (const character of domain) {
    if (character.charCodeAt(0) >= 0x80 && !isKeptByIdna(character)) return { problem: "invalid_characters" };
  }
  const ascii = urlHostname(domain);
  return ascii === undefined ? { problem: "invalid_domain" } : { ascii };
}

function hasNonAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    if (value.charCodeAt(index) >= 0x80) return true;
  }
  return false;
}

type Outcome = { problem: EmailIssueCode } | { problem?: undefined; value: string; ascii: string };

/** The first problem of an input, or its value and its ASCII form. */
function check(input: string): Outcome {
  const value = normalize(input);
  if (value.length === 0) return { problem: "empty" };
  if (!hasOnlyAllowedCharacters(value)) return { problem: "invalid_characters" };
  const at = value.indexOf("@");
  if (value.length > MAX_LENGTH || at > MAX_LOCAL_PART_LENGTH) return { problem: "too_long" };
  if (at === -1) return { problem: "missing_at" };
  if (at === 0 || value.indexOf("@", at + 1) !== -1) return { problem: "invalid_format" };
  const localPart = value.slice(0, at);
  const domain = value.slice(at + 1);
  let asciiDomain = domain;
  if (hasNonAscii(domain)) {
    const converted = internationalDomainToAscii(domain);
    if ("problem" in converted) return converted;
    asciiDomain = converted.ascii;
  }
  if (!isValidAsciiDomain(asciiDomain)) return { problem: "invalid_domain" };
  const ascii = `${localPart}@${asciiDomain}`;
  if (ascii.length > MAX_LENGTH) return { problem: "too_long" };
  return { value, ascii };
}

/** Checks an email address and returns it normalised, or the first issue with a stable code. */
export function validate(input: string, options: ValidateOptions<EmailIssueCode> = {}): ValidationResult<Email> {
  const outcome = check(input);
  if (outcome.problem !== undefined) return failure(outcome.problem, emailMessages, options);
  return { ok: true, value: outcome.value as Email };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return check(input).problem === undefined;
}

/** Display form: the normalised address, with the domain as typed (Unicode stays Unicode). */
export function format(input: string): string {
  return normalize(input);
}

/**
 * The address with its domain in ASCII (Punycode) form, e.g. "info@gießen.de" → "info@xn--gieen-nqa.de":
 * for sending through mail systems without SMTPUTF8 and for comparing addresses. Input that is not a valid
 * address comes back normalised. Never throws.
 */
export function toAscii(input: string): string {
  const outcome = check(input);
  return outcome.problem === undefined ? outcome.ascii : normalize(input);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<EmailIssueCode> = {}): z.ZodType<Email, string> {
  return schemaFromValidator(validate, options);
}

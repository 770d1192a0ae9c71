/**
 * EPC QR code payload ("GiroCode"), EPC069-12 "Quick Response Code: Guidelines to Enable Data Capture for the
 * Initiation of a SEPA Credit Transfer", version 002, character set 1 (UTF-8).
 *
 * Twelve elements, one per line, separated by LF, in this order: service tag `BCD`, version `002`, character set
 * `1`, identification `SCT`, BIC (optional in 002), beneficiary name (≤ 70), IBAN, amount (`EUR` + decimal),
 * purpose code (4), structured remittance (ISO 11649 RF reference, ≤ 35) XOR unstructured remittance (≤ 140),
 * beneficiary-to-originator information (≤ 70). Trailing empty optional elements are omitted and there is no
 * line break after the last element. Lengths count characters (Unicode code points); the whole payload must not
 * exceed 331 bytes in UTF-8, the capacity of QR version 13 at error-correction level M.
 *
 * Bugs of other implementations this module avoids on purpose (see the package README): float amounts
 * (`EUR45.730000000000004`), locale formatting (`EUR55,66`), amounts without `EUR`, lengths counted in UTF-16
 * units instead of bytes, no byte limit, line breaks inside a field that shift every following field, trailing
 * empty lines. Every violation throws `PaymentError` `invalid_epc_payload` naming the field; nothing is stripped
 * or shortened silently.
 */
import { bic as bicValidator, iban as ibanValidator } from "@digitale-kommune/validators";
import { PaymentError } from "../core/errors.js";
import { centsToDecimalString } from "../money/format.js";
import { isValidCreditorReference, normalizeCreditorReference } from "./creditor-reference.js";

export type EpcRemittance = { unstructured: string } | { creditorReference: string };

export interface EpcQrInput {
  /** Beneficiary name (AT-21), ≤ 70 characters. */
  name: string;
  /** Beneficiary IBAN (AT-20) of a SEPA country; spaces allowed, written compact. */
  iban: string;
  /** BIC (AT-23), 8 or 11 characters; optional in version 002. */
  bic?: string;
  /** Amount in euro cents, 1 … 99 999 999 999 (0.01 – 999 999 999.99 €); absent lets the payer enter it. */
  amount?: number;
  /** ISO 20022 purpose code (AT-44), 4 upper-case letters, e.g. `GOVT`. */
  purposeCode?: string;
  /** Remittance (AT-05): an RF creditor reference or free text, never both. */
  remittance?: EpcRemittance;
  /** Beneficiary-to-originator information, shown to the payer only, ≤ 70 characters. */
  information?: string;
}

/** The parsed form of a payload: its input plus the version it declared. */
export interface EpcQrData extends EpcQrInput {
  version: "001" | "002";
}

export const EPC_MAX_PAYLOAD_BYTES = 331;
export const EPC_MIN_AMOUNT_CENTS = 1;
export const EPC_MAX_AMOUNT_CENTS = 99_999_999_999;
const MAX_NAME = 70;
const MAX_STRUCTURED = 35;
const MAX_UNSTRUCTURED = 140;
const MAX_INFORMATION = 70;
/** Longest text parse looks at: 331 bytes are at most 331 UTF-16 units. */
const MAX_PARSE_INPUT = 4 * EPC_MAX_PAYLOAD_BYTES;

function invalid(field: string, message: string, details: Record<string, unknown> = {}): PaymentError {
  return new PaymentError("invalid_epc_payload", `EPC QR code, ${field}: ${message}`, { field, details });
}

/** Length in characters (code points): `[...text].length`, without building an array. */
export function characterLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Characters a SEPA credit transfer carries unchanged: the EPC basic Latin set (EPC217-08) plus the German
 * umlauts and ß, which German banks accept. Name and remittance travel with the transfer, so they are held to it.
 */
function isSepaCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  return " /-?:().,'+ÄÖÜäöüß".includes(character);
}

/** The first character that may not appear in a field of a line-based payload, if any. */
function firstForbiddenControl(text: string): string | undefined {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    // C0 and C1 controls (CR and LF among them), DEL, Unicode line/paragraph separators, and lone surrogates.
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return character;
    if (code >= 0xd800 && code <= 0xdfff) return character;
  }
  return undefined;
}

function describeCharacter(character: string): string {
  const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `U+${code}`;
}

function checkText(
  field: string,
  value: unknown,
  maxCharacters: number,
  charset: "sepa" | "printable",
  required: boolean,
): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string") throw invalid(field, "must be text.");
  const control = firstForbiddenControl(value);
  if (control !== undefined) {
    throw invalid(field, `contains a line break or control character (${describeCharacter(control)}); not allowed.`);
  }
  if (value.trim() === "") {
    if (required) throw invalid(field, "must not be empty.");
    throw invalid(field, "must not be empty; leave it out instead.");
  }
  const length = characterLength(value);
  if (length > maxCharacters) {
    throw invalid(field, `has ${length} characters; at most ${maxCharacters}.`, { length, max: maxCharacters });
  }
  if (charset === "sepa") {
    for (const character of value) {
      if (!isSepaCharacter(character)) {
        throw invalid(
          field,
          `contains ${describeCharacter(character)}, which a SEPA transfer does not carry (allowed: A-Z a-z 0-9 ÄÖÜäöüß and / - ? : ( ) . , ' + space).`,
        );
      }
    }
  }
  return value;
}

function checkIban(value: unknown): string {
  if (typeof value !== "string") throw invalid("iban", "must be text.");
  if (firstForbiddenControl(value) !== undefined) throw invalid("iban", "contains a line break or control character.");
  const result = ibanValidator.validate(value, { locale: "en" });
  if (!result.ok) {
    throw invalid("iban", "is not a valid IBAN of a SEPA country.", { issue: result.issues[0]?.code });
  }
  return result.value;
}

function checkBic(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid("bic", "must be text.");
  if (firstForbiddenControl(value) !== undefined) throw invalid("bic", "contains a line break or control character.");
  const result = bicValidator.validate(value, { locale: "en" });
  if (!result.ok) throw invalid("bic", "is not a valid BIC (8 or 11 characters).", { issue: result.issues[0]?.code });
  return result.value;
}

/** `EUR` + the exact decimal of integer cents: 4573 → `EUR45.73`; no float arithmetic, no thousands separator. */
function formatAmount(value: unknown): string {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw invalid("amount", "must be an integer number of euro cents.");
  }
  if (value < EPC_MIN_AMOUNT_CENTS || value > EPC_MAX_AMOUNT_CENTS) {
    throw invalid("amount", "must be between 0.01 and 999999999.99 euros (1 to 99999999999 cents).", {
      min: EPC_MIN_AMOUNT_CENTS,
      max: EPC_MAX_AMOUNT_CENTS,
    });
  }
  return `EUR${centsToDecimalString(value)}`;
}

function checkPurposeCode(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^[A-Z]{4}$/.test(value)) {
    throw invalid("purposeCode", "must be an ISO 20022 purpose code of 4 upper-case letters, e.g. GOVT.");
  }
  return value;
}

function remittanceLines(value: unknown): { structured: string; unstructured: string } {
  if (value === undefined) return { structured: "", unstructured: "" };
  if (value === null || typeof value !== "object") throw invalid("remittance", "must be an object.");
  const hasStructured = "creditorReference" in value;
  const hasUnstructured = "unstructured" in value;
  if (hasStructured && hasUnstructured) {
    throw invalid("remittance", "give either a creditor reference or unstructured text, never both.");
  }
  if (hasStructured) {
    const reference = (value as { creditorReference: unknown }).creditorReference;
    const text = checkText("remittance.creditorReference", reference, MAX_STRUCTURED * 2, "printable", true) ?? "";
    if (!isValidCreditorReference(text)) {
      throw invalid("remittance.creditorReference", "is not a valid ISO 11649 creditor reference (RF…).");
    }
    return { structured: normalizeCreditorReference(text), unstructured: "" };
  }
  if (hasUnstructured) {
    const text = (value as { unstructured: unknown }).unstructured;
    return {
      structured: "",
      unstructured: checkText("remittance.unstructured", text, MAX_UNSTRUCTURED, "sepa", true) ?? "",
    };
  }
  throw invalid("remittance", "give either { creditorReference } or { unstructured }.");
}

/**
 * Builds the text of an EPC QR code (version 002, UTF-8) from the transfer's data. Throws `PaymentError`
 * `invalid_epc_payload` with the field named when anything breaks the specification.
 */
export function buildEpcQrPayload(input: EpcQrInput): string {
  if (input === null || typeof input !== "object") throw invalid("input", "must be an object.");
  const name = checkText("name", input.name, MAX_NAME, "sepa", true) ?? "";
  const iban = checkIban(input.iban);
  const bic = checkBic(input.bic) ?? "";
  const amount = input.amount === undefined ? "" : formatAmount(input.amount);
  const purposeCode = checkPurposeCode(input.purposeCode) ?? "";
  const { structured, unstructured } = remittanceLines(input.remittance);
  const information = checkText("information", input.information, MAX_INFORMATION, "printable", false) ?? "";

  const lines = ["BCD", "002", "1", "SCT", bic, name, iban, amount, purposeCode, structured, unstructured, information];
  // Trailing empty optional elements (8 to 12) are left out, so the payload ends with the last element given.
  while (lines.length > 7 && lines[lines.length - 1] === "") lines.pop();
  const payload = lines.join("\n");
  const bytes = utf8ByteLength(payload);
  if (bytes > EPC_MAX_PAYLOAD_BYTES) {
    throw invalid("payload", `is ${bytes} bytes in UTF-8; at most ${EPC_MAX_PAYLOAD_BYTES}.`, {
      bytes,
      max: EPC_MAX_PAYLOAD_BYTES,
    });
  }
  return payload;
}

/** Exact cents from `EUR` + decimal (≤ 2 decimals, ≤ 12 characters); no float arithmetic. */
function parseAmount(line: string): number {
  const match = /^EUR(\d{1,9})(?:\.(\d{1,2}))?$/.exec(line);
  if (!match || line.length > 15)
    throw invalid("amount", "must be EUR followed by a decimal with a dot, e.g. EUR12.50.");
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (cents < EPC_MIN_AMOUNT_CENTS) throw invalid("amount", "must be at least 0.01 euros.");
  return cents;
}

/**
 * Reads an EPC QR payload (LF or CR LF separated) back into its fields, with the same rules as
 * `buildEpcQrPayload`; for tests and tooling. Version 001 (BIC mandatory) and 002 are read; character set 1
 * (UTF-8) only.
 */
export function parseEpcQrPayload(text: string): EpcQrData {
  if (typeof text !== "string" || text.length > MAX_PARSE_INPUT) {
    throw invalid("payload", `must be text of at most ${EPC_MAX_PAYLOAD_BYTES} bytes.`);
  }
  const bytes = utf8ByteLength(text);
  if (bytes > EPC_MAX_PAYLOAD_BYTES) throw invalid("payload", `is ${bytes} bytes; at most ${EPC_MAX_PAYLOAD_BYTES}.`);
  const separator = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(separator);
  if (lines.length < 7 || lines.length > 12) throw invalid("payload", "must have 7 to 12 lines.");
  if (lines[lines.length - 1] === "") throw invalid("payload", "must not end with a line break or an empty element.");
  const [
    serviceTag,
    version,
    characterSet,
    identification,
    bic,
    name,
    iban,
    amount,
    purpose,
    structured,
    unstructured,
    information,
  ] = lines;
  if (serviceTag !== "BCD") throw invalid("serviceTag", "must be BCD.");
  if (version !== "001" && version !== "002") throw invalid("version", "must be 001 or 002.");
  if (characterSet !== "1") throw invalid("characterSet", "only 1 (UTF-8) is supported.");
  if (identification !== "SCT") throw invalid("identification", "must be SCT.");
  if (version === "001" && !bic) throw invalid("bic", "is mandatory in version 001.");
  if (structured && unstructured) {
    throw invalid("remittance", "has both a creditor reference and unstructured text.");
  }
  const data: EpcQrData = { version, name: name ?? "", iban: iban ?? "" };
  if (bic) data.bic = bic;
  if (amount) data.amount = parseAmount(amount);
  if (purpose) data.purposeCode = purpose;
  if (structured) data.remittance = { creditorReference: structured };
  else if (unstructured) data.remittance = { unstructured };
  if (information) data.information = information;
  // The electronic forms only: a payload with "DE89 3704 …" is not what a bank app expects.
  if (data.iban !== ibanValidator.normalize(data.iban)) throw invalid("iban", "must be written without spaces.");
  if (data.bic !== undefined && data.bic !== bicValidator.normalize(data.bic)) {
    throw invalid("bic", "must be written without spaces, in upper case.");
  }
  if (structured && structured !== normalizeCreditorReference(structured)) {
    throw invalid("remittance.creditorReference", "must be written without spaces, in upper case.");
  }
  // Every other field rule (control characters included, e.g. a stray CR) is the builder's.
  const { version: _version, ...input } = data;
  buildEpcQrPayload(input);
  return data;
}

/**
 * CAMT.053 (ISO 20022 "BankToCustomerStatement", the daily account statement German banks deliver per EBICS or
 * download) → credits and debits with exact cents, for matching transfers to Kassenzeichen.
 *
 * Read: camt.053.001.02 (DK format since 2013) up to camt.053.001.13 (the entry structure this module reads is
 * the same in all of them; .02 and .08 are tested). Parsed with fast-xml-parser; hardened:
 * - input bounded (default 20 MB) before parsing; must be UTF-8;
 * - a DOCTYPE is rejected outright, so no entity is ever defined, expanded or fetched (no "billion laughs", no
 *   external entities); the parser's own entity processing is off and only the five predefined XML entities and
 *   numeric character references are decoded here; any other entity reference rejects the document;
 * - the XML must be well-formed, with one root element `Document` in a camt.053 namespace.
 *
 * Personal data is left out on purpose: debtor and creditor names, their IBANs and addresses (RltdPties) are not
 * read. What remains (amounts, dates, references, remittance text) is what matching needs.
 */
import { XMLParser } from "fast-xml-parser";
import { PaymentError } from "../core/errors.js";

export const DEFAULT_MAX_STATEMENT_BYTES = 20 * 1024 * 1024;

export type EntryStatus = "BOOK" | "PDNG" | "INFO" | "FUTR";
const ENTRY_STATUSES: readonly EntryStatus[] = ["BOOK", "PDNG", "INFO", "FUTR"];

/** One credit or debit as matching needs it: a batch booking yields one of these per transaction. */
export interface BankStatementEntry {
  /** Stable id for de-duplication: the entry's reference (NtryRef, else AcctSvcrRef, else position), `#n` per batch item. */
  entryReference: string;
  /** Id of the statement it came from (Stmt/Id). */
  statementId: string;
  /** Integer cents, exact from the decimal text. */
  amount: number;
  currency: string;
  creditDebit: "CRDT" | "DBIT";
  status: EntryStatus;
  /** `YYYY-MM-DD`; null only for entries that are not booked. */
  bookingDate: string | null;
  valueDate: string | null;
  remittance: {
    /** Unstructured remittance lines (Ustrd), in order, as the bank split them. */
    unstructured: string[];
    /** Structured creditor reference (Strd/CdtrRefInf/Ref), e.g. an ISO 11649 RF reference. */
    creditorReference: string | null;
  };
  /** End-to-end id the payer's bank passed on; null when absent or `NOTPROVIDED`. */
  endToEndId: string | null;
  /** Bank's reference of the transaction (TxDtls/Refs/AcctSvcrRef), when given. */
  accountServicerReference: string | null;
}

export interface BankStatement {
  id: string;
  /** The statement's account (the city's own), electronic IBAN form; null when the bank gives another id. */
  accountIban: string | null;
  createdAt: string | null;
  entries: BankStatementEntry[];
}

export interface BankStatementDocument {
  /** Namespace version, e.g. `camt.053.001.08`. */
  format: string;
  messageId: string;
  statements: BankStatement[];
}

export interface ParseCamt053Options {
  /** Upper bound of the input in bytes (default 20 MB). */
  maxBytes?: number;
}

type XmlNode = Record<string, unknown>;

function bad(message: string, field?: string, details: Record<string, unknown> = {}): PaymentError {
  return new PaymentError("invalid_bank_statement", `Bank statement: ${message}`, {
    ...(field === undefined ? {} : { field }),
    details,
  });
}

const CAMT053_NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(0[2-9]|1[0-3])$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Prefixes are stripped by hand (transformTagName) so that xmlns attributes stay readable.
  removeNSPrefix: false,
  transformTagName: (name) => name.slice(name.indexOf(":") + 1),
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  maxNestedTags: 64,
  // No callback here reads paths; building them costs about a quarter of the parse time.
  jPath: false,
});

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isNode(value: unknown): value is XmlNode {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function child(node: unknown, name: string): unknown {
  if (!isNode(node)) return undefined;
  const value = node[name];
  return Array.isArray(value) ? value[0] : value;
}

function path(node: unknown, ...names: string[]): unknown {
  let current = node;
  for (const name of names) current = child(current, name);
  return current;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes predefined entities and character references; any other entity reference is an error. */
function decodeText(raw: string, field: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s]{0,12});/g, (whole, name: string) => {
    if (name in PREDEFINED) return PREDEFINED[name] as string;
    const decimal = /^#([0-9]{1,7})$/.exec(name);
    const hex = /^#x([0-9a-fA-F]{1,6})$/i.exec(name);
    const code = decimal ? Number(decimal[1]) : hex ? Number.parseInt(hex[1] as string, 16) : Number.NaN;
    if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
      return String.fromCodePoint(code);
    }
    throw bad(`undefined entity reference ${whole.slice(0, 16)} in ${field}.`, field);
  });
}

/** Text of an element (with or without attributes), decoded; undefined when absent. */
function text(node: unknown, field: string): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === "string") return decodeText(node, field);
  if (isNode(node) && typeof node["#text"] === "string") return decodeText(node["#text"], field);
  if (isNode(node)) return "";
  return undefined;
}

function requiredText(node: unknown, field: string): string {
  const value = text(node, field);
  if (value === undefined || value === "") throw bad(`${field} is missing.`, field);
  return value;
}

/** Exact integer cents from an ISO 20022 decimal amount ("1234.5", "0.01"); no float arithmetic. */
export function decimalToCents(value: string, field: string): number {
  const match = /^(\d{1,13})(?:\.(\d{1,5}))?$/.exec(value);
  if (!match) throw bad(`${field} is not a decimal amount.`, field);
  const fraction = (match[2] ?? "").padEnd(2, "0");
  if (/[1-9]/.test(fraction.slice(2))) throw bad(`${field} has fractions of a cent.`, field);
  const cents = Number(match[1]) * 100 + Number(fraction.slice(0, 2));
  if (!Number.isSafeInteger(cents)) throw bad(`${field} is too large.`, field);
  return cents;
}

/** `YYYY-MM-DD` from a Dt or DtTm element. */
function dateOf(node: unknown, field: string): string | null {
  const value = text(child(node, "Dt"), `${field}.Dt`) ?? text(child(node, "DtTm"), `${field}.DtTm`);
  if (value === undefined || value === "") return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (!match) throw bad(`${field} is not a date.`, field);
  return match[1] as string;
}

function amountOf(node: unknown, field: string): { amount: number; currency: string } | undefined {
  if (node === undefined) return undefined;
  const amount = decimalToCents(requiredText(node, field), field);
  const currency = isNode(node) && typeof node["@Ccy"] === "string" ? node["@Ccy"] : "";
  if (!/^[A-Z]{3}$/.test(currency)) throw bad(`${field} has no currency (Ccy).`, field);
  return { amount, currency };
}

function creditDebitOf(node: unknown, field: string): "CRDT" | "DBIT" {
  const value = requiredText(node, field);
  if (value !== "CRDT" && value !== "DBIT") throw bad(`${field} must be CRDT or DBIT.`, field);
  return value;
}

function statusOf(entry: unknown, field: string): EntryStatus {
  const status = child(entry, "Sts");
  // .02: <Sts>BOOK</Sts>; from .05 on: <Sts><Cd>BOOK</Cd></Sts>
  const value = isNode(status) && "Cd" in status ? text(child(status, "Cd"), field) : text(status, field);
  if (!value || !ENTRY_STATUSES.includes(value as EntryStatus)) throw bad(`${field} is missing or unknown.`, field);
  return value as EntryStatus;
}

function remittanceOf(transaction: unknown, field: string): BankStatementEntry["remittance"] {
  const information = child(transaction, "RmtInf");
  const unstructured = asArray(isNode(information) ? information.Ustrd : undefined)
    .map((line, index) => text(line, `${field}.RmtInf.Ustrd[${index}]`) ?? "")
    .filter((line) => line !== "");
  let creditorReference: string | null = null;
  for (const structured of asArray(isNode(information) ? information.Strd : undefined)) {
    const reference = text(path(structured, "CdtrRefInf", "Ref"), `${field}.RmtInf.Strd.CdtrRefInf.Ref`);
    if (reference) {
      creditorReference = reference;
      break;
    }
  }
  return { unstructured, creditorReference };
}

function optionalText(node: unknown, field: string): string | null {
  const value = text(node, field);
  return value === undefined || value === "" ? null : value;
}

function entriesOf(entryNode: unknown, statementId: string, position: string, field: string): BankStatementEntry[] {
  const total = amountOf(child(entryNode, "Amt"), `${field}.Amt`);
  if (!total) throw bad(`${field}.Amt is missing.`, `${field}.Amt`);
  const creditDebit = creditDebitOf(child(entryNode, "CdtDbtInd"), `${field}.CdtDbtInd`);
  const status = statusOf(entryNode, `${field}.Sts`);
  const bookingDate = dateOf(child(entryNode, "BookgDt"), `${field}.BookgDt`);
  if (status === "BOOK" && bookingDate === null) throw bad(`${field}.BookgDt is missing.`, `${field}.BookgDt`);
  const valueDate = dateOf(child(entryNode, "ValDt"), `${field}.ValDt`);
  const reference =
    optionalText(child(entryNode, "NtryRef"), `${field}.NtryRef`) ??
    optionalText(child(entryNode, "AcctSvcrRef"), `${field}.AcctSvcrRef`) ??
    `${statementId}:${position}`;
  const transactions = asArray(isNode(entryNode) ? entryNode.NtryDtls : undefined).flatMap((details) =>
    asArray(isNode(details) ? details.TxDtls : undefined),
  );
  const base = { statementId, currency: total.currency, status, bookingDate, valueDate };
  if (transactions.length === 0) {
    return [
      {
        ...base,
        entryReference: reference,
        amount: total.amount,
        creditDebit,
        remittance: { unstructured: [], creditorReference: null },
        endToEndId: null,
        accountServicerReference: null,
      },
    ];
  }
  const batched = transactions.length > 1;
  let sum = 0;
  const entries = transactions.map((transaction, index) => {
    const transactionField = `${field}.NtryDtls.TxDtls[${index}]`;
    // .08: TxDtls/Amt; .02: TxDtls/AmtDtls/TxAmt/Amt; a single transaction may give only the entry's amount.
    const own =
      amountOf(child(transaction, "Amt"), `${transactionField}.Amt`) ??
      amountOf(path(transaction, "AmtDtls", "TxAmt", "Amt"), `${transactionField}.AmtDtls.TxAmt.Amt`);
    if (batched && !own) throw bad(`${transactionField} has no amount.`, `${transactionField}.Amt`);
    const amount = own ?? total;
    if (amount.currency !== total.currency) {
      throw bad(`${transactionField} is in another currency than its entry.`, `${transactionField}.Amt`);
    }
    sum += amount.amount;
    const ownIndicator = child(transaction, "CdtDbtInd");
    const endToEndId = optionalText(path(transaction, "Refs", "EndToEndId"), `${transactionField}.Refs.EndToEndId`);
    return {
      ...base,
      entryReference: batched ? `${reference}#${index + 1}` : reference,
      amount: amount.amount,
      creditDebit:
        ownIndicator === undefined ? creditDebit : creditDebitOf(ownIndicator, `${transactionField}.CdtDbtInd`),
      remittance: remittanceOf(transaction, transactionField),
      endToEndId: endToEndId === "NOTPROVIDED" ? null : endToEndId,
      accountServicerReference: optionalText(
        path(transaction, "Refs", "AcctSvcrRef"),
        `${transactionField}.Refs.AcctSvcrRef`,
      ),
    } satisfies BankStatementEntry;
  });
  // A batch whose parts do not add up to the booked amount cannot be trusted for matching.
  if (batched && entries.every((entry) => entry.creditDebit === creditDebit) && sum !== total.amount) {
    throw bad(`${field}: the transactions do not add up to the entry's amount.`, `${field}.Amt`, {
      entryAmount: total.amount,
      transactionsSum: sum,
    });
  }
  return entries;
}

function byteLength(input: string | Uint8Array): number {
  return typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
}

function decodeInput(input: string | Uint8Array): string {
  if (typeof input === "string") return input.startsWith("\uFEFF") ? input.slice(1) : input;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(input);
  } catch (cause) {
    throw new PaymentError("invalid_bank_statement", "Bank statement: the file is not valid UTF-8.", { cause });
  }
}

/** The root element's name and attributes, with exactly one root required. */
function rootOf(tree: unknown): XmlNode {
  if (!isNode(tree)) throw bad("the file is not an XML document.");
  const roots = Object.keys(tree).filter((key) => !key.startsWith("?"));
  if (roots.length !== 1 || roots[0] !== "Document" || Array.isArray(tree.Document)) {
    throw bad("the root element must be one Document (ISO 20022).", "Document");
  }
  if (!isNode(tree.Document)) throw bad("the Document element is empty.", "Document");
  return tree.Document;
}

function formatOf(document: XmlNode): string {
  for (const [key, value] of Object.entries(document)) {
    if ((key === "@xmlns" || key.startsWith("@xmlns:")) && typeof value === "string" && CAMT053_NAMESPACE.test(value)) {
      return value.slice(value.lastIndexOf(":") + 1);
    }
  }
  throw bad(
    "the Document is not in a camt.053 namespace (urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx).",
    "Document",
  );
}

/**
 * Parses a CAMT.053 account statement. Throws `PaymentError` `invalid_bank_statement` naming what is missing or
 * wrong (never personal data) for anything that is not a well-formed camt.053 document.
 */
export function parseCamt053(input: string | Uint8Array, options: ParseCamt053Options = {}): BankStatementDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_STATEMENT_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new PaymentError("configuration_error", "maxBytes must be a positive integer.", { field: "maxBytes" });
  }
  if (typeof input !== "string" && !(input instanceof Uint8Array)) throw bad("the input must be text or bytes.");
  const size = byteLength(input);
  if (size > maxBytes)
    throw bad(`the file has ${size} bytes; at most ${maxBytes}.`, undefined, { bytes: size, maxBytes });
  const xml = decodeInput(input);
  const declaration = /^\s*<\?xml[^>]{0,200}\?>/.exec(xml);
  const encoding = declaration ? /encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(declaration[0]) : null;
  if (encoding && !/^utf-?8$/i.test(encoding[1] as string)) {
    throw bad(`the file declares encoding ${encoding[1]}; only UTF-8 is read.`);
  }
  // No DTD at all: camt.053 never has one, and it is the door to entity expansion and external entities.
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) throw bad("a DOCTYPE or ENTITY declaration is not allowed.");
  // Without a DTD only the predefined entities and character references exist; anything else is not XML.
  const strayReference = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/.exec(xml);
  if (strayReference) {
    throw bad("the file contains an undefined entity reference or a bare '&'.", undefined, {
      offset: strayReference.index,
    });
  }
  let tree: unknown;
  try {
    tree = parser.parse(xml, true);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.slice(0, 200) : "unknown";
    throw new PaymentError("invalid_bank_statement", `Bank statement: the XML is not well-formed (${reason}).`, {
      cause,
    });
  }
  const document = rootOf(tree);
  const format = formatOf(document);
  const message = child(document, "BkToCstmrStmt");
  if (!isNode(message)) throw bad("BkToCstmrStmt is missing.", "Document.BkToCstmrStmt");
  const messageId = requiredText(path(message, "GrpHdr", "MsgId"), "BkToCstmrStmt.GrpHdr.MsgId");
  const statementNodes = asArray(message.Stmt);
  if (statementNodes.length === 0) throw bad("no Stmt (statement) in BkToCstmrStmt.", "BkToCstmrStmt.Stmt");
  const statements = statementNodes.map((statementNode, statementIndex): BankStatement => {
    const field = `Stmt[${statementIndex}]`;
    const id = requiredText(child(statementNode, "Id"), `${field}.Id`);
    const accountIban = optionalText(path(statementNode, "Acct", "Id", "IBAN"), `${field}.Acct.Id.IBAN`);
    const createdAt = optionalText(child(statementNode, "CreDtTm"), `${field}.CreDtTm`);
    const entries = asArray(isNode(statementNode) ? statementNode.Ntry : undefined).flatMap((entryNode, entryIndex) =>
      entriesOf(entryNode, id, String(entryIndex + 1), `${field}.Ntry[${entryIndex}]`),
    );
    return { id, accountIban, createdAt, entries };
  });
  return { format, messageId, statements };
}

/** All entries of all statements of a document, in order. */
export function statementEntries(document: BankStatementDocument): BankStatementEntry[] {
  return document.statements.flatMap((statement) => statement.entries);
}

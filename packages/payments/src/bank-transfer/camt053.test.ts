// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentError } from "../core/errors.js";
import { type BankStatementEntry, decimalToCents, parseCamt053, statementEntries } from "./camt053.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const camt02 = fixture("camt053-001-02.xml");
const camt08 = fixture("camt053-001-08.xml");

function rejection(input: string | Uint8Array, options = {}): PaymentError {
  try {
    parseCamt053(input, options);
  } catch (error) {
    if (isPaymentError(error, "invalid_bank_statement")) return error;
    throw error;
  }
  throw new Error("expected invalid_bank_statement");
}

/** A minimal camt.053.001.08 document around the given entries. */
function document(entries: string, namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="${namespace}"><BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr><Stmt><Id>S1</Id>${entries}</Stmt></BkToCstmrStmt></Document>`;
}

const bookedCredit = (inner = "<Ustrd>510025123456782</Ustrd>", amount = "28.50") =>
  `<Ntry><NtryRef>R1</NtryRef><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2025-06-17</Dt></BookgDt><NtryDtls><TxDtls><RmtInf>${inner}</RmtInf></TxDtls></NtryDtls></Ntry>`;

describe("parseCamt053 with camt.053.001.02 (DK)", () => {
  const parsed = parseCamt053(camt02);
  const entries = statementEntries(parsed);

  it("reads the message and statement headers", () => {
    expect(parsed.format).toBe("camt.053.001.02");
    expect(parsed.messageId).toBe("052D2025061700000001");
    expect(parsed.statements).toHaveLength(1);
    expect(parsed.statements[0]).toMatchObject({
      id: "0352C5320250617000001",
      accountIban: "DE89370400440532013000",
      createdAt: "2025-06-17T06:12:44.0+02:00",
    });
  });

  it("reads a single credit with exact cents, dates and remittance", () => {
    expect(entries[0]).toEqual({
      entryReference: "2025061600001",
      statementId: "0352C5320250617000001",
      amount: 2850,
      currency: "EUR",
      creditDebit: "CRDT",
      status: "BOOK",
      bookingDate: "2025-06-16",
      valueDate: "2025-06-16",
      remittance: { unstructured: ["Kassenzeichen 5100 2512 3456 782 Bewohnerparken"], creditorReference: null },
      endToEndId: null,
      accountServicerReference: "STZV2025061600001",
    } satisfies BankStatementEntry);
  });

  it("splits a batch booking into one credit per transaction", () => {
    const batch = entries.filter((entry) => entry.entryReference.startsWith("2025061600002"));
    expect(batch.map((entry) => [entry.entryReference, entry.amount])).toEqual([
      ["2025061600002#1", 1000],
      ["2025061600002#2", 1500],
      ["2025061600002#3", 500],
    ]);
    expect(batch[0]?.remittance.unstructured).toEqual(["Hundesteuer KZ 51002587", "6543216 Bello"]);
    expect(batch[0]?.endToEndId).toBe("E2E-HUNDESTEUER-77");
    // Predefined entities and character references are decoded.
    expect(batch[1]?.remittance.unstructured).toEqual(["kz 510025-000000-018 Meldebescheinigung M&M ä"]);
    expect(batch.every((entry) => entry.creditDebit === "CRDT" && entry.bookingDate === "2025-06-16")).toBe(true);
  });

  it("keeps debits and pending entries (the matcher sorts them out)", () => {
    const debit = entries.find((entry) => entry.entryReference === "2025061600003");
    expect(debit).toMatchObject({ creditDebit: "DBIT", amount: 8450, status: "BOOK" });
    expect(debit?.remittance).toEqual({ unstructured: [], creditorReference: null });
    const pending = entries.find((entry) => entry.entryReference === "2025061600004");
    expect(pending).toMatchObject({ status: "PDNG", bookingDate: null, valueDate: "2025-06-17", amount: 1200 });
  });

  it("reads the structured creditor reference", () => {
    const structured = entries.find((entry) => entry.entryReference === "2025061600005");
    expect(structured?.remittance).toEqual({ unstructured: [], creditorReference: "RF91510025555500008" });
    expect(structured?.amount).toBe(700);
  });

  it("keeps no personal data of the payers", () => {
    const text = JSON.stringify(parsed);
    for (const personal of ["Mustermann", "Erika", "DE02120300000000202051", "DE12500105170648489890"]) {
      expect(text).not.toContain(personal);
    }
    expect(entries).toHaveLength(7);
  });
});

describe("parseCamt053 with camt.053.001.08", () => {
  const parsed = parseCamt053(camt08);

  it("reads several statements and the newer status and amount elements", () => {
    expect(parsed.format).toBe("camt.053.001.08");
    expect(parsed.statements.map((statement) => [statement.id, statement.entries.length])).toEqual([
      ["STMT-20250617-A", 2],
      ["STMT-20250617-B", 2],
    ]);
    const [first, second] = parsed.statements[0]?.entries ?? [];
    expect(first).toMatchObject({
      entryReference: "A-0001",
      amount: 2800,
      status: "BOOK",
      bookingDate: "2025-06-17",
      endToEndId: "E2E-0001",
      accountServicerReference: "BANKREF-A-0001-1",
    });
    expect(second?.remittance.unstructured).toEqual(["KZ 510025876543216 UND 510025000000018"]);
    const [large, info] = parsed.statements[1]?.entries ?? [];
    expect(large).toMatchObject({ entryReference: "B-0001", amount: 123456789, statementId: "STMT-20250617-B" });
    expect(info).toMatchObject({ status: "INFO", amount: 1, bookingDate: null });
  });

  it("keeps no debtor name, address or IBAN", () => {
    const text = JSON.stringify(parsed);
    for (const personal of ["Mustermann", "Heidestrasse", "51147", "DE02120300000000202051"]) {
      expect(text).not.toContain(personal);
    }
  });

  it("reads a document whose elements carry a namespace prefix", () => {
    const prefixed = camt08
      .replace(/<(\/?)([A-Za-z]+)([\s>])/g, "<$1ns2:$2$3")
      .replace('xmlns="urn:iso', 'xmlns:ns2="urn:iso');
    expect(prefixed).toContain("<ns2:Ntry>");
    expect(parseCamt053(prefixed)).toEqual(parsed);
  });

  it("reads bytes, with or without a BOM", () => {
    const bytes = new TextEncoder().encode(camt08);
    expect(parseCamt053(bytes)).toEqual(parsed);
    expect(parseCamt053(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual(parsed);
    expect(parseCamt053(`\uFEFF${camt08}`)).toEqual(parsed);
  });
});

describe("decimalToCents", () => {
  it("converts exactly, without floats", () => {
    expect(decimalToCents("0.01", "Amt")).toBe(1);
    expect(decimalToCents("45.73", "Amt")).toBe(4573);
    expect(decimalToCents("45.7", "Amt")).toBe(4570);
    expect(decimalToCents("45", "Amt")).toBe(4500);
    expect(decimalToCents("1.10000", "Amt")).toBe(110);
    expect(decimalToCents("9999999999999.99", "Amt")).toBe(999999999999999);
  });

  it("rejects what is not an ISO 20022 decimal of whole cents", () => {
    for (const value of ["12,50", "-1.00", "1.005", "1e3", " 1.00", "", "1.", ".5", "0x10"]) {
      expect(() => decimalToCents(value, "Amt")).toThrow(expect.objectContaining({ code: "invalid_bank_statement" }));
    }
  });
});

describe("parseCamt053 rejects what it cannot trust", () => {
  it("rejects malformed XML", () => {
    const error = rejection(camt02.replace("</Stmt>", ""));
    expect(error.message).toMatch(/not well-formed/);
    expect(rejection("<Document><BkToCstmrStmt>").message).toMatch(/not well-formed|camt\.053/);
    expect(rejection("").code).toBe("invalid_bank_statement");
    expect(rejection("just text").code).toBe("invalid_bank_statement");
  });

  it("rejects documents that are not camt.053, naming what is missing", () => {
    expect(rejection(document("", "urn:iso:std:iso:20022:tech:xsd:camt.052.001.08")).field).toBe("Document");
    expect(rejection(document("", "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09")).field).toBe("Document");
    expect(rejection(document("").replace(/ xmlns="[^"]*"/, "")).field).toBe("Document");
    expect(rejection('<Statement xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"/>').field).toBe("Document");
    expect(rejection(`${document("")}<Document/>`).field).toBe("Document");
    expect(
      rejection('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><Other/></Document>').field,
    ).toBe("Document.BkToCstmrStmt");
    expect(rejection(document("").replace("<MsgId>M1</MsgId>", "")).field).toBe("BkToCstmrStmt.GrpHdr.MsgId");
    expect(rejection(document("").replace(/<Stmt>.*<\/Stmt>/, "")).field).toBe("BkToCstmrStmt.Stmt");
    expect(rejection(document("").replace("<Id>S1</Id>", "")).field).toBe("Stmt[0].Id");
  });

  it("rejects entries without the facts matching needs", () => {
    const entry = bookedCredit();
    expect(rejection(document(entry.replace("<CdtDbtInd>CRDT</CdtDbtInd>", ""))).field).toBe(
      "Stmt[0].Ntry[0].CdtDbtInd",
    );
    expect(rejection(document(entry.replace("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>CR</CdtDbtInd>"))).field).toBe(
      "Stmt[0].Ntry[0].CdtDbtInd",
    );
    expect(rejection(document(entry.replace('<Amt Ccy="EUR">28.50</Amt>', ""))).field).toBe("Stmt[0].Ntry[0].Amt");
    expect(rejection(document(entry.replace(' Ccy="EUR"', ""))).field).toBe("Stmt[0].Ntry[0].Amt");
    expect(rejection(document(bookedCredit(undefined, "28,50"))).field).toBe("Stmt[0].Ntry[0].Amt");
    expect(rejection(document(entry.replace("<Cd>BOOK</Cd>", "<Cd>DONE</Cd>"))).field).toBe("Stmt[0].Ntry[0].Sts");
    expect(rejection(document(entry.replace(/<BookgDt>.*<\/BookgDt>/, ""))).field).toBe("Stmt[0].Ntry[0].BookgDt");
    expect(rejection(document(entry.replace("2025-06-17", "17.06.2025"))).field).toBe("Stmt[0].Ntry[0].BookgDt");
  });

  it("rejects a batch whose transactions do not add up to the entry", () => {
    const batch = `<Ntry><NtryRef>R9</NtryRef><Amt Ccy="EUR">30.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2025-06-17</Dt></BookgDt><NtryDtls><TxDtls><Amt Ccy="EUR">10.00</Amt></TxDtls><TxDtls><Amt Ccy="EUR">10.00</Amt></TxDtls></NtryDtls></Ntry>`;
    expect(rejection(document(batch)).details).toMatchObject({ entryAmount: 3000, transactionsSum: 2000 });
    expect(
      rejection(document(batch.replace('<TxDtls><Amt Ccy="EUR">10.00</Amt></TxDtls>', "<TxDtls/>"))).field,
    ).toMatch(/TxDtls\[0\]\.Amt$/);
  });

  it("rejects input above the size bound before parsing", () => {
    const huge = document(bookedCredit().repeat(1)).replace("<Stmt>", `<Stmt>${" ".repeat(20 * 1024 * 1024)}`);
    const error = rejection(huge);
    expect(error.message).toMatch(/at most 20971520/);
    expect(rejection(camt08, { maxBytes: 1000 }).details).toMatchObject({ maxBytes: 1000 });
    expect(rejection(new Uint8Array(1001), { maxBytes: 1000 }).details).toMatchObject({ bytes: 1001 });
  });

  it("rejects bytes that are not UTF-8 and other declared encodings", () => {
    const latin1 = new TextEncoder().encode(document(bookedCredit("<Ustrd>Gebuehr X</Ustrd>")));
    latin1[latin1.indexOf(0x58)] = 0xfc; // a lone ISO-8859-1 "ü" byte
    expect(rejection(latin1).message).toMatch(/UTF-8/);
    expect(rejection(document("").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')).message).toMatch(/ISO-8859-1/);
  });

  it("never expands entities: billion laughs, external entities and undefined references are rejected", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>${document(bookedCredit("<Ustrd>&lol2;</Ustrd>")).replace(/^<\?xml[^>]*\?>/, "")}`;
    expect(rejection(laughs).message).toMatch(/DOCTYPE/);
    const external = `<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${document(bookedCredit("<Ustrd>&xxe;</Ustrd>")).replace(/^<\?xml[^>]*\?>/, "")}`;
    expect(rejection(external).message).toMatch(/DOCTYPE/);
    expect(rejection(external.replace("<!DOCTYPE", "<!doctype")).message).toMatch(/DOCTYPE/);
    const parameter = `<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1/evil.dtd"> %remote;]>${document("")}`;
    expect(rejection(parameter).message).toMatch(/DOCTYPE/);
    expect(rejection(document(bookedCredit("<Ustrd>&xxe;</Ustrd>"))).message).toMatch(/undefined entity/);
    expect(rejection(document(bookedCredit("<Ustrd>Tom & Jerry</Ustrd>"))).message).toMatch(/bare '&'/);
  });

  it("decodes only predefined entities and character references, and refuses invalid code points", () => {
    const parsed = parseCamt053(
      document(bookedCredit("<Ustrd>&lt;KZ&gt; &quot;1&quot; &apos;2&apos; &#x1F642;</Ustrd>")),
    );
    expect(statementEntries(parsed)[0]?.remittance.unstructured).toEqual(["<KZ> \"1\" '2' 🙂"]);
    expect(rejection(document(bookedCredit("<Ustrd>&#0;</Ustrd>"))).message).toMatch(/entity/);
    expect(rejection(document(bookedCredit("<Ustrd>&#xD800;</Ustrd>"))).message).toMatch(/entity/);
  });

  it("rejects input that is neither text nor bytes", () => {
    expect(rejection(42 as unknown as string).code).toBe("invalid_bank_statement");
  });
});

// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentError } from "../core/errors.js";
import { createCreditorReference, isValidCreditorReference } from "./creditor-reference.js";
import {
  buildEpcQrPayload,
  characterLength,
  type EpcQrInput,
  parseEpcQrPayload,
  utf8ByteLength,
} from "./epc-payload.js";

const IBAN = "DE89370400440532013000";
const BIC = "COBADEFFXXX";

function rejection(input: unknown): PaymentError {
  try {
    buildEpcQrPayload(input as EpcQrInput);
  } catch (error) {
    if (isPaymentError(error, "invalid_epc_payload")) return error;
    throw error;
  }
  throw new Error("expected invalid_epc_payload");
}

function parseRejection(text: string): PaymentError {
  try {
    parseEpcQrPayload(text);
  } catch (error) {
    if (isPaymentError(error, "invalid_epc_payload")) return error;
    throw error;
  }
  throw new Error("expected invalid_epc_payload");
}

describe("buildEpcQrPayload field by field", () => {
  it("writes all twelve elements in order with LF and no trailing line break", () => {
    const payload = buildEpcQrPayload({
      name: "Stadtkasse Giessen",
      iban: "DE89 3704 0044 0532 0130 00",
      bic: "cobadeffxxx",
      amount: 2850,
      purposeCode: "GOVT",
      remittance: { unstructured: "510025482139074" },
      information: "Bewohnerparkausweis",
    });
    expect(payload.split("\n")).toEqual([
      "BCD",
      "002",
      "1",
      "SCT",
      "COBADEFFXXX",
      "Stadtkasse Giessen",
      "DE89370400440532013000",
      "EUR28.50",
      "GOVT",
      "",
      "510025482139074",
      "Bewohnerparkausweis",
    ]);
    expect(payload.endsWith("\n")).toBe(false);
    expect(payload).not.toContain("\r");
  });

  it("leaves the BIC line empty when no BIC is given (version 002)", () => {
    const lines = buildEpcQrPayload({ name: "Stadtkasse", iban: IBAN, amount: 100 }).split("\n");
    expect(lines).toEqual(["BCD", "002", "1", "SCT", "", "Stadtkasse", IBAN, "EUR1.00"]);
  });

  it("leaves the amount line empty when no amount is given, keeping later fields in place", () => {
    const lines = buildEpcQrPayload({ name: "Stadtkasse", iban: IBAN, remittance: { unstructured: "KZ 1" } }).split(
      "\n",
    );
    expect(lines).toEqual(["BCD", "002", "1", "SCT", "", "Stadtkasse", IBAN, "", "", "", "KZ 1"]);
  });

  it("writes an RF creditor reference in the structured line (10) and omits the rest", () => {
    const lines = buildEpcQrPayload({
      name: "Stadtkasse",
      iban: IBAN,
      bic: BIC,
      amount: 4573,
      remittance: { creditorReference: "rf18 5390 0754 7034" },
    }).split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[7]).toBe("EUR45.73");
    expect(lines[8]).toBe("");
    expect(lines[9]).toBe("RF18539007547034");
  });

  it("writes only the seven mandatory lines for name and IBAN alone", () => {
    expect(buildEpcQrPayload({ name: "Stadtkasse", iban: IBAN })).toBe(`BCD\n002\n1\nSCT\n\nStadtkasse\n${IBAN}`);
  });

  it("formats integer cents exactly: no float artefacts, no thousands separator, always two decimals", () => {
    const cases: [number, string][] = [
      [4573, "EUR45.73"],
      [1, "EUR0.01"],
      [10, "EUR0.10"],
      [100, "EUR1.00"],
      [1999, "EUR19.99"],
      [123456789, "EUR1234567.89"],
      [100000000, "EUR1000000.00"],
      [99999999999, "EUR999999999.99"],
    ];
    for (const [cents, expected] of cases) {
      expect(buildEpcQrPayload({ name: "Stadtkasse", iban: IBAN, amount: cents }).split("\n")[7]).toBe(expected);
    }
  });

  it("rejects amounts outside 0.01 - 999999999.99 euros and non-integer cents", () => {
    for (const amount of [0, -1, 45.73, 0.1 + 0.2, 100000000000, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(rejection({ name: "Stadtkasse", iban: IBAN, amount }).field).toBe("amount");
    }
    expect(rejection({ name: "Stadtkasse", iban: IBAN, amount: "12.50" }).field).toBe("amount");
  });

  it("counts characters, not UTF-16 units, for length limits", () => {
    const seventyUmlauts = "Ä".repeat(70);
    expect(() => buildEpcQrPayload({ name: seventyUmlauts, iban: IBAN })).not.toThrow();
    expect(rejection({ name: `${seventyUmlauts}Ä`, iban: IBAN }).field).toBe("name");
    // An emoji is two UTF-16 units but one character (and four bytes).
    expect(characterLength("🙂")).toBe(1);
    expect(() => buildEpcQrPayload({ name: "Stadtkasse", iban: IBAN, information: "🙂".repeat(70) })).toThrow(/331/);
    expect(() => buildEpcQrPayload({ name: "Stadtkasse", iban: IBAN, information: "🙂".repeat(40) })).not.toThrow();
  });

  it("counts umlauts as two bytes towards the 331-byte limit", () => {
    const payload = buildEpcQrPayload({ name: "Stadtkasse Gießen", iban: IBAN });
    expect(characterLength(payload)).toBe(payload.length);
    expect(utf8ByteLength(payload)).toBe(payload.length + 1);
  });

  describe("331 bytes in UTF-8", () => {
    const base: EpcQrInput = {
      name: `Stadtkasse Musterstadt ${"X".repeat(47)}`,
      iban: IBAN,
      bic: BIC,
      amount: 99999999999,
      purposeCode: "GOVT",
      remittance: { unstructured: "K".repeat(140) },
    };
    // 3+3+1+3+11+70+22+15+4+0+140 characters and 11 line breaks: 283 bytes before the information line.
    it("accepts exactly 331 bytes (ASCII) and rejects 332", () => {
      const exact = buildEpcQrPayload({ ...base, information: "i".repeat(48) });
      expect(utf8ByteLength(exact)).toBe(331);
      const error = rejection({ ...base, information: "i".repeat(49) });
      expect(error.field).toBe("payload");
      expect(error.details).toMatchObject({ bytes: 332, max: 331 });
    });

    it("accepts exactly 331 bytes with umlauts and rejects 332, though far below the character limit", () => {
      expect(utf8ByteLength(buildEpcQrPayload({ ...base, information: "ü".repeat(24) }))).toBe(331);
      expect(rejection({ ...base, information: `${"ü".repeat(24)}i` }).details).toMatchObject({ bytes: 332 });
    });
  });

  it("rejects a line break or control character in any field instead of stripping it", () => {
    const cases: [Partial<EpcQrInput>, string][] = [
      [{ name: "Stadtkasse\nDE02120300000000202051" }, "name"],
      [{ name: "Stadtkasse\r" }, "name"],
      [{ iban: `${IBAN}\n` }, "iban"],
      [{ bic: `${BIC}\n` }, "bic"],
      [{ remittance: { unstructured: "5100\nEUR1.00" } }, "remittance.unstructured"],
      [{ remittance: { unstructured: "5100\r\n1" } }, "remittance.unstructured"],
      [{ remittance: { creditorReference: "RF18539007547034\n" } }, "remittance.creditorReference"],
      [{ information: "Danke\nRF18539007547034" }, "information"],
      [{ information: "Danke\u2028" }, "information"],
      [{ information: "Tab\tTab" }, "information"],
      [{ information: "\u0085" }, "information"],
    ];
    for (const [override, field] of cases) {
      const error = rejection({ name: "Stadtkasse", iban: IBAN, ...override });
      expect(error.field, JSON.stringify(override)).toBe(field);
      expect(error.message).toMatch(/line break or control character/);
    }
  });

  it("enforces the field lengths", () => {
    expect(() => buildEpcQrPayload({ name: "N".repeat(70), iban: IBAN })).not.toThrow();
    expect(rejection({ name: "N".repeat(71), iban: IBAN }).field).toBe("name");
    expect(rejection({ name: "N", iban: IBAN, remittance: { unstructured: "U".repeat(141) } }).field).toBe(
      "remittance.unstructured",
    );
    expect(rejection({ name: "N", iban: IBAN, information: "I".repeat(71) }).field).toBe("information");
  });

  it("validates name, IBAN, BIC, purpose code and the remittance choice", () => {
    const cases: [unknown, string][] = [
      [{ name: "", iban: IBAN }, "name"],
      [{ name: "  ", iban: IBAN }, "name"],
      [{ iban: IBAN }, "name"],
      [{ name: "Stadtkasse & Co", iban: IBAN }, "name"],
      [{ name: "Stadtkasse €", iban: IBAN }, "name"],
      [{ name: "Stadtkasse", iban: "DE89370400440532013001" }, "iban"],
      [{ name: "Stadtkasse", iban: "TR330006100519786457841326" }, "iban"],
      [{ name: "Stadtkasse", iban: IBAN, bic: "COBADEFFX" }, "bic"],
      [{ name: "Stadtkasse", iban: IBAN, bic: "COBA" }, "bic"],
      [{ name: "Stadtkasse", iban: IBAN, purposeCode: "govt" }, "purposeCode"],
      [{ name: "Stadtkasse", iban: IBAN, purposeCode: "GOV" }, "purposeCode"],
      [
        { name: "Stadtkasse", iban: IBAN, remittance: { creditorReference: "RF19539007547034" } },
        "remittance.creditorReference",
      ],
      [
        { name: "Stadtkasse", iban: IBAN, remittance: { creditorReference: "510025482139074" } },
        "remittance.creditorReference",
      ],
      [{ name: "Stadtkasse", iban: IBAN, remittance: { unstructured: "" } }, "remittance.unstructured"],
      [{ name: "Stadtkasse", iban: IBAN, remittance: { unstructured: "Gebühr 5 €" } }, "remittance.unstructured"],
      [
        { name: "Stadtkasse", iban: IBAN, remittance: { unstructured: "KZ", creditorReference: "RF18539007547034" } },
        "remittance",
      ],
      [{ name: "Stadtkasse", iban: IBAN, remittance: {} }, "remittance"],
      [{ name: "Stadtkasse", iban: IBAN, information: "" }, "information"],
    ];
    for (const [input, field] of cases) expect(rejection(input).field, JSON.stringify(input)).toBe(field);
  });

  it("allows German umlauts and ß in name and remittance", () => {
    const payload = buildEpcQrPayload({
      name: "Stadtkasse Gießen",
      iban: IBAN,
      remittance: { unstructured: "Gebühr Bewohnerparkausweis 510025482139074" },
    });
    expect(payload).toContain("Gebühr");
  });
});

describe("ISO 11649 creditor reference", () => {
  it("creates and checks RF references", () => {
    expect(createCreditorReference("539007547034")).toBe("RF18539007547034");
    expect(isValidCreditorReference("RF18 5390 0754 7034")).toBe(true);
    expect(isValidCreditorReference("RF18539007547035")).toBe(false);
    expect(isValidCreditorReference(createCreditorReference("510025482139074"))).toBe(true);
    expect(isValidCreditorReference(`RF00${"1".repeat(5)}`)).toBe(false);
    expect(isValidCreditorReference(createCreditorReference("A".repeat(21)))).toBe(true);
    expect(() => createCreditorReference("A".repeat(22))).toThrow();
    expect(() => createCreditorReference("ab-1")).toThrow();
  });
});

describe("parseEpcQrPayload", () => {
  const inputs: EpcQrInput[] = [
    { name: "Stadtkasse", iban: IBAN },
    {
      name: "Stadtkasse Gießen",
      iban: IBAN,
      bic: BIC,
      amount: 4573,
      purposeCode: "GOVT",
      remittance: { unstructured: "510025482139074" },
      information: "Danke 🙂",
    },
    { name: "Stadtkasse", iban: IBAN, amount: 1, remittance: { creditorReference: "RF18539007547034" } },
    { name: "Stadtkasse", iban: IBAN, information: "Nur ein Hinweis" },
  ];

  it("round-trips every payload the builder writes", () => {
    for (const input of inputs) {
      const payload = buildEpcQrPayload(input);
      const parsed = parseEpcQrPayload(payload);
      expect(parsed).toEqual({ version: "002", ...input });
      const { version: _version, ...again } = parsed;
      expect(buildEpcQrPayload(again)).toBe(payload);
    }
  });

  it("reads CR LF separators", () => {
    const payload = buildEpcQrPayload(inputs[1] as EpcQrInput);
    expect(parseEpcQrPayload(payload.replaceAll("\n", "\r\n"))).toEqual(parseEpcQrPayload(payload));
  });

  it("reads version 001 with a BIC and amounts with fewer decimals", () => {
    const parsed = parseEpcQrPayload(`BCD\n001\n1\nSCT\n${BIC}\nStadtkasse\n${IBAN}\nEUR12.5`);
    expect(parsed).toMatchObject({ version: "001", bic: BIC, amount: 1250 });
    expect(parseEpcQrPayload(`BCD\n002\n1\nSCT\n\nStadtkasse\n${IBAN}\nEUR12`).amount).toBe(1200);
  });

  it("rejects payloads that break the rules, naming the element", () => {
    const good = `BCD\n002\n1\nSCT\n\nStadtkasse\n${IBAN}`;
    const cases: [string, string][] = [
      [`${good}\n`, "payload"],
      [`${good}\nEUR1.00\n\n\n\n`, "payload"],
      [good.replace("BCD", "BCE"), "serviceTag"],
      [good.replace("002", "003"), "version"],
      [good.replace("\n1\n", "\n2\n"), "characterSet"],
      [good.replace("SCT", "INST"), "identification"],
      [good.replace("002", "001"), "bic"],
      [`${good}\nEUR12,50`, "amount"],
      [`${good}\n12.50`, "amount"],
      [`${good}\nEUR1.000`, "amount"],
      [`${good}\nEUR0.00`, "amount"],
      [`${good}\nEUR45.730000000000004`, "amount"],
      [`${good}\n\n\nRF18539007547034\nKZ`, "remittance"],
      [good.replace(IBAN, "DE89 3704 0044 0532 0130 00"), "iban"],
      [good.replace("Stadtkasse", "Stadt\rkasse"), "name"],
      ["BCD\n002\n1\nSCT", "payload"],
      [`${good}\n${"x\n".repeat(10)}x`, "payload"],
    ];
    for (const [text, field] of cases) expect(parseRejection(text).field, JSON.stringify(text)).toBe(field);
  });
});

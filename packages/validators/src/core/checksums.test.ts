import { describe, expect, it } from "vitest";
import { crossSum, icaoCheckDigit, mod11_10CheckDigit, mod97, mod97CheckDigits } from "./checksums.js";

describe("mod97 (ISO 7064 MOD 97-10)", () => {
  it("gives 1 for a valid IBAN rearranged (BBAN + country + check)", () => {
    // DE89 3704 0044 0532 0130 00, the common documentation example.
    expect(mod97("370400440532013000DE89")).toBe(1);
    expect(mod97("370400440532013000DE88")).not.toBe(1);
  });

  it("computes the check digits that make the remainder 1", () => {
    expect(mod97CheckDigits("370400440532013000DE00")).toBe("89");
  });

  it("handles inputs far longer than a safe integer", () => {
    expect(mod97("9".repeat(1000))).toBe(Number(BigInt("9".repeat(1000)) % 97n));
  });
});

describe("mod11_10CheckDigit (ISO 7064 MOD 11,10)", () => {
  it("matches the USt-IdNr example DE136695976", () => {
    expect(mod11_10CheckDigit("13669597")).toBe(6);
  });
});

describe("icaoCheckDigit (ICAO 9303, weights 7-3-1)", () => {
  it("matches the ICAO example document number L898902C3 with check digit 6", () => {
    expect(icaoCheckDigit("L898902C3")).toBe(6);
  });

  it("counts the filler < as zero", () => {
    expect(icaoCheckDigit("AB<<")).toBe(icaoCheckDigit("AB00"));
  });
});

describe("crossSum", () => {
  it("adds the decimal digits", () => {
    expect(crossSum(0)).toBe(0);
    expect(crossSum(18)).toBe(9);
    expect(crossSum(987)).toBe(24);
  });
});

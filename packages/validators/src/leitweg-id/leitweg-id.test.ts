import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { leitwegId, leitwegIdSchema } from "./index.js";

describe("leitwegId.normalize and format", () => {
  it("trim and upper-case ASCII letters; the hyphens stay", () => {
    expect(leitwegId.normalize(" 09274154-nfh-05 ")).toBe("09274154-NFH-05");
    expect(leitwegId.format("09274154-nfh-05")).toBe("09274154-NFH-05");
  });

  it("never fold a dotless i or other non-ASCII letters", () => {
    expect(leitwegId.normalize("09176111-adelschlag-11")).toBe("09176111-ADELSCHLAG-11");
    expect(leitwegId.normalize("09176111-ADELSCHLAG-\u0131")).toBe("09176111-ADELSCHLAG-\u0131");
    expect(leitwegId.validate("09176111-adelschlag-11").ok).toBe(true);
    expect(leitwegId.validate("09176111-ADELSCHLAG-1\u0131")).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_characters" }],
    });
  });
});

describe("leitwegId.validate", () => {
  it("accepts the Bund's Kennzahl 99 and every Land code 01-16", () => {
    expect(leitwegId.isValid("991-03730-19")).toBe(true);
    for (let land = 1; land <= 16; land++) {
      const grob = String(land).padStart(2, "0");
      const check = String(98 - (Number(`${grob}00`) % 97)).padStart(2, "0");
      expect(leitwegId.validate(`${grob}-${check}`)).toEqual({ ok: true, value: `${grob}-${check}` });
    }
  });

  it("counts letters of the Feinadressierung as two digits (A=10 ... Z=35)", () => {
    // 09274154-NFH-05: N=23, F=15, H=17, so the number checked is 09274154 231517 05.
    expect(BigInt("0927415423151705") % 97n).toBe(1n);
    expect(leitwegId.isValid("09274154-NFH-05")).toBe(true);
  });

  it("checks the length before the structure and the Kennzahl before the check digits", () => {
    expect(leitwegId.validate("55-5")).toMatchObject({ ok: false, issues: [{ code: "too_short" }] });
    expect(leitwegId.validate("55-55-21")).toMatchObject({ ok: false, issues: [{ code: "unknown_code" }] });
  });

  it("rejects a 10,000-character input as too long", () => {
    expect(leitwegId.validate(`99${"1".repeat(9_995)}-19`)).toMatchObject({
      ok: false,
      issues: [{ code: "too_long" }],
    });
  });

  it("explains the expected form in German and English", () => {
    expect(leitwegId.validate("9910373019")).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("„991-03730-19“") }],
    });
    expect(leitwegId.validate("9910373019", { locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^The Leitweg-ID does not have the expected form/) }],
    });
  });
});

describe("leitwegIdSchema", () => {
  it("outputs the normalised value and reports issues with the field path", () => {
    const invoice = z.object({ buyerReference: leitwegIdSchema });
    expect(invoice.parse({ buyerReference: "09274154-nfh-05" })).toEqual({ buyerReference: "09274154-NFH-05" });
    const result = invoice.safeParse({ buyerReference: "992-90009-97" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["buyerReference"], code: "invalid_checksum", message: leitwegId.messages.de.invalid_checksum },
      ]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError, postleitzahl, postleitzahlSchema } from "../index.js";

describe("postleitzahl.validate", () => {
  it.each([
    ["35390", "35390"], // Gießen
    ["36037", "36037"], // Fulda
    ["01067", "01067"], // Dresden: a leading zero is part of the code
    ["99998", "99998"],
    ["  63065\t", "63065"], // surrounding ASCII whitespace is trimmed
  ])("accepts %j as %j", (input, expected) => {
    expect(postleitzahl.validate(input)).toEqual({ ok: true, value: expected });
    expect(postleitzahl.isValid(input)).toBe(true);
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["3539", "too_short"],
    ["353901", "too_long"],
    ["3539O", "invalid_characters"], // letter O instead of zero
    ["35 390", "invalid_characters"], // inner space is not a separator of this kind
    ["３５３９０", "invalid_characters"], // fullwidth digits are not folded
    ["٣٥٣٩٠", "invalid_characters"], // Arabic-Indic digits
    ["\u00a035390", "invalid_characters"], // no-break space is not trimmed
    ["00123", "unknown_code"],
    ["05123", "unknown_code"],
    ["43123", "unknown_code"],
    ["62123", "unknown_code"],
  ])("rejects %j with code %s", (input, code) => {
    const result = postleitzahl.validate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual([code]);
    expect(postleitzahl.isValid(input)).toBe(false);
  });

  it("rejects a 10,000-character input as too long", () => {
    const result = postleitzahl.validate("1".repeat(10_000));
    expect(result).toMatchObject({ ok: false, issues: [{ code: "too_long" }] });
  });

  it("names the field in German by default and in English on request", () => {
    const german = postleitzahl.validate("123");
    const english = postleitzahl.validate("123", { locale: "en" });
    expect(german).toMatchObject({
      ok: false,
      issues: [{ path: [], message: expect.stringMatching(/^Die Postleitzahl/) }],
    });
    expect(english).toMatchObject({
      ok: false,
      issues: [{ path: [], message: expect.stringMatching(/^The postcode/) }],
    });
  });

  it("lets the app override one message and set the path", () => {
    const result = postleitzahl.validate("", {
      messages: { empty: "PLZ fehlt." },
      path: ["anschrift", "plz"],
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ["anschrift", "plz"], code: "empty", message: "PLZ fehlt." }],
    });
  });
});

describe("postleitzahl.normalize and format", () => {
  it("only trims; the display form is the five digits", () => {
    expect(postleitzahl.normalize(" 35578 ")).toBe("35578");
    expect(postleitzahl.format("35578\n")).toBe("35578");
  });
});

describe("postleitzahlSchema", () => {
  const form = z.object({ plz: postleitzahlSchema });

  it("outputs the normalised value inside an object", () => {
    expect(form.parse({ plz: " 65549 " })).toEqual({ plz: "65549" });
  });

  it("reports the same code and message as validate, with the field path", () => {
    const result = form.safeParse({ plz: "4312" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["plz"], code: "too_short", message: postleitzahl.messages.de.too_short },
      ]);
    }
  });

  it("speaks English when built with locale en", () => {
    const result = postleitzahl.schema({ locale: "en" }).safeParse("43123");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe(postleitzahl.messages.en.unknown_code);
  });

  it("keeps zod's own code for a wrong type", () => {
    const result = form.safeParse({ plz: 35390 });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(issuesFromZodError(result.error)[0]).toMatchObject({ path: ["plz"], code: "invalid_type" });
  });
});

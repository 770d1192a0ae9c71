import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { bankAccount, personName, postalAddress } from "./index.js";

const issueList = (result: { ok: boolean; issues?: { path: (string | number)[]; code: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => [issue.path.join("."), issue.code]);

describe("postalAddress", () => {
  const valid = { street: "Berliner Platz", houseNumber: "1", postleitzahl: "35390", place: "Gießen" };

  it("accepts an address and normalises its parts", () => {
    expect(
      postalAddress.validate({
        street: " Berliner Platz ",
        houseNumber: "1 a",
        postleitzahl: "35390 ",
        place: "Gießen",
      }),
    ).toEqual({
      ok: true,
      value: { street: "Berliner Platz", houseNumber: "1a", postleitzahl: "35390", place: "Gießen" },
    });
  });

  it("reports every field's issue at once, each on its field, with messages that name the field", () => {
    const result = postalAddress.validate({
      street: "",
      houseNumber: "x",
      postleitzahl: "4312",
      place: "Gie\u00dfen😀",
    });
    expect(issueList(result)).toEqual([
      ["street", "empty"],
      ["houseNumber", "invalid_format"],
      ["postleitzahl", "too_short"],
      ["place", "invalid_characters"],
    ]);
    const messages = result.ok ? [] : result.issues.map((issue) => issue.message);
    expect(messages[0]).toBe("Bitte geben Sie die Straße ein.");
    expect(messages[3]).toBe("Das Zeichen „😀“ ist im Ortsnamen nicht erlaubt.");
  });

  it("keeps NFC and rejects characters DIN 91379 type B does not allow", () => {
    expect(postalAddress.validate({ ...valid, street: "Mu\u0308hlenweg" })).toMatchObject({
      ok: true,
      value: { street: "Mühlenweg" },
    });
    expect(issueList(postalAddress.validate({ ...valid, street: "Ул. Ленина" }))).toEqual([
      ["street", "invalid_characters"],
    ]);
  });

  it("allows a missing house number only when asked", () => {
    const amMarkt = { street: "Am Markt", postleitzahl: "35578", place: "Wetzlar" };
    expect(issueList(postalAddress.validate(amMarkt))).toEqual([["houseNumber", "empty"]]);
    expect(postalAddress.validate(amMarkt, { houseNumberOptional: true })).toEqual({ ok: true, value: amMarkt });
  });

  it("speaks English, prefixes the caller's path and takes per-field overrides", () => {
    const result = postalAddress.validate(
      { ...valid, street: "", place: "" },
      { locale: "en", path: ["applicant", "address"], messages: { place: { empty: "Where do you live?" } } },
    );
    expect(result.ok ? [] : result.issues).toEqual([
      { path: ["applicant", "address", "street"], code: "empty", message: "Enter the street." },
      { path: ["applicant", "address", "place"], code: "empty", message: "Where do you live?" },
    ]);
  });

  it("works as a zod schema inside a form, with the same issues", () => {
    const form = z.object({ anschrift: postalAddress.schema() });
    expect(form.parse({ anschrift: valid })).toEqual({ anschrift: valid });
    const parsed = form.safeParse({ anschrift: { ...valid, postleitzahl: "62123" } });
    expect(
      parsed.success ? [] : issuesFromZodError(parsed.error).map((issue) => [issue.path.join("."), issue.code]),
    ).toEqual([["anschrift.postleitzahl", "unknown_code"]]);
    const wrongType = form.safeParse({ anschrift: { ...valid, place: 42 } });
    expect(wrongType.success ? [] : issuesFromZodError(wrongType.error)[0]?.code).toBe("invalid_type");
  });
});

describe("personName", () => {
  it("accepts given names and family name, the birth name only when given", () => {
    expect(personName.validate({ givenNames: "Anna Maria", familyName: "Nguyễn" })).toEqual({
      ok: true,
      value: { givenNames: "Anna Maria", familyName: "Nguyễn" },
    });
    expect(
      personName.validate({ givenNames: "Ørsted", familyName: "Müller-Lüdenscheidt", birthName: "Schmidt" }),
    ).toMatchObject({
      ok: true,
      value: { birthName: "Schmidt" },
    });
  });

  it("reports all parts at once and rejects digits in names (type A)", () => {
    expect(
      issueList(personName.validate({ givenNames: "", familyName: "Müller2" }, { birthNameRequired: true })),
    ).toEqual([
      ["givenNames", "empty"],
      ["familyName", "invalid_characters"],
      ["birthName", "empty"],
    ]);
  });

  it("names the field in the message", () => {
    const result = personName.validate({ givenNames: "Anna", familyName: "M@ier" });
    expect(result.ok ? "" : result.issues[0]?.message).toBe("Das Zeichen „@“ ist im Familiennamen nicht erlaubt.");
  });
});

describe("bankAccount", () => {
  it("accepts an IBAN with holder, the BIC optional", () => {
    expect(bankAccount.validate({ iban: "DE89 3704 0044 0532 0130 00", accountHolder: "Müller & Söhne GmbH" })).toEqual(
      {
        ok: true,
        value: { iban: "DE89370400440532013000", accountHolder: "Müller & Söhne GmbH" },
      },
    );
    expect(
      bankAccount.validate({ iban: "DE89370400440532013000", bic: "cobadeffxxx", accountHolder: "Anna Schmidt" }),
    ).toMatchObject({
      ok: true,
      value: { bic: "COBADEFFXXX" },
    });
  });

  it("reports all issues at once and can require the BIC", () => {
    expect(
      issueList(bankAccount.validate({ iban: "DE88370400440532013000", accountHolder: "" }, { bicRequired: true })),
    ).toEqual([
      ["iban", "invalid_checksum"],
      ["bic", "empty"],
      ["accountHolder", "empty"],
    ]);
  });
});

describe("composites on arbitrary input", () => {
  it("never throw and report only on their own fields", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("street", "houseNumber", "postleitzahl", "place", "other"), fc.string()),
        (input) => {
          const result = postalAddress.validate(input);
          for (const issue of result.ok ? [] : result.issues) {
            expect(["street", "houseNumber", "postleitzahl", "place"]).toContain(issue.path[0]);
          }
          personName.validate(input);
          bankAccount.validate(input);
        },
      ),
    );
  });
});

// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isPaymentError, PaymentError } from "../core/errors.js";
import { hasValidCheck, luhnCheckDigit, mod11CheckDigit, mod97CheckDigits } from "./check-digits.js";
import { createKassenzeichenGenerator, type KassenzeichenConfig } from "./kassenzeichen.js";

const fixedYear = () => new Date("2025-06-15T10:00:00Z");

function expectConfigError(config: unknown, field: string, options = {}): void {
  let caught: unknown;
  try {
    createKassenzeichenGenerator(config as KassenzeichenConfig, options);
  } catch (error) {
    caught = error;
  }
  expect(isPaymentError(caught, "configuration_error")).toBe(true);
  expect((caught as PaymentError).field).toBe(field);
}

describe("check-digit schemes", () => {
  it("computes known Luhn check digits", () => {
    // 7992739871 → 3 is the textbook example (ISO/IEC 7812).
    expect(luhnCheckDigit("7992739871")).toBe("3");
    expect(hasValidCheck("mod10-luhn", "79927398713")).toBe(true);
    expect(hasValidCheck("mod10-luhn", "79927398710")).toBe(false);
  });

  it("computes MOD 11 with weights 2..7 from the right and refuses bodies whose check would be 10", () => {
    // 4 1 2 3 with weights 5 4 3 2 → 20+4+6+6 = 36, 36 mod 11 = 3, check 8.
    expect(mod11CheckDigit("4123")).toBe("8");
    // 6 with weight 2 → 12 mod 11 = 1 → check 10: not issued.
    expect(mod11CheckDigit("6")).toBeUndefined();
    expect(mod11CheckDigit("0")).toBe("0");
  });

  it("computes MOD 97-10 like the IBAN", () => {
    // DE89 3704 0044 0532 0130 00: body BBAN + DE00 → check 89.
    expect(mod97CheckDigits("370400440532013000DE")).toBe("89");
    expect(hasValidCheck("mod97", "ABC12300")).toBe(false);
  });
});

describe("createKassenzeichenGenerator", () => {
  const luhnConfig: KassenzeichenConfig = { prefix: "5100", parts: ["year2", { random: 8 }], checkDigit: "mod10-luhn" };

  it("issues prefix + year + random digits + check digit, compact and of fixed length", () => {
    const generator = createKassenzeichenGenerator(luhnConfig, { now: fixedYear });
    expect(generator.length).toBe(15);
    for (let index = 0; index < 200; index++) {
      const value = generator.next();
      expect(value).toMatch(/^510025\d{9}$/);
      expect(generator.validate(value)).toEqual({ ok: true, value });
    }
  });

  it("uses the injected random source and the clock's year", () => {
    const generator = createKassenzeichenGenerator(
      { prefix: "51", parts: ["year4", { random: 4 }], checkDigit: "mod10-luhn" },
      { now: fixedYear, randomDigits: (count) => "1234".slice(0, count) },
    );
    const value = generator.next();
    expect(value.slice(0, 10)).toBe("5120251234");
    expect(value).toBe(`5120251234${luhnCheckDigit("5120251234")}`);
  });

  it("draws crypto random digits that spread over all ten digits", () => {
    const generator = createKassenzeichenGenerator({ parts: [{ random: 20 }], checkDigit: "mod97" });
    const counts = new Array<number>(10).fill(0);
    const seen = new Set<string>();
    for (let index = 0; index < 500; index++) {
      const value = generator.next();
      seen.add(value);
      for (const digit of value.slice(0, 20)) counts[Number(digit)] = (counts[Number(digit)] ?? 0) + 1;
    }
    expect(seen.size).toBe(500);
    // 10 000 digits: each expected 1000 times; 800 is more than 6 standard deviations away.
    for (const count of counts) expect(count).toBeGreaterThan(800);
  });

  it("takes digits from an injected sequence, zero-padded", () => {
    let counter = 41n;
    const generator = createKassenzeichenGenerator(
      { prefix: "7", parts: [{ sequence: 6 }], checkDigit: "mod97" },
      { nextSequence: () => ++counter },
    );
    expect(generator.next().slice(0, 7)).toBe("7000042");
    expect(generator.next().slice(0, 7)).toBe("7000043");
  });

  it("skips MOD 11 bodies without a check digit (draws again) instead of issuing a weak value", () => {
    let counter = 0;
    const generator = createKassenzeichenGenerator(
      { parts: [{ sequence: 3 }], checkDigit: "mod11" },
      { nextSequence: () => counter++ },
    );
    const issued = Array.from({ length: 100 }, () => generator.next());
    for (const value of issued) expect(mod11CheckDigit(value.slice(0, 3))).toBe(value.slice(3));
    // Some of 0..(n) were skipped, so the last sequence number used is beyond 99.
    expect(counter).toBeGreaterThan(100);
    expect(new Set(issued).size).toBe(100);
  });

  it("reports a sequence that outgrows its digits", () => {
    const generator = createKassenzeichenGenerator(
      { parts: [{ sequence: 2 }], checkDigit: "mod97" },
      { nextSequence: () => 100 },
    );
    expect(() => generator.next()).toThrowError(PaymentError);
  });

  it("allows letters only with MOD 97-10", () => {
    const generator = createKassenzeichenGenerator({
      prefix: "GI",
      parts: [{ literal: "HK" }, { random: 6 }],
      checkDigit: "mod97",
    });
    const value = generator.next();
    expect(value).toMatch(/^GIHK\d{8}$/);
    expect(generator.isValid(value.toLowerCase())).toBe(true);
    expectConfigError({ prefix: "GI", parts: [{ random: 6 }], checkDigit: "mod10-luhn" }, "prefix");
    expectConfigError({ parts: [{ literal: "A1" }, { random: 6 }], checkDigit: "mod11" }, "parts[0].literal");
  });

  it("rejects invalid layouts with configuration_error naming the field", () => {
    expectConfigError({ parts: [{ random: 8 }], checkDigit: "mod10" }, "checkDigit");
    expectConfigError({ prefix: "51-00", parts: [{ random: 8 }], checkDigit: "mod97" }, "prefix");
    expectConfigError({ parts: [], checkDigit: "mod97" }, "parts");
    expectConfigError({ parts: ["year2"], checkDigit: "mod97" }, "parts");
    expectConfigError({ parts: [{ random: 0 }], checkDigit: "mod97" }, "parts[0].random");
    expectConfigError({ parts: [{ random: 2.5 }], checkDigit: "mod97" }, "parts[0].random");
    expectConfigError({ parts: ["year3", { random: 4 }], checkDigit: "mod97" }, "parts[0]");
    expectConfigError({ parts: [{ sequence: 4 }], checkDigit: "mod97" }, "parts[0].sequence");
    expectConfigError({ prefix: "1234567890", parts: [{ random: 19 }], checkDigit: "mod97" }, "parts");
  });

  it("accepts exactly 30 characters and no more", () => {
    const thirty = createKassenzeichenGenerator({ prefix: "12345678", parts: [{ random: 20 }], checkDigit: "mod97" });
    expect(thirty.length).toBe(30);
    expect(thirty.next()).toHaveLength(30);
    expectConfigError({ prefix: "123456789", parts: [{ random: 20 }], checkDigit: "mod97" }, "parts");
  });
});

describe("KassenzeichenGenerator.validate", () => {
  const generator = createKassenzeichenGenerator(
    { prefix: "5100", parts: ["year2", { random: 8 }], checkDigit: "mod10-luhn" },
    { now: fixedYear },
  );
  const valid = generator.next();

  it("accepts the grouped and lower-case forms people type and returns the compact value", () => {
    const grouped = `${valid.slice(0, 4)} ${valid.slice(4, 6)}-${valid.slice(6, 10)} ${valid.slice(10)}`;
    expect(generator.validate(grouped)).toEqual({ ok: true, value: valid });
  });

  it("returns one issue with a stable code and a German or English message", () => {
    const cases: [string, string][] = [
      ["", "empty"],
      ["   ", "empty"],
      [`${valid.slice(0, 5)}A${valid.slice(6)}`, "invalid_characters"],
      [valid.slice(1), "wrong_length"],
      [`4${valid.slice(1)}`, "wrong_prefix"],
      [`${valid.slice(0, -1)}${(Number(valid.slice(-1)) + 1) % 10}`, "invalid_checksum"],
      ["9".repeat(500), "wrong_length"],
    ];
    for (const [input, code] of cases) {
      const result = generator.validate(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.code).toBe(code);
    }
    const english = generator.validate("", { locale: "en", path: ["kassenzeichen"] });
    expect(english).toEqual({
      ok: false,
      issues: [{ path: ["kassenzeichen"], code: "empty", message: "Enter the Kassenzeichen (payment reference)." }],
    });
  });

  it("checks the layout positions of literal parts", () => {
    const layout = createKassenzeichenGenerator({ parts: [{ random: 3 }, { literal: "77" }], checkDigit: "mod11" });
    const value = layout.next();
    const moved = `${value.slice(0, 3)}78${value.slice(5)}`;
    expect(layout.validate(moved)).toMatchObject({ ok: false, issues: [{ code: "invalid_format" }] });
  });
});

/** Every Kassenzeichen that differs from `value` in one digit (not in the prefix, which is checked separately). */
function singleDigitErrors(value: string, from: number): string[] {
  const variants: string[] = [];
  for (let index = from; index < value.length; index++) {
    for (let digit = 0; digit <= 9; digit++) {
      if (String(digit) !== value[index]) variants.push(value.slice(0, index) + digit + value.slice(index + 1));
    }
  }
  return variants;
}

function adjacentTranspositions(value: string, from: number): string[] {
  const variants: string[] = [];
  for (let index = from; index < value.length - 1; index++) {
    const a = value[index] as string;
    const b = value[index + 1] as string;
    if (a !== b) variants.push(value.slice(0, index) + b + a + value.slice(index + 2));
  }
  return variants;
}

describe.each([
  ["mod10-luhn", 0.97],
  ["mod11", 1],
  ["mod97", 1],
] as const)("check digit %s catches typing errors", (scheme, transpositionRate) => {
  const generator = createKassenzeichenGenerator({
    prefix: "5100",
    parts: ["year2", { random: 8 }],
    checkDigit: scheme,
  });

  it("catches every single-digit error", () => {
    for (let sample = 0; sample < 50; sample++) {
      const value = generator.next();
      for (const variant of singleDigitErrors(value, 4)) {
        expect(generator.isValid(variant), `${value} → ${variant}`).toBe(false);
      }
    }
  });

  it(`catches ${transpositionRate * 100} % or more of adjacent transpositions`, () => {
    let total = 0;
    let caught = 0;
    for (let sample = 0; sample < 300; sample++) {
      for (const variant of adjacentTranspositions(generator.next(), 4)) {
        total++;
        if (!generator.isValid(variant)) caught++;
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(caught / total).toBeGreaterThanOrEqual(transpositionRate);
  });
});

describe("Luhn's known blind spot", () => {
  it("misses 09 ↔ 90 (documented; choose mod11 or mod97 to catch every transposition)", () => {
    const body = "5100250900000";
    const value = body + luhnCheckDigit(body);
    const swapped = `${value.slice(0, 6)}90${value.slice(8)}`;
    expect(hasValidCheck("mod10-luhn", value)).toBe(true);
    expect(hasValidCheck("mod10-luhn", swapped)).toBe(true);
  });
});

describe("KassenzeichenGenerator.extract", () => {
  const generator = createKassenzeichenGenerator(
    { prefix: "5100", parts: ["year2", { random: 8 }], checkDigit: "mod97" },
    { now: fixedYear },
  );
  const first = generator.next();
  const second = generator.next();
  const spaced = (value: string) => `${value.slice(0, 4)} ${value.slice(4, 10)} ${value.slice(10)}`;

  it("finds a Kassenzeichen among other words, grouped, hyphenated or lower-case", () => {
    expect(generator.extract(`Kassenzeichen: ${first} Hundesteuer`)).toEqual([first]);
    expect(generator.extract(`KZ ${spaced(first)}`)).toEqual([first]);
    expect(generator.extract(`kz-${first.slice(0, 8)}-${first.slice(8)}`.toLowerCase())).toEqual([first]);
  });

  it("finds it across a bank's line break", () => {
    expect(generator.extract(`Gebuehr ${first.slice(0, 7)}\n${first.slice(7)} Danke`)).toEqual([first]);
  });

  it("finds two in one line, in order, without repeats", () => {
    expect(generator.extract(`${first} und ${spaced(second)}, nochmal ${first}`)).toEqual([first, second]);
  });

  it("ignores digit runs with a wrong check digit or another prefix", () => {
    const broken = `${first.slice(0, -1)}${(Number(first.slice(-1)) + 1) % 10}`;
    expect(generator.extract(`Rechnung ${broken}`)).toEqual([]);
    expect(generator.extract("IBAN DE89370400440532013000 Rechnung 2025-0001")).toEqual([]);
  });

  it("stays linear on hostile input", () => {
    expect(generator.extract("5100".repeat(100_000))).toEqual([]);
  });
});

import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillPlaceholders, type MessageParams } from "../../src/core/issues.js";
import type { ValidatorKind } from "../../src/core/kind.js";
import type { ValidateOptions } from "../../src/core/types.js";
import { issuesFromZodError } from "../../src/core/zod.js";

export interface ValidSample {
  input: string;
  /** The normalised value `validate` must return. */
  value: string;
  /** The display form `format` must return, where the kind has one beyond the compact form. */
  formatted?: string;
}

export interface InvalidSample {
  input: string;
  /** The one issue code `validate` must report. */
  code: string;
  /** Values of the message's placeholders, for messages such as „Das Zeichen „{character}“ …“. */
  params?: MessageParams;
}

export interface KindContract<Code extends string> {
  /** The kind's exported name, e.g. `"iban"`. */
  name: string;
  kind: ValidatorKind<string, Code, ValidateOptions<Code>>;
  /** The module that exports the kind (pass `new URL("./index.ts", import.meta.url)`), for the hang guard. */
  module: URL;
  valid: ValidSample[];
  invalid: InvalidSample[];
  /** Generates valid inputs; each must validate. */
  validArbitrary?: fc.Arbitrary<string>;
  /**
   * For check-digit kinds where the algorithm guarantees it: changing any single digit of a generated
   * valid value to another digit must be rejected.
   */
  singleDigitChangesRejected?: boolean;
  /** Extra inputs for the hang guard, e.g. long runs of separators that would trouble a backtracking regex. */
  adversarial?: string[];
}

const hangGuardChild = fileURLToPath(new URL("./hang-guard-child.ts", import.meta.url));
const tsxLoader = createRequire(import.meta.url).resolve("tsx");

/** Inputs of 100,000 characters and shapes that make backtracking regexes blow up. */
function hangInputs(extra: string[]): string[] {
  const long = 100_000;
  return [
    "1".repeat(long),
    "A".repeat(long),
    " ".repeat(long),
    "-".repeat(long),
    "1 ".repeat(long / 2),
    "DE".repeat(long / 2),
    `${"9".repeat(long)}!`,
    `${"a1".repeat(long / 2)}\u0000`,
    "\u0301".repeat(long),
    "𝟘".repeat(long / 2),
    ...extra,
  ];
}

/** Runs the kind in a child process and fails if it does not finish all inputs within `timeoutMs`. */
function expectNoHang(module: URL, exportName: string, inputs: string[], timeoutMs: number): void {
  const child = spawnSync(
    process.execPath,
    ["--import", tsxLoader, hangGuardChild, fileURLToPath(module), exportName],
    { input: JSON.stringify(inputs), encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 20 },
  );
  if (child.error || child.signal) {
    throw new Error(`${exportName} did not finish ${inputs.length} long inputs within ${timeoutMs} ms (hang guard)`);
  }
  expect(child.stderr).toBe("");
  expect(JSON.parse(child.stdout)).toEqual({ processed: inputs.length });
}

/** A copy of `value` with the digit at `position` replaced by another digit. */
export function withDigitChanged(value: string, position: number, shift: number): string {
  const digit = value.charCodeAt(position) - 0x30;
  const changed = (digit + 1 + (shift % 9)) % 10;
  return value.slice(0, position) + String(changed) + value.slice(position + 1);
}

/**
 * The behaviour every kind shares: samples, codes and messages in both languages, the zod schema in
 * step with `validate`, normalisation and display form, no exception and no hang on any input.
 */
export function describeKindContract<Code extends string>(contract: KindContract<Code>): void {
  const { kind, name } = contract;

  describe(`${name}: contract shared by every kind`, () => {
    it.each(contract.valid)("accepts $input", ({ input, value, formatted }) => {
      expect(kind.validate(input)).toEqual({ ok: true, value });
      expect(kind.isValid(input)).toBe(true);
      expect(kind.normalize(input)).toBe(value);
      expect(kind.schema().parse(input)).toBe(value);
      expect(kind.format(input)).toBe(formatted ?? value);
      // The display form is itself valid input and normalises back.
      expect(kind.validate(kind.format(input))).toEqual({ ok: true, value });
    });

    it.each(contract.invalid)("rejects $input with $code", ({ input, code, params = {} }) => {
      const result = kind.validate(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => issue.code)).toEqual([code]);
      expect(result.issues[0]?.message).toBe(fillPlaceholders(kind.messages.de[code as Code], params));
      expect(kind.isValid(input)).toBe(false);
      const english = kind.validate(input, { locale: "en", path: ["field"] });
      expect(english.ok ? [] : english.issues).toEqual([
        { path: ["field"], code, message: fillPlaceholders(kind.messages.en[code as Code], params) },
      ]);
      const parsed = kind.schema().safeParse(input);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(issuesFromZodError(parsed.error).map((issue) => issue.code)).toEqual([code]);
    });

    it("has a German and an English message for every code", () => {
      const germanCodes = Object.keys(kind.messages.de).sort();
      expect(Object.keys(kind.messages.en).sort()).toEqual(germanCodes);
      for (const locale of ["de", "en"] as const) {
        for (const message of Object.values<string>(kind.messages[locale])) expect(message.trim()).not.toBe("");
      }
      expect(germanCodes).toContain("empty");
    });

    it("lets the app override a message", () => {
      const empty = "empty" as Code;
      const overrides = { [empty]: "Bitte ausfüllen." } as Partial<Record<Code, string>>;
      const result = kind.validate("", { messages: overrides });
      expect(result).toEqual({ ok: false, issues: [{ path: [], code: "empty", message: "Bitte ausfüllen." }] });
    });

    it("never throws and keeps isValid equal to validate(...).ok on arbitrary strings", () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (input) => {
          const result = kind.validate(input);
          expect(kind.isValid(input)).toBe(result.ok);
          kind.normalize(input);
          kind.format(input);
          if (result.ok) expect(kind.validate(result.value)).toEqual(result);
        }),
        { numRuns: 500 },
      );
    });

    it("returns on 100,000-character and adversarial inputs (hang guard, not a timing goal)", () => {
      expectNoHang(contract.module, name, hangInputs(contract.adversarial ?? []), 30_000);
    }, 60_000);

    const validArbitrary = contract.validArbitrary;
    if (validArbitrary) {
      it("accepts generated valid values, also in their display form", () => {
        fc.assert(
          fc.property(validArbitrary, (input) => {
            expect(kind.validate(input).ok).toBe(true);
            expect(kind.isValid(kind.format(input))).toBe(true);
          }),
          { numRuns: 300 },
        );
      });

      if (contract.singleDigitChangesRejected) {
        it("rejects every single-digit change of a valid value", () => {
          fc.assert(
            fc.property(validArbitrary, fc.nat(), fc.nat(), (input, positionSeed, shift) => {
              const value = kind.normalize(input);
              const digitPositions = [...value].flatMap((character, index) =>
                character >= "0" && character <= "9" ? [index] : [],
              );
              fc.pre(digitPositions.length > 0);
              const position = digitPositions[positionSeed % digitPositions.length] ?? 0;
              expect(kind.isValid(withDigitChanged(value, position, shift))).toBe(false);
            }),
            { numRuns: 300 },
          );
        });
      }
    }
  });
}

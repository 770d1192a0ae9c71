import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { kfzKennzeichen, kfzKennzeichenSchema } from "./index.js";
import { SPECIAL_SIGNS } from "./kfz-kennzeichen.js";
import { upperGerman } from "./letters.js";
import { UNTERSCHEIDUNGSZEICHEN } from "./unterscheidungszeichen.js";

// The shared reference folder sits beside the repository root (locally and in CI); it is never copied into the repo.
const listFile = fileURLToPath(
  new URL("../../../../../shared/reference/data/kfz/unterscheidungszeichen.json", import.meta.url),
);
const generator = fileURLToPath(new URL("../../scripts/generate-kfz.mjs", import.meta.url));
const generatedModule = fileURLToPath(new URL("./unterscheidungszeichen.ts", import.meta.url));

describe("generated Unterscheidungszeichen", () => {
  it("are what the generator writes from the shared list now (without the list: 722 codes)", () => {
    if (existsSync(listFile)) {
      const run = spawnSync(process.execPath, [generator, "--stdout"], { encoding: "utf8", maxBuffer: 1 << 22 });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(readFileSync(generatedModule, "utf8"));
    } else {
      expect(UNTERSCHEIDUNGSZEICHEN).toHaveLength(722);
    }
  });

  it("are 722 distinct codes of 1-3 letters A-Z, Ä, Ö, Ü, sorted, including the special signs", () => {
    expect(UNTERSCHEIDUNGSZEICHEN).toHaveLength(722);
    expect(new Set(UNTERSCHEIDUNGSZEICHEN).size).toBe(722);
    for (const code of UNTERSCHEIDUNGSZEICHEN) expect(code).toMatch(/^[A-ZÄÖÜ]{1,3}$/);
    expect([...UNTERSCHEIDUNGSZEICHEN].sort()).toEqual(UNTERSCHEIDUNGSZEICHEN);
    for (const sign of SPECIAL_SIGNS) expect(UNTERSCHEIDUNGSZEICHEN).toContain(sign);
  });

  it("carry the source, the CC0 licence and the caveat in the header", () => {
    const header = readFileSync(generatedModule, "utf8").slice(0, 1200);
    expect(header).toContain("https://github.com/MarkTiedemann/unterscheidungszeichen");
    expect(header).toContain("CC0 1.0");
    expect(header).toContain("As of 2023, not checked against the KBA list");
  });

  it("are each accepted in a plate, except the 6 special signs", () => {
    const accepted = UNTERSCHEIDUNGSZEICHEN.filter((code) => kfzKennzeichen.isValid(`${code}-A 1`));
    expect(accepted).toHaveLength(716);
    expect(UNTERSCHEIDUNGSZEICHEN.filter((code) => !accepted.includes(code))).toEqual([...SPECIAL_SIGNS].sort());
  });
});

describe("kfzKennzeichen.validate", () => {
  it("rejects the leading zeros validator.js isLicensePlate de-DE lets through", () => {
    for (const plate of ["F-AB 0123", "F-AB 0", "F-AB 00", "F AB 0001"]) {
      expect(kfzKennzeichen.validate(plate)).toMatchObject({ ok: false, issues: [{ code: "invalid_format" }] });
    }
  });

  it("does not count a final E or H toward the 8 letters and digits", () => {
    expect(kfzKennzeichen.validate("OHV-AB 123E")).toEqual({ ok: true, value: "OHV-AB 123E" });
    expect(kfzKennzeichen.validate("OHV-AB 1234")).toMatchObject({ ok: false, issues: [{ code: "too_long" }] });
    expect(kfzKennzeichen.validate("LDK-AB 999")).toEqual({ ok: true, value: "LDK-AB 999" });
  });

  it("recognises special plates before their digits-only numbers fail the layout", () => {
    for (const sign of SPECIAL_SIGNS) {
      expect(kfzKennzeichen.validate(`${sign} 12345`)).toMatchObject({
        ok: false,
        issues: [{ code: "special_plate" }],
      });
      expect(kfzKennzeichen.validate(`${sign.toLowerCase()}-1234`)).toMatchObject({
        ok: false,
        issues: [{ code: "special_plate" }],
      });
    }
  });

  it("rejects a 10,000-character input without trouble", () => {
    expect(kfzKennzeichen.validate(`F-AB ${"1".repeat(10_000)}`)).toMatchObject({
      ok: false,
      issues: [{ code: "too_long" }],
    });
    expect(kfzKennzeichen.validate("F-".repeat(5_000))).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_format" }],
    });
  });

  it("explains the expected form in German and English", () => {
    expect(kfzKennzeichen.validate("F-AB 0123")).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("ohne führende Null") }],
    });
    expect(kfzKennzeichen.validate("F-AB 0123", { locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("without leading zero") }],
    });
  });
});

describe("kfzKennzeichen.normalize, format and unterscheidungszeichenOf", () => {
  it("write every accepted input form as F-AB 123", () => {
    for (const input of ["F-AB 123", "F AB 123", "F-AB123", "F AB123", "F-AB-123", "F AB-123", "f-ab 123"]) {
      expect(kfzKennzeichen.format(input)).toBe("F-AB 123");
    }
    expect(kfzKennzeichen.format("mü x 1 e")).toBe("MÜ-X 1E");
  });

  it("leave input without the shape of a plate trimmed and upper-cased only", () => {
    expect(kfzKennzeichen.normalize(" fab 123 ")).toBe("FAB 123");
  });

  it("give the Unterscheidungszeichen of a valid plate", () => {
    expect(kfzKennzeichen.unterscheidungszeichenOf("gi-xy 99")).toBe("GI");
    expect(kfzKennzeichen.unterscheidungszeichenOf("mü x 1")).toBe("MÜ");
    expect(kfzKennzeichen.unterscheidungszeichenOf("BW 12345")).toBeUndefined();
  });
});

describe("upperGerman", () => {
  it("upper-cases a-z and ä, ö, ü only", () => {
    expect(upperGerman("abc xyz äöü")).toBe("ABC XYZ ÄÖÜ");
    expect(upperGerman("ß ı é ÿ ａ")).toBe("ß ı é ÿ ａ");
  });
});

describe("kfzKennzeichenSchema", () => {
  it("outputs the normalised value and reports issues with the field path", () => {
    const form = z.object({ kennzeichen: kfzKennzeichenSchema });
    expect(form.parse({ kennzeichen: "f ab123" })).toEqual({ kennzeichen: "F-AB 123" });
    const result = form.safeParse({ kennzeichen: "Y-123 456" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["kennzeichen"], code: "special_plate", message: kfzKennzeichen.messages.de.special_plate },
      ]);
    }
  });
});

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  DIN_91379_LIST_VERSION,
  LETTER_SEQUENCES,
  LETTERS,
  NON_LETTERS_N1,
  NON_LETTERS_N2,
  NON_LETTERS_N3,
  NON_LETTERS_N4,
} from "./characters.js";

// The shared reference folder sits beside the repository root (locally and in CI); it is never copied into the repo.
const listFile = fileURLToPath(
  new URL("../../../../../shared/reference/data/din-91379/latin_list_1.3.txt", import.meta.url),
);
const generator = fileURLToPath(new URL("../../scripts/generate-din-91379.mjs", import.meta.url));
const generatedModule = fileURLToPath(new URL("./characters.ts", import.meta.url));

const codePoints = (text: string) => Array.from(text);

function expectCountsOfList13(): void {
  expect(DIN_91379_LIST_VERSION).toBe("1.3");
  expect(codePoints(LETTERS)).toHaveLength(500);
  expect(LETTER_SEQUENCES).toHaveLength(149);
  expect(codePoints(NON_LETTERS_N1)).toHaveLength(18);
  expect(codePoints(NON_LETTERS_N2)).toHaveLength(60);
  expect(codePoints(NON_LETTERS_N3)).toHaveLength(6);
  expect(codePoints(NON_LETTERS_N4)).toHaveLength(4);
}

describe("generated DIN 91379 characters", () => {
  it("are what the generator writes from the shared list now (without the list: have the counts of list 1.3)", () => {
    if (existsSync(listFile)) {
      const run = spawnSync(process.execPath, [generator, "--stdout"], { encoding: "utf8", maxBuffer: 1 << 22 });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(readFileSync(generatedModule, "utf8"));
    } else {
      expectCountsOfList13();
    }
  });

  it("have the counts of list 1.3: 500 letters and 149 sequences, N1 18, N2 60, N3 6, N4 4", expectCountsOfList13);

  it("carry the attribution the CC BY 4.0 licence requires", () => {
    const header = readFileSync(generatedModule, "utf8").slice(0, 1500);
    expect(header).toContain('"DIN-91379-Characters-and-Sequences"');
    expect(header).toContain("https://github.com/String-Latin/DIN-91379-Characters-and-Sequences");
    expect(header).toContain("vk-github18");
    expect(header).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(header).toContain("list version 1.3");
  });

  it("are in NFC, listed once, and the groups do not overlap", () => {
    const all = [
      ...codePoints(LETTERS + NON_LETTERS_N1 + NON_LETTERS_N2 + NON_LETTERS_N3 + NON_LETTERS_N4),
      ...LETTER_SEQUENCES,
    ];
    expect(new Set(all).size).toBe(all.length);
    for (const entry of all) expect(entry.normalize("NFC")).toBe(entry);
  });

  it("write every sequence as a listed letter followed by combining marks (K͟H and K͟h end in a letter)", () => {
    const letters = new Set(codePoints(LETTERS));
    for (const sequence of LETTER_SEQUENCES) {
      const [base, ...rest] = codePoints(sequence);
      expect(letters.has(base ?? "")).toBe(true);
      expect(rest.length).toBeGreaterThanOrEqual(1);
      const tail = rest.filter((character) => !/^\p{M}$/u.test(character));
      expect(tail.length === 0 || (tail.length === 1 && letters.has(tail[0] ?? "") && rest.at(-1) === tail[0])).toBe(
        true,
      );
    }
  });
});

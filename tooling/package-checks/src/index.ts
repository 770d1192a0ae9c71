import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { typeResolutionProblems } from "./attw-check.js";
import { packTarball } from "./pack.js";
import { publintProblems } from "./publint-check.js";
import { measureSizes, readSizeBudgets, type SizeMeasurement } from "./size-check.js";

export interface PackageChecksOptions {
  /** Absolute path of the package (the folder holding its package.json), built beforehand. */
  packageDir: string;
}

/**
 * Declares the checks every published library must pass, as tests that count in the CI summary:
 * publint (strict), arethetypeswrong, and each size-limit budget of the package.
 */
export function describePackageChecks({ packageDir }: PackageChecksOptions): void {
  const { name } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { name: string };

  describe(`${name} as published`, () => {
    let tarball: Uint8Array;
    beforeAll(() => {
      tarball = packTarball(packageDir);
    }, 120_000);

    it("passes publint in strict mode", async () => {
      expect(await publintProblems(tarball)).toEqual([]);
    });

    it("resolves its types under node10, node16 (CJS and ESM) and bundler", async () => {
      expect(await typeResolutionProblems(tarball)).toEqual([]);
    });
  });

  const budgets = readSizeBudgets(packageDir);
  if (budgets.length === 0) return;
  describe(`${name} size budgets`, () => {
    let measurements: SizeMeasurement[];
    beforeAll(() => {
      measurements = measureSizes(packageDir);
    }, 120_000);

    for (const budget of budgets) {
      it(`"${budget.name}" stays within ${budget.limit}`, () => {
        const measurement = measurements.find((entry) => entry.name === budget.name);
        expect(measurement, `size-limit reported nothing for "${budget.name}"`).toBeDefined();
        expect(measurement?.passed, `${measurement?.size} bytes measured, ${measurement?.sizeLimit} allowed`).toBe(
          true,
        );
      });
    }
  });
}

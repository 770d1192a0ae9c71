import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface SizeBudget {
  name: string;
  limit: string;
}

export interface SizeMeasurement {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit?: number;
}

/** The budgets declared in the package's `.size-limit.json` (empty when it has none). */
export function readSizeBudgets(packageDir: string): SizeBudget[] {
  const file = join(packageDir, ".size-limit.json");
  if (!existsSync(file)) return [];
  const entries = JSON.parse(readFileSync(file, "utf8")) as Array<{ name?: string; path: string; limit: string }>;
  return entries.map((entry) => ({ name: entry.name ?? entry.path, limit: entry.limit }));
}

/** Runs size-limit once for all budgets of the package and returns its measurements. */
export function measureSizes(packageDir: string): SizeMeasurement[] {
  const binary = join(packageDir, "node_modules", ".bin", "size-limit");
  const run = spawnSync(binary, ["--json"], { cwd: packageDir, encoding: "utf8" });
  const jsonStart = run.stdout.indexOf("[");
  if (jsonStart === -1) {
    throw new Error(`size-limit printed no results (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  return JSON.parse(run.stdout.slice(jsonStart)) as SizeMeasurement[];
}

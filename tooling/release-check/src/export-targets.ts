import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

type ExportsValue = string | null | ExportsValue[] | { [condition: string]: ExportsValue };

function collectTargets(value: ExportsValue, into: string[]): void {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectTargets(item, into);
  else if (value !== null) for (const item of Object.values(value)) collectTargets(item, into);
}

function targetExists(packageDir: string, target: string): boolean {
  if (!target.includes("*")) return existsSync(join(packageDir, target));
  // A subpath pattern such as ./dist/styles/*.css must match at least one published file.
  const [prefix = "", suffix = ""] = target.split("*");
  const folder = join(packageDir, dirname(`${prefix}x`));
  const start = prefix.slice(prefix.lastIndexOf("/") + 1);
  return existsSync(folder) && readdirSync(folder).some((file) => file.startsWith(start) && file.endsWith(suffix));
}

/**
 * Every file the installed package's manifest points at (exports, main, module, types) that is not
 * in the installed package: what a city's build would fail on.
 */
export function missingExportTargets(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    exports?: ExportsValue;
    main?: string;
    module?: string;
    types?: string;
  };
  const targets: string[] = [];
  if (manifest.exports !== undefined) collectTargets(manifest.exports, targets);
  for (const field of [manifest.main, manifest.module, manifest.types]) if (field) targets.push(field);
  return targets.filter((target) => !targetExists(packageDir, target));
}

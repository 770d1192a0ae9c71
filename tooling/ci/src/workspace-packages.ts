import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface WorkspacePackage {
  name: string;
  dir: string;
  scripts: Record<string, string>;
}

/** The folders that hold workspace packages, as listed in pnpm-workspace.yaml. */
const PACKAGE_PARENTS = ["packages", "apps", "tooling"];

/** Every workspace package with its scripts, in a stable order. */
export function listWorkspacePackages(root: string): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const parent of PACKAGE_PARENTS) {
    const parentDir = join(root, parent);
    if (!existsSync(parentDir)) continue;
    for (const folder of readdirSync(parentDir).sort()) {
      const manifestPath = join(parentDir, folder, "package.json");
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
        name: string;
        scripts?: Record<string, string>;
      };
      found.push({ name: manifest.name, dir: join(parentDir, folder), scripts: manifest.scripts ?? {} });
    }
  }
  return found;
}

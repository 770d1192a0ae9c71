import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo's root folder. */
export const workspaceRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface PublicPackage {
  name: string;
  version: string;
  dir: string;
}

/** The published libraries, read from their manifests so the check follows every version bump. */
export const publicPackages: PublicPackage[] = ["validators", "service-catalog", "payments", "ui"].map((folder) => {
  const dir = join(workspaceRoot, "packages", folder);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version, dir };
});

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(workspaceRoot, folder, "package.json"), "utf8")) as Manifest;
}

/** The exact version of a third-party package that a workspace package develops against. */
export function devDependencyVersion(folder: string, dependency: string): string {
  const version = readManifest(folder).devDependencies?.[dependency];
  if (!version) throw new Error(`${folder} has no devDependency ${dependency}`);
  return version;
}

/** The version a workspace package declares for a dependency of any kind, if it declares one. */
export function declaredVersion(folder: string, dependency: string): string | undefined {
  const manifest = readManifest(folder);
  return manifest.dependencies?.[dependency] ?? manifest.devDependencies?.[dependency];
}

/**
 * The environment for child npm/pnpm processes: everything the parent has except npm and pnpm
 * settings inherited from the pnpm run that started the tests, which would leak into the consumer.
 */
export function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm|pnpm)_/i.test(key)) continue;
    environment[key] = value;
  }
  return { ...environment, ...extra };
}

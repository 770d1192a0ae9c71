import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LocalRegistry } from "./registry.js";
import { runOrThrow } from "./run.js";
import { cleanEnvironment, type PublicPackage } from "./workspace.js";

/** A fresh npm project outside the workspace that installed our packages from the local registry. */
export interface ConsumerProject {
  dir: string;
  remove(): void;
}

/**
 * Creates a project in the system's temp folder and installs our packages with plain `npm install`:
 * `@digitale-kommune/*` from the local registry, everything else (react, zod, types) from npm.
 */
export async function createConsumer(
  registry: LocalRegistry,
  packages: PublicPackage[],
  thirdParty: string[],
): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), "dk-consumer-"));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "city-app", private: true, type: "module" }, null, 2)}\n`,
  );
  writeFileSync(join(dir, ".npmrc"), `@digitale-kommune:registry=${registry.url}\n`);
  const specs = [...packages.map((pkg) => `${pkg.name}@${pkg.version}`), ...thirdParty];
  await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], {
    cwd: dir,
    env: cleanEnvironment(),
    timeoutMs: 300_000,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a file into the consumer project. */
export function writeConsumerFile(consumer: ConsumerProject, name: string, content: string): string {
  const path = join(consumer.dir, name);
  writeFileSync(path, content);
  return path;
}

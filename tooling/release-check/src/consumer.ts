import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppManifest, fillVersions } from "./app-manifest.js";
import { runOrThrow } from "./run.js";
import { cleanEnvironment, type PublicPackage } from "./workspace.js";

/** A fresh npm project outside the workspace that installed our packages from the local registry. */
export interface ConsumerProject {
  dir: string;
  remove(): void;
}

/** Our scope from the local registry, everything else from npm, as a city would configure it for a preview. */
function writeNpmrc(dir: string, registryUrl: string): void {
  writeFileSync(join(dir, ".npmrc"), `@digitale-kommune:registry=${registryUrl}\n`);
}

async function npmInstall(dir: string, specs: string[] = []): Promise<void> {
  await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], {
    cwd: dir,
    env: cleanEnvironment(),
    timeoutMs: 300_000,
  });
}

/** Runs `create` on a new temp folder, which is deleted again if it fails. */
async function inTempProject(create: (dir: string) => Promise<void>): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), "dk-consumer-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    await create(dir);
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

/**
 * Creates a project in the system's temp folder and installs our packages with plain `npm install`:
 * `@digitale-kommune/*` from the local registry, everything else (react, zod, types) from npm.
 */
export function createConsumer(
  registryUrl: string,
  packages: PublicPackage[],
  thirdParty: string[],
): Promise<ConsumerProject> {
  return inTempProject(async (dir) => {
    writeFileSync(
      join(dir, "package.json"),
      `${JSON.stringify({ name: "city-app", private: true, type: "module" }, null, 2)}\n`,
    );
    writeNpmrc(dir, registryUrl);
    const specs = [...packages.map((pkg) => `${pkg.name}@${pkg.version}`), ...thirdParty];
    await npmInstall(dir, specs);
  });
}

/**
 * Copies an app template into the system's temp folder, fills in the versions its package.json leaves empty and
 * runs a plain `npm install`, as a developer would after writing the app.
 */
export function createAppConsumer(
  registryUrl: string,
  templateDir: string,
  versionOf: (name: string) => string,
): Promise<ConsumerProject> {
  return inTempProject(async (dir) => {
    cpSync(templateDir, dir, { recursive: true });
    const manifestPath = join(dir, "package.json");
    const template = JSON.parse(readFileSync(manifestPath, "utf8")) as AppManifest;
    writeFileSync(manifestPath, `${JSON.stringify(fillVersions(template, versionOf), null, 2)}\n`);
    writeNpmrc(dir, registryUrl);
    await npmInstall(dir);
  });
}

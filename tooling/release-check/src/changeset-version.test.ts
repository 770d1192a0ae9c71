import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOrThrow } from "./run.js";
import { cleanEnvironment, publicPackages, workspaceRoot } from "./workspace.js";

// Runs `changeset version` on a copy of the workspace's manifests and changeset config, so the real
// repository is never touched, and checks what a release commit would contain.
const require = createRequire(import.meta.url);
const privateFolders = ["apps/docs", "apps/reference-portal", "tooling/release-check"];
let copy: string;

function manifest(folder: string): { version?: string; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(copy, folder, "package.json"), "utf8"));
}

function bumpPatch(version: string): string {
  const [major, minor, patch] = version.split(".").map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), "dk-changeset-"));
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json"]) {
    cpSync(join(workspaceRoot, file), join(copy, file));
  }
  const folders = [...publicPackages.map((pkg) => pkg.dir.slice(workspaceRoot.length)), ...privateFolders];
  for (const folder of folders) {
    mkdirSync(join(copy, folder), { recursive: true });
    for (const file of ["package.json", "CHANGELOG.md"]) {
      const source = join(workspaceRoot, folder, file);
      if (existsSync(source)) cpSync(source, join(copy, folder, file));
    }
  }
  const frontmatter = publicPackages.map((pkg) => `"${pkg.name}": patch`).join("\n");
  writeFileSync(join(copy, ".changeset", "release-check.md"), `---\n${frontmatter}\n---\n\nRelease check entry.\n`);
  await runOrThrow(process.execPath, [require.resolve("@changesets/cli/bin.js"), "version"], {
    cwd: copy,
    env: cleanEnvironment(),
  });
}, 120_000);

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe("changeset version", () => {
  it.each(publicPackages)("bumps $name on its own and writes its CHANGELOG.md", (pkg) => {
    const folder = pkg.dir.slice(workspaceRoot.length);
    const next = bumpPatch(pkg.version);
    expect(manifest(folder).version).toBe(next);
    const changelog = readFileSync(join(copy, folder, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`# ${pkg.name}`);
    expect(changelog).toContain(`## ${next}`);
    expect(changelog).toContain("Release check entry.");
  });

  it("leaves the private apps and tooling unversioned", () => {
    for (const folder of privateFolders) {
      expect(manifest(folder).version ?? null, folder).toBe(
        JSON.parse(readFileSync(join(workspaceRoot, folder, "package.json"), "utf8")).version ?? null,
      );
      expect(existsSync(join(copy, folder, "CHANGELOG.md")), `${folder}/CHANGELOG.md`).toBe(false);
    }
  });

  it("consumes the changeset file", () => {
    expect(existsSync(join(copy, ".changeset", "release-check.md"))).toBe(false);
  });
});

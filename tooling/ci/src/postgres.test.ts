import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findPostgresBinDir } from "./postgres.js";

describe("findPostgresBinDir", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function fakeInstall(versions: string[], withInitdb = true): string {
    const root = mkdtempSync(join(tmpdir(), "dk-pg-find-"));
    dirs.push(root);
    for (const version of versions) {
      mkdirSync(join(root, version, "bin"), { recursive: true });
      if (withInitdb) writeFileSync(join(root, version, "bin", "initdb"), "");
    }
    return root;
  }

  it("picks the newest version numerically (15 before 9)", () => {
    const root = fakeInstall(["9", "15", "13"]);
    expect(findPostgresBinDir(root)).toBe(join(root, "15", "bin"));
  });

  it("ignores folders without initdb and answers undefined when nothing is installed", () => {
    expect(findPostgresBinDir(fakeInstall(["15"], false))).toBeUndefined();
    expect(findPostgresBinDir(join(tmpdir(), "no-such-postgres-root"))).toBeUndefined();
  });
});

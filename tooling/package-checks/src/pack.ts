import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Packs a package exactly as `pnpm publish` would (workspace ranges rewritten, `files` applied)
 * and returns the tarball's bytes.
 */
export function packTarball(packageDir: string): Uint8Array {
  const destination = mkdtempSync(join(tmpdir(), "dk-pack-"));
  try {
    execFileSync("pnpm", ["pack", "--pack-destination", destination], {
      cwd: packageDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const tarballName = readdirSync(destination).find((file) => file.endsWith(".tgz"));
    if (!tarballName) throw new Error(`pnpm pack wrote no tarball for ${packageDir}`);
    return new Uint8Array(readFileSync(join(destination, tarballName)));
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

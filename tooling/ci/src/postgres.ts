/**
 * A throwaway PostgreSQL server for the test run: the payment store's tests run against embedded PGlite
 * and against a real PostgreSQL (Debian's, installed by setup-test-env.sh). The cluster lives in a
 * temporary directory, listens on 127.0.0.1 only, trusts local connections and is removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestPostgres {
  /** Admin connection URL (user postgres, database postgres). */
  url: string;
  stop(): void;
}

/** The newest Debian PostgreSQL bin directory, e.g. /usr/lib/postgresql/15/bin. */
export function findPostgresBinDir(root = "/usr/lib/postgresql"): string | undefined {
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root, so as root every server command runs as the `postgres` user. */
function asServerUser(command: string, args: string[]): { status: number | null; output: string } {
  const isRoot = process.getuid?.() === 0;
  const result = isRoot
    ? spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb).");
  const dir = mkdtempSync(join(tmpdir(), "dk-test-postgres-"));
  const dataDir = join(dir, "data");
  if (process.getuid?.() === 0) {
    const user = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const group = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    chownSync(dir, Number(user.stdout.trim()), Number(group.stdout.trim()));
  }
  chmodSync(dir, 0o700);
  const init = asServerUser(join(binDir, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync"]);
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.output}`);
  const port = await freePort();
  // fsync off: a test cluster that is thrown away needs no durability, and it saves minutes on slow disks.
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`;
  const start = asServerUser(join(binDir, "pg_ctl"), [
    "-D",
    dataDir,
    "-o",
    options,
    "-l",
    join(dir, "log"),
    "-w",
    "start",
  ]);
  if (start.status !== 0) throw new Error(`pg_ctl start failed:\n${start.output}`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      asServerUser(join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

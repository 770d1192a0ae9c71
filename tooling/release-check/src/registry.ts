import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, waitForHttp } from "@digitale-kommune/test-utils";

/** A verdaccio registry on loopback with throwaway storage, and the npmrc that publishes to it. */
export interface LocalRegistry {
  url: string;
  /** A user config for npm/pnpm that points at this registry with a dummy token. */
  npmrcPath: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

function verdaccioConfig(storageDir: string): string {
  return [
    `storage: ${JSON.stringify(join(storageDir, "storage"))}`,
    "auth:",
    "  htpasswd:",
    `    file: ${JSON.stringify(join(storageDir, "htpasswd"))}`,
    // No uplinks: the registry holds only what we publish; consumers take third-party packages from npm.
    "uplinks: {}",
    "packages:",
    "  '@digitale-kommune/*':",
    "    access: $all",
    "    publish: $anonymous $authenticated",
    "  '**':",
    "    access: $all",
    "log: { type: stdout, format: pretty, level: warn }",
    "",
  ].join("\n");
}

/** Starts verdaccio on 127.0.0.1 and a free port; `stop()` kills it and deletes its storage. */
export async function startLocalRegistry(): Promise<LocalRegistry> {
  const dir = mkdtempSync(join(tmpdir(), "dk-registry-"));
  const configPath = join(dir, "config.yaml");
  writeFileSync(configPath, verdaccioConfig(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const npmrcPath = join(dir, "npmrc");
  writeFileSync(
    npmrcPath,
    [`registry=${url}`, `@digitale-kommune:registry=${url}`, `//127.0.0.1:${port}/:_authToken=release-check`, ""].join(
      "\n",
    ),
  );

  const verdaccioBin = require.resolve("verdaccio/bin/verdaccio");
  const child = spawn(process.execPath, [verdaccioBin, "--config", configPath, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });

  // Should the test process end without calling stop(), the registry must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const timeout = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timeout);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForHttp(`${url}-/ping`, { process: child, output: () => output });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, npmrcPath, stop };
}

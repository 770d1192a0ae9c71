import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@digitale-kommune/test-utils";
import { type ServerProcess, startServer } from "./server-process.js";

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
  const removeStorage = () => rmSync(dir, { recursive: true, force: true });
  let server: ServerProcess;
  try {
    server = await startServer(
      process.execPath,
      [verdaccioBin, "--config", configPath, "--listen", `127.0.0.1:${port}`],
      { readyUrl: `${url}-/ping` },
    );
  } catch (error) {
    removeStorage();
    throw error;
  }
  return {
    url,
    npmrcPath,
    stop: async () => {
      await server.stop();
      removeStorage();
    },
  };
}

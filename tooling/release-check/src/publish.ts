import { createRequire } from "node:module";
import type { LocalRegistry } from "./registry.js";
import { runOrThrow } from "./run.js";
import { cleanEnvironment, workspaceRoot } from "./workspace.js";

const require = createRequire(import.meta.url);

/**
 * Publishes every public package the way a release does: `changeset publish`, which runs `pnpm publish`
 * per package (rewriting `workspace:` ranges), here without git tags and against the local registry.
 */
export async function publishToRegistry(registry: LocalRegistry): Promise<string> {
  const changesetBin = require.resolve("@changesets/cli/bin.js");
  const result = await runOrThrow(process.execPath, [changesetBin, "publish", "--no-git-tag"], {
    cwd: workspaceRoot,
    env: cleanEnvironment({
      NPM_CONFIG_USERCONFIG: registry.npmrcPath,
      npm_config_registry: registry.url,
    }),
    timeoutMs: 180_000,
  });
  return `${result.stdout}\n${result.stderr}`;
}

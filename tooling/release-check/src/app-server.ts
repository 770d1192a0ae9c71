import { join } from "node:path";
import { freePort } from "@digitale-kommune/test-utils";
import { type ServerProcess, startServer } from "./server-process.js";
import { cleanEnvironment } from "./workspace.js";

/** A React Router app's production build served on loopback. */
export interface AppServer extends ServerProcess {
  origin: string;
}

/**
 * Serves an app's `build/` the way its `npm start` does (`react-router-serve ./build/server/index.js`), on
 * 127.0.0.1 and a free port, and resolves once `readyPath` answers.
 */
export async function startAppServer(appDir: string, readyPath: string): Promise<AppServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServer(
    join(appDir, "node_modules", ".bin", "react-router-serve"),
    ["./build/server/index.js"],
    {
      cwd: appDir,
      env: cleanEnvironment({ PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" }),
      readyUrl: `${origin}${readyPath}`,
      timeoutMs: 30_000,
    },
  );
  return { ...server, origin };
}

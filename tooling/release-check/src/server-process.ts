import { spawn } from "node:child_process";
import { once } from "node:events";
import { waitForHttp } from "@digitale-kommune/test-utils";

/** A server started by the tests, stopped by them. */
export interface ServerProcess {
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Polled until it answers with a 2xx status. */
  readyUrl: string;
  timeoutMs?: number;
}

/**
 * Starts a long-running process and resolves once `readyUrl` answers. If it never does, the process is killed
 * and the error carries its output.
 */
export async function startServer(
  command: string,
  args: string[],
  options: StartServerOptions,
): Promise<ServerProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  // Should the test process end without calling stop(), the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timeout = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timeout);
  };

  try {
    await waitForHttp(options.readyUrl, {
      process: child,
      output: () => output,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { output: () => output, stop };
}

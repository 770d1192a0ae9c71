import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === "string") throw new Error("could not find a free TCP port");
  return address.port;
}

export interface WaitForHttpOptions {
  /** The server process: waiting stops early, with its output, if it exits. */
  process?: ChildProcess;
  /** What the server printed so far, shown when it fails to come up. */
  output?: () => string;
  timeoutMs?: number;
}

/** Polls `url` until it answers with a 2xx status; fails with the server's output otherwise. */
export async function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const output = () => (options.output ? `\n${options.output()}` : "");
  while (Date.now() < deadline) {
    const exitCode = options.process?.exitCode;
    if (exitCode !== null && exitCode !== undefined) throw new Error(`the server exited with ${exitCode}${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`no answer from ${url} within ${options.timeoutMs ?? 60_000} ms${output()}`);
}

// @vitest-environment node
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CliUsageError, parseSandboxCliArgs } from "./cli.js";

describe("parseSandboxCliArgs", () => {
  it("reads options and takes secrets from the environment only", () => {
    const config = parseSandboxCliArgs(
      ["--port", "4010", "--notify-url", "http://127.0.0.1:3000/zahlung/notify", "--enable-fault-control"],
      {
        DK_SANDBOX_API_KEY: "key-from-env-0123456789",
        DK_SANDBOX_NOTIFICATION_SECRET: "new_secret_0123456789 old_secret_0123456789",
      },
    );
    expect(config).toEqual({
      port: 4010,
      host: "127.0.0.1",
      basePath: "/sandbox",
      notifyUrl: "http://127.0.0.1:3000/zahlung/notify",
      enableFaultControl: true,
      apiKey: "key-from-env-0123456789",
      notificationSecrets: ["new_secret_0123456789", "old_secret_0123456789"],
      generated: [],
    });
  });

  it("generates development secrets when none are configured", () => {
    const config = parseSandboxCliArgs([], {});
    expect(config).toMatchObject({ port: 4010, generated: ["apiKey", "notificationSecret"] });
    if (config === "help") throw new Error("unexpected help");
    expect(config.apiKey.length).toBeGreaterThan(20);
    expect(config.notificationSecrets[0]?.length).toBeGreaterThan(20);
  });

  it("refuses unknown options, secrets as arguments and bad values", () => {
    expect(() => parseSandboxCliArgs(["--api-key", "x"], {})).toThrow(CliUsageError);
    expect(() => parseSandboxCliArgs(["--port", "70000"], {})).toThrow(CliUsageError);
    expect(() => parseSandboxCliArgs(["--port", "abc"], {})).toThrow(CliUsageError);
    expect(() => parseSandboxCliArgs(["--notify-url", "ftp://x"], {})).toThrow(CliUsageError);
    expect(parseSandboxCliArgs(["--help"], {})).toBe("help");
  });
});

describe("dk-payments-sandbox bin", () => {
  it("starts a server that answers, without printing configured secrets, and stops on SIGTERM", async () => {
    const bin = fileURLToPath(new URL("./bin.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", bin, "--port", "0"], {
      cwd: fileURLToPath(new URL("../../..", import.meta.url)),
      env: {
        ...process.env,
        DK_SANDBOX_API_KEY: "configured-key-0123456789",
        DK_SANDBOX_NOTIFICATION_SECRET: "configured_secret_0123456789",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    try {
      const baseUrl = await new Promise<string>((resolve, reject) => {
        const check = () => {
          const match = /API base URL:\s+(http:\/\/127\.0\.0\.1:\d+\/sandbox)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        };
        child.stdout.on("data", check);
        child.once("exit", (code) => reject(new Error(`bin exited with ${code}:\n${output}`)));
      });
      const health = await fetch(`${baseUrl}/health`);
      expect(await health.json()).toEqual({ ok: true });
      const unauthorised = await fetch(`${baseUrl}/api/v1/transactions/sbx_x`);
      expect(unauthorised.status).toBe(401);
      const authorised = await fetch(`${baseUrl}/api/v1/transactions/sbx_x`, {
        headers: { authorization: "Bearer configured-key-0123456789" },
      });
      expect(authorised.status).toBe(404);
      expect(output).not.toContain("configured-key-0123456789");
      expect(output).not.toContain("configured_secret_0123456789");
    } finally {
      const exited = child.exitCode === null ? once(child, "exit") : Promise.resolve([child.exitCode]);
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
    }
  }, 30_000);
});

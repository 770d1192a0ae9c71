/**
 * The `dk-payments-sandbox` command: the sandbox as a standalone dev server.
 *
 *   dk-payments-sandbox --port 4010 [--host 127.0.0.1] [--base-path /sandbox] [--notify-url URL]
 *                       [--enable-fault-control]
 *
 * Secrets come from the environment, never from arguments (which other users can see in the process list):
 * DK_SANDBOX_API_KEY and DK_SANDBOX_NOTIFICATION_SECRET (several separated by spaces, for rotation). When
 * unset, random development values are generated and printed once, so a developer can copy them.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { type RunningSandboxServer, startSandboxServer } from "./node.js";

export interface SandboxCliConfig {
  port: number;
  host: string;
  basePath: string;
  notifyUrl: string | undefined;
  enableFaultControl: boolean;
  apiKey: string;
  notificationSecrets: string[];
  /** Which values were generated rather than configured (printed so the developer can use them). */
  generated: ("apiKey" | "notificationSecret")[];
}

export const SANDBOX_CLI_USAGE = `Usage: dk-payments-sandbox [--port 4010] [--host 127.0.0.1] [--base-path /sandbox]
                           [--notify-url URL] [--enable-fault-control]
Environment: DK_SANDBOX_API_KEY, DK_SANDBOX_NOTIFICATION_SECRET (space-separated for several).`;

export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

export function parseSandboxCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): SandboxCliConfig | "help" {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  if (values.help === true) return "help";
  const port = Number(values.port ?? "4010");
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliUsageError("--port must be 0 to 65535.");
  const notifyUrl = values["notify-url"];
  if (notifyUrl !== undefined && !/^https?:\/\//.test(notifyUrl)) {
    throw new CliUsageError("--notify-url must be an http(s) URL.");
  }
  const generated: SandboxCliConfig["generated"] = [];
  let apiKey = env.DK_SANDBOX_API_KEY ?? "";
  if (apiKey === "") {
    apiKey = `sbx_key_${randomBytes(18).toString("base64url")}`;
    generated.push("apiKey");
  }
  let notificationSecrets = (env.DK_SANDBOX_NOTIFICATION_SECRET ?? "").split(" ").filter((secret) => secret !== "");
  if (notificationSecrets.length === 0) {
    notificationSecrets = [`sbx_whsec_${randomBytes(24).toString("base64url")}`];
    generated.push("notificationSecret");
  }
  return {
    port,
    host: values.host ?? "127.0.0.1",
    basePath: values["base-path"] ?? "/sandbox",
    notifyUrl,
    enableFaultControl: values["enable-fault-control"] === true,
    apiKey,
    notificationSecrets,
    generated,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "base-path": { type: "string" },
      "notify-url": { type: "string" },
      "enable-fault-control": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** Starts the server and prints where it is; the caller keeps the process alive and closes it on a signal. */
export async function runSandboxCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<RunningSandboxServer | undefined> {
  const config = parseSandboxCliArgs(argv, env);
  if (config === "help") {
    log(SANDBOX_CLI_USAGE);
    return undefined;
  }
  const server = await startSandboxServer({
    port: config.port,
    host: config.host,
    basePath: config.basePath,
    apiKey: config.apiKey,
    notificationSecret: config.notificationSecrets,
    ...(config.notifyUrl === undefined ? {} : { notifyUrl: config.notifyUrl }),
    enableFaultControl: config.enableFaultControl,
    onNotificationDelivery: (record) =>
      log(
        `notification ${record.messageId} (${record.type}) ${record.delivered ? "delivered" : "NOT delivered"} ` +
          `after ${record.attempts} attempt(s): ${record.lastResult}`,
      ),
  });
  log(`Sandbox payment platform listening on ${server.url}`);
  log(`  API base URL:   ${server.baseUrl}`);
  log(`  Notifications:  ${config.notifyUrl ?? "(none: pass --notify-url)"}`);
  if (config.enableFaultControl) log(`  Fault control:  ${server.baseUrl}/_control/faults`);
  // Generated development values are printed once so they can be copied into the portal's configuration;
  // configured values are never printed.
  if (config.generated.includes("apiKey")) log(`  Generated DK_SANDBOX_API_KEY=${config.apiKey}`);
  if (config.generated.includes("notificationSecret")) {
    log(`  Generated DK_SANDBOX_NOTIFICATION_SECRET=${config.notificationSecrets[0]}`);
  }
  return server;
}

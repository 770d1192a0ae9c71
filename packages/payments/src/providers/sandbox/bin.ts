#!/usr/bin/env node
/** Entry of the `dk-payments-sandbox` command (see cli.ts for options and environment). */
import { CliUsageError, runSandboxCli, SANDBOX_CLI_USAGE } from "./cli.js";

// A promise chain rather than top-level await, so the file also builds as CommonJS.
runSandboxCli(process.argv.slice(2), process.env, (line) => console.log(line)).then(
  (server) => {
    if (!server) return;
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (error: unknown) => {
    if (error instanceof CliUsageError) {
      console.error(`${error.message}\n${SANDBOX_CLI_USAGE}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    process.exit(1);
  },
);

#!/usr/bin/env node
/**
 * Entry point of the `service-catalog` command. The exit code is set rather than passed to
 * `process.exit`, which could cut off output still being written to a pipe (e.g. in CI logs).
 */
import { runCli } from "./run.js";

void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});

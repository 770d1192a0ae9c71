export { type CliIo, DEFAULT_OUT, EXIT_INVALID_DATA, EXIT_USAGE, EXIT_VALID, runCli } from "./run.js";

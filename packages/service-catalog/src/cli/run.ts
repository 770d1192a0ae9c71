/**
 * `service-catalog`, the command line for city editors and CI: `validate` checks the data files and
 * names every mistake; `build` also writes the merged catalogue, the search indexes and the JSON
 * Schemas. `runCli` does all of it against the given folder and output functions, so tests run it in
 * process; `bin.ts` only connects it to `process`.
 *
 * Exit codes: 0 valid, 1 mistakes in the data, 2 wrong usage or files that cannot be read or written.
 * Results go to `stdout`; issues, summaries of failures and usage errors go to `stderr`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createIssue, type Locale, type ValidationIssue } from "@digitale-kommune/validators";
import type { Catalog } from "../catalog/types.js";
import { type CliArguments, parseArguments } from "./args.js";
import { checkInputs } from "./check.js";
import { loadInputs } from "./inputs.js";
import { cliMessages, cliTexts } from "./messages.js";
import { catalogOutputs } from "./outputs.js";
import { formatIssue, formatSize } from "./report.js";

export interface CliIo {
  /** Folder that relative paths start from. */
  cwd: string;
  /** Receives one line of output, without the line break. */
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export const EXIT_VALID = 0;
export const EXIT_INVALID_DATA = 1;
export const EXIT_USAGE = 2;

export const DEFAULT_OUT = "dist-catalog";

/**
 * Runs the command line `argv` (the arguments after the program name, i.e. `process.argv.slice(2)`) and
 * resolves to the exit code. Never rejects: an unexpected failure is reported like a usage error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv);
  const locale = parsed.ok ? parsed.value.locale : parsed.locale;
  try {
    if (!parsed.ok) return usageError(parsed.error, locale, io);
    const args = parsed.value;
    if (args.command === "help" || args.help) {
      for (const line of cliTexts[locale].help.split("\n")) io.stdout(line);
      return EXIT_VALID;
    }
    const catalog = await validCatalog(args, io);
    if (typeof catalog === "number") return catalog;
    if (args.command === "validate") return EXIT_VALID;
    return await build(catalog, args.out ?? DEFAULT_OUT, locale, io);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return usageError(createIssue("internal_error", cliMessages, { locale }, { detail }), locale, io);
  }
}

function usageError(issue: ValidationIssue, locale: Locale, io: CliIo): number {
  io.stderr(`service-catalog: ${issue.message} (${issue.code})`);
  io.stderr(cliTexts[locale].helpHint);
  return EXIT_USAGE;
}

/** The checked catalogue, or the exit code after reporting why there is none. */
async function validCatalog(args: CliArguments, io: CliIo): Promise<Catalog | number> {
  const { locale } = args;
  const paths = { files: args.files, ...(args.base === undefined ? {} : { base: args.base }) };
  const loaded = await loadInputs(
    args.cities === undefined ? paths : { ...paths, cities: args.cities },
    io.cwd,
    locale,
  );
  if (!loaded.ok) return usageError(loaded.error, locale, io);
  const checked = checkInputs(loaded.value, locale);
  const texts = cliTexts[locale];
  if (!checked.ok) {
    for (const issue of checked.issues) io.stderr(formatIssue(issue));
    const files = new Set(checked.issues.map((issue) => issue.source)).size;
    io.stderr(texts.invalidSummary(checked.issues.length, files));
    if (args.command === "build") io.stderr(texts.nothingWritten);
    return EXIT_INVALID_DATA;
  }
  io.stdout(texts.validSummary(checked.catalog.services.length, checked.catalog.cities.length));
  return checked.catalog;
}

async function build(catalog: Catalog, out: string, locale: Locale, io: CliIo): Promise<number> {
  const files = catalogOutputs(catalog);
  const written: { path: string; bytes: number }[] = [];
  for (const file of files) {
    const target = resolve(io.cwd, out, file.path);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content, "utf8");
    } catch (error) {
      const detail =
        typeof error === "object" && error !== null && "code" in error ? String(error.code) : String(error);
      const value = join(out, file.path);
      return usageError(createIssue("write_failed", cliMessages, { locale }, { value, detail }), locale, io);
    }
    written.push({ path: file.path, bytes: Buffer.byteLength(file.content, "utf8") });
  }
  const texts = cliTexts[locale];
  const width = Math.max(...written.map((file) => file.path.length));
  io.stdout(texts.writtenTo(out));
  for (const file of written) io.stdout(`  ${file.path.padEnd(width)}  ${formatSize(file.bytes, locale).padStart(9)}`);
  const total = written.reduce((sum, file) => sum + file.bytes, 0);
  io.stdout(texts.writtenTotal(written.length, formatSize(total, locale)));
  return EXIT_VALID;
}

/**
 * Finds and reads the data files named on the command line (or the package's conventional paths). A
 * file that is missing or unreadable stops the run as a usage error; a file that is there but is not
 * UTF-8 JSON becomes an issue like any other data mistake, so the editor sees it with all the others.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createIssue, type Locale, type MessageParams, type ValidationIssue } from "@digitale-kommune/validators";
import type { CatalogIssue } from "../catalog/types.js";
import { parseJsonSource } from "./json-source.js";
import { cliMessages, type FileIssueCode, type UsageErrorCode } from "./messages.js";

export const DEFAULT_BASE = "data/base/services.json";
export const DEFAULT_CITIES = "data/cities.json";
export const DEFAULT_OVERLAYS = "data/overlays";

/** Larger files are refused before reading: the whole LeiKa with texts is far smaller. */
const MAX_FILE_MEGABYTES = 50;

/** An issue, with line and column in its file where known. */
export interface CliIssue extends CatalogIssue {
  line?: number;
  column?: number;
}

/** One data file: its data when it is JSON, its text for locating issues. */
export interface LoadedFile {
  source: string;
  /** Absent when the file is not readable as JSON; `issues` says why. */
  data?: unknown;
  text?: string;
}

export interface LoadedInputs {
  base: LoadedFile;
  cities: LoadedFile;
  overlays: LoadedFile[];
  /** Files that are not UTF-8 JSON. */
  issues: CliIssue[];
}

export type LoadInputsResult = { ok: true; value: LoadedInputs } | { ok: false; error: ValidationIssue };

export interface InputPaths {
  base?: string;
  cities?: string;
  /** Overlay files or folders; empty for every JSON file in `data/overlays` (if that folder exists). */
  files: readonly string[];
}

type Step<T> = { ok: true; value: T } | { ok: false; error: ValidationIssue };
type Kind = "file" | "directory" | "missing";

export async function loadInputs(paths: InputPaths, cwd: string, locale: Locale): Promise<LoadInputsResult> {
  const usage = (code: UsageErrorCode, params: MessageParams): { ok: false; error: ValidationIssue } => ({
    ok: false,
    error: createIssue(code, cliMessages, { locale }, { cwd, ...params }),
  });
  const issues: CliIssue[] = [];

  const kindOf = async (path: string): Promise<Step<Kind>> => {
    try {
      return { ok: true, value: (await stat(resolve(cwd, path))).isDirectory() ? "directory" : "file" };
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT" || code === "ENOTDIR") return { ok: true, value: "missing" };
      return usage("unreadable_file", { value: path, detail: errorDetail(error) });
    }
  };

  const read = async (source: string): Promise<Step<LoadedFile>> => {
    const kind = await kindOf(source);
    if (!kind.ok) return kind;
    if (kind.value === "missing") return usage("file_not_found", { value: source });
    if (kind.value === "directory") return usage("not_a_file", { value: source });
    const fileIssue = (code: FileIssueCode, params: MessageParams = {}, position = {}): Step<LoadedFile> => {
      issues.push({ ...createIssue(code, cliMessages, { locale }, params), source, ...position });
      return { ok: true, value: { source } };
    };
    let bytes: Buffer;
    try {
      const { size } = await stat(resolve(cwd, source));
      if (size > MAX_FILE_MEGABYTES * 1_000_000) return fileIssue("file_too_large", { limit: MAX_FILE_MEGABYTES });
      bytes = await readFile(resolve(cwd, source));
    } catch (error) {
      return usage("unreadable_file", { value: source, detail: errorDetail(error) });
    }
    let text: string;
    try {
      // A byte order mark, as some Windows editors write, is dropped by the decoder.
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return fileIssue("invalid_encoding");
    }
    const parsed = parseJsonSource(text);
    if (!parsed.ok) {
      const { line, column, reason, character } = parsed.error;
      const params = { character: character === undefined ? "" : visibleCharacter(character) };
      const reasonText = createIssue(`json_${reason}`, cliMessages, { locale }, params).message;
      return fileIssue("invalid_json", { line, column, reason: reasonText }, { line, column });
    }
    return { ok: true, value: { source, data: parsed.value, text } };
  };

  const jsonFilesIn = async (folder: string): Promise<Step<string[]>> => {
    try {
      const entries = await readdir(resolve(cwd, folder), { withFileTypes: true });
      const names = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map(({ name }) => name);
      return { ok: true, value: names.sort().map((name) => join(folder, name)) };
    } catch (error) {
      return usage("unreadable_file", { value: folder, detail: errorDetail(error) });
    }
  };

  const overlayPaths = async (): Promise<Step<string[]>> => {
    if (paths.files.length === 0) {
      const kind = await kindOf(DEFAULT_OVERLAYS);
      if (!kind.ok) return kind;
      return kind.value === "directory" ? jsonFilesIn(DEFAULT_OVERLAYS) : { ok: true, value: [] };
    }
    const found: string[] = [];
    for (const path of paths.files) {
      const kind = await kindOf(path);
      if (!kind.ok) return kind;
      if (kind.value === "missing") return usage("file_not_found", { value: path });
      if (kind.value === "file") {
        found.push(path);
        continue;
      }
      const inFolder = await jsonFilesIn(path);
      if (!inFolder.ok) return inFolder;
      if (inFolder.value.length === 0) return usage("empty_directory", { value: path });
      found.push(...inFolder.value);
    }
    // The same file twice (a folder and one of its files) would only report itself as a duplicate.
    const seen = new Set<string>();
    const unique = found.filter((path) => {
      const absolute = resolve(cwd, path);
      if (seen.has(absolute)) return false;
      seen.add(absolute);
      return true;
    });
    return { ok: true, value: unique };
  };

  const base = await read(paths.base ?? DEFAULT_BASE);
  if (!base.ok) return base;
  const cities = await read(paths.cities ?? DEFAULT_CITIES);
  if (!cities.ok) return cities;
  const overlayList = await overlayPaths();
  if (!overlayList.ok) return overlayList;
  const overlays: LoadedFile[] = [];
  for (const path of overlayList.value) {
    const overlay = await read(path);
    if (!overlay.ok) return overlay;
    overlays.push(overlay.value);
  }
  return { ok: true, value: { base: base.value, cities: cities.value, overlays, issues } };
}

/** Invisible and control characters are shown by code point, so the message points at something. */
function visibleCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const invisible =
    code < 0x21 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff || code === 0x2028 || code === 0x2029;
  return invisible ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}` : character;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

function errorDetail(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}

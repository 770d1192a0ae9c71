/**
 * Runs `createCatalog` on the loaded files and gives every issue its line and column. A file that is not
 * JSON is left out of the catalogue (its syntax error is its issue), so the other files are still checked
 * and the editor sees everything in one run.
 */
import type { Locale } from "@digitale-kommune/validators";
import { createCatalog } from "../catalog/create-catalog.js";
import type { Catalog, CatalogIssue, CatalogSource } from "../catalog/types.js";
import type { CliIssue, LoadedFile, LoadedInputs } from "./inputs.js";
import { jsonValuePositions, lineColumnOf, positionOfPath } from "./json-source.js";

export type CheckResult = { ok: true; catalog: Catalog } | { ok: false; issues: CliIssue[] };

export function checkInputs(inputs: LoadedInputs, locale: Locale): CheckResult {
  const files = [inputs.base, inputs.cities, ...inputs.overlays];
  const unreadable = new Set(files.filter((file) => !("data" in file)).map((file) => file.source));
  const asSource = (file: LoadedFile): CatalogSource => ({ source: file.source, data: file.data });
  const result = createCatalog(
    {
      base: asSource(inputs.base),
      cities: asSource(inputs.cities),
      overlays: inputs.overlays.filter((file) => !unreadable.has(file.source)).map(asSource),
    },
    { locale },
  );
  if (result.ok && inputs.issues.length === 0) return { ok: true, catalog: result.catalog };

  // The catalogue's complaints about an unreadable base or cities file ("expected an object") only
  // repeat what its syntax error says.
  const catalogIssues = result.ok ? [] : result.issues.filter((issue) => !unreadable.has(issue.source));
  const located = locate(catalogIssues, files);
  return { ok: false, issues: ordered(uniqueIssues([...inputs.issues, ...located]), files) };
}

type Locator = (path: readonly (string | number)[]) => { line: number; column: number } | undefined;

function locate(issues: readonly CatalogIssue[], files: readonly LoadedFile[]): CliIssue[] {
  const locators = new Map<string, Locator | undefined>();
  const locatorFor = (source: string) => {
    if (!locators.has(source)) {
      const text = files.find((file) => file.source === source)?.text;
      if (text === undefined) {
        locators.set(source, undefined);
      } else {
        // Built only for files with issues: a valid file never pays for the second scan.
        const positions = jsonValuePositions(text);
        const lineColumn = lineColumnOf(text);
        locators.set(source, (path) => {
          const offset = positionOfPath(positions, path);
          return offset === undefined ? undefined : lineColumn(offset);
        });
      }
    }
    return locators.get(source);
  };
  return issues.map((issue) => {
    const position = locatorFor(issue.source)?.(issue.path);
    return position === undefined ? { ...issue } : { ...issue, ...position };
  });
}

/** The same mistake found by two checks is printed once. */
function uniqueIssues(issues: readonly CliIssue[]): CliIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.source, issue.path, issue.code, issue.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Files in input order; within a file top to bottom, as an editor works through them. */
function ordered(issues: readonly CliIssue[], files: readonly LoadedFile[]): CliIssue[] {
  const rank = new Map<string, number>();
  files.forEach((file, index) => {
    if (!rank.has(file.source)) rank.set(file.source, index);
  });
  return [...issues].sort(
    (a, b) =>
      (rank.get(a.source) ?? files.length) - (rank.get(b.source) ?? files.length) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

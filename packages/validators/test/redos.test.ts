// Every regular expression in the package's source is proven free of catastrophic backtracking by recheck
// (a ReDoS checker), so no input can hang a validator. Regexes are found with the TypeScript parser:
// literals, and `new RegExp(...)` with literal arguments; a RegExp built from anything else fails the test,
// because it cannot be checked.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const sourceDir = fileURLToPath(new URL("../src", import.meta.url));

interface FoundRegex {
  location: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

function findRegexes(file: string): { found: FoundRegex[]; unchecked: string[] } {
  const text = readFileSync(file, "utf8");
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const unchecked: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(sourceDir, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const lastSlash = literal.lastIndexOf("/");
      found.push({ location: where(node), source: literal.slice(1, lastSlash), flags: literal.slice(lastSlash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ location: where(node), source: pattern.text, flags: flags ? flags.text : "" });
      } else {
        unchecked.push(where(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, unchecked };
}

const results = sourceFiles(sourceDir).map(findRegexes);
const regexes = results.flatMap((result) => result.found);

describe("regular expressions in src/", () => {
  it("are all written as literals, so they can be checked", () => {
    expect(results.flatMap((result) => result.unchecked)).toEqual([]);
  });

  it.each(regexes.map((regex) => [regex.location, regex] as const))("%s is safe from ReDoS", (_location, regex) => {
    const diagnostics = checkSync(regex.source, regex.flags);
    expect(diagnostics.status, `/${regex.source}/${regex.flags}: ${JSON.stringify(diagnostics)}`).toBe("safe");
  });
});

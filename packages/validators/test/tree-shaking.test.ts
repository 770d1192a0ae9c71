// @vitest-environment node
// Importing one kind must not pull in any other kind, its data (the Kfz list, the DIN 91379 tables, the
// court list) or the phone metadata. Each kind is bundled alone from the built package, as an app's bundler
// would, and the bundle is searched for every other kind's messages.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as validators from "../src/index.js";

const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const phoneEntry = fileURLToPath(new URL("../dist/phone.js", import.meta.url));

interface KindLike {
  messages: { de: Record<string, string> };
}

const kinds = Object.entries(validators as Record<string, unknown>).filter(
  (entry): entry is [string, KindLike] =>
    typeof entry[1] === "object" && entry[1] !== null && "messages" in entry[1] && "validate" in entry[1],
);

/** A message that only this kind has: the German "empty" message (shared texts are skipped). */
function signature(kind: KindLike): string {
  return kind.messages.de.empty ?? "";
}

/** Bundles `export { names } from module` (or `export * from module` for `"*"`) as an app's bundler would. */
async function bundle(names: string[] | "*", from = entry): Promise<string> {
  const exported = names === "*" ? "*" : `{ ${names.join(", ")} }`;
  const result = await build({
    stdin: { contents: `export ${exported} from ${JSON.stringify(from)};`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    minify: false,
    format: "esm",
    // Keep non-ASCII text as written, so messages can be searched for verbatim.
    charset: "utf8",
    external: ["zod", "libphonenumber-js", "libphonenumber-js/*"],
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("tree-shaking of the main entry", () => {
  it("finds every kind", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(20);
  });

  it.each(kinds)("bundles %s without any other kind", async (name, own) => {
    const output = await bundle([name]);
    expect(output).toContain(signature(own));
    const others = kinds
      .filter(([other, kind]) => other !== name && signature(kind) !== signature(own))
      .filter(([, kind]) => output.includes(signature(kind)))
      .map(([other]) => other);
    expect(others).toEqual([]);
  });

  it("keeps the Kfz list, the DIN 91379 tables and the court list out of an IBAN bundle", async () => {
    const output = await bundle(["iban", "ibanSchema"]);
    expect(output).not.toContain('"ABG"'); // a Kfz Unterscheidungszeichen
    expect(output).not.toContain("Gießen"); // the court list
    expect(output).not.toMatch(/[ǍǎǞǟ]/u); // DIN 91379 letters
    expect(output).not.toContain("libphonenumber");
  });

  it("drops every kind's module-level code (tables, lists, objects) for an import of the shared helpers", async () => {
    const output = await bundle(["createIssue", "issuesFromZodError"]);
    for (const [, kind] of kinds) expect(output).not.toContain(signature(kind));
    // Any top-level variable left over means some module has code a bundler cannot drop.
    expect(output.match(/^(?:var|let|const) \w+/gm) ?? []).toEqual([]);
  });
});

describe("the phone entry", () => {
  it("is separate: the main entry never loads libphonenumber", async () => {
    const everything = await bundle("*");
    expect(everything).not.toContain("libphonenumber");
    const phone = await bundle(["telefonnummer"], phoneEntry);
    expect(phone).toContain("libphonenumber");
  });
});

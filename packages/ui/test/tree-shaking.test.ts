// @vitest-environment node
// Importing one component must not pull in the others: each is bundled alone from the built package, as an
// app's bundler would, and the bundle may contain no other component's class names.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const componentsDir = fileURLToPath(new URL("../src/components", import.meta.url));
const blocks = readdirSync(componentsDir);

async function bundle(names: string[]): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from ${JSON.stringify(entry)};`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: "esm",
    charset: "utf8",
    external: ["react", "react-dom", "react/jsx-runtime"],
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** The component blocks (`dk-<block>` class names) a bundle contains. */
function blocksIn(output: string): string[] {
  return blocks.filter((block) => output.includes(`"dk-${block}`) || output.includes(`dk-${block}__`));
}

describe("tree-shaking of the ui package", () => {
  it("bundles Button without any other component", async () => {
    expect(blocksIn(await bundle(["Button"]))).toEqual(["button"]);
  });

  it("bundles TextField with only the field frame it is built from", async () => {
    expect(blocksIn(await bundle(["TextField"])).sort()).toEqual(["error-message", "form-group", "text-field"]);
  });

  it("keeps the file-type table and the forms helper out of a component bundle", async () => {
    const output = await bundle(["ErrorSummary"]);
    expect(output).not.toContain("application/pdf");
    expect(output).not.toMatch(/^(?:var|let|const) (?:SIGNATURES|FILE_TYPES)\b/m);
  });
});

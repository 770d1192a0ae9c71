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

  it("bundles Radix only with Dialog", async () => {
    const radix = "node_modules/@radix-ui/react-dialog";
    expect(await bundle(["Dialog"])).toContain(radix);
    for (const names of [
      ["Button"],
      ["Header", "Footer", "SkipLink", "PageLayout"],
      ["Accordion", "Table", "Pagination"],
    ]) {
      expect(await bundle(names), names.join(", ")).not.toContain("@radix-ui");
    }
  });

  it("bundles the page frame with only its own blocks and Link", async () => {
    expect(blocksIn(await bundle(["Header"])).sort()).toEqual(["header"]);
    expect(blocksIn(await bundle(["Footer"])).sort()).toEqual(["footer", "link"]);
  });

  it("keeps the Markdown parser out of the main entry: Prose is its own entry point", async () => {
    const all = await bundle(["Button", "Dialog", "Table", "Accordion", "Footer", "Header"]);
    expect(all).not.toContain("markdown-it");
    const prose = await build({
      stdin: {
        contents: `export { Prose } from ${JSON.stringify(fileURLToPath(new URL("../dist/prose.js", import.meta.url)))};`,
        resolveDir: process.cwd(),
      },
      bundle: true,
      write: false,
      format: "esm",
      external: ["react", "react-dom", "react/jsx-runtime"],
      logLevel: "silent",
    });
    expect(prose.outputFiles[0]?.text).toContain("node_modules/markdown-it");
  });

  it("keeps the file-type table and the forms helper out of a component bundle", async () => {
    const output = await bundle(["ErrorSummary"]);
    expect(output).not.toContain("application/pdf");
    expect(output).not.toMatch(/^(?:var|let|const) (?:SIGNATURES|FILE_TYPES)\b/m);
  });
});

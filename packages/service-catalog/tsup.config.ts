import { defineConfig } from "tsup";

export default defineConfig({
  // The CLI is its own entry (Node only); the main entry stays free of node: imports for browsers.
  entry: { index: "src/index.ts", search: "src/search-entry.ts", cli: "src/cli/bin.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
});

import { defineConfig } from "tsup";

export default defineConfig({
  // The forms helper is its own entry: route actions use it on the server without importing components. Prose is
  // its own entry because its Markdown parser (markdown-it) is large and not marked side-effect free, so an app
  // that does not render Markdown must never reach it from the main entry.
  entry: { index: "src/index.ts", forms: "src/forms/index.ts", prose: "src/components/prose/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "es2022",
  external: ["react", "react-dom", "react/jsx-runtime"],
});

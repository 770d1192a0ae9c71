import { defineConfig } from "tsup";

export default defineConfig({
  // The forms helper is its own entry: route actions use it on the server without importing components.
  entry: { index: "src/index.ts", forms: "src/forms/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "es2022",
  external: ["react", "react-dom", "react/jsx-runtime"],
});

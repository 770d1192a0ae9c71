import { defineConfig } from "tsup";

export default defineConfig({
  // Server code (main entry), the React pieces, the sandbox platform and test doubles are separate entries,
  // so a browser bundle of the React pieces never reaches node: modules, pg or PGlite.
  entry: {
    index: "src/index.ts",
    react: "src/react/index.ts",
    sandbox: "src/providers/sandbox/index.ts",
    testing: "src/testing.ts",
    "sandbox-bin": "src/providers/sandbox/bin.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  external: ["react", "react-dom", "react/jsx-runtime"],
});

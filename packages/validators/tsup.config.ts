import { defineConfig } from "tsup";

export default defineConfig({
  // The phone entry is separate so that libphonenumber's metadata never weighs on the main entry.
  entry: { index: "src/index.ts", phone: "src/phone/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // One shared chunk for core code both entries use, instead of a copy in each.
  splitting: true,
  target: "es2022",
});

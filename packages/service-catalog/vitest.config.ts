import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Property tests and the package checks (packing, type resolution) run long on a loaded 2-core CI machine;
    // hang guards assert completion, never time.
    testTimeout: 60_000,
    reporters: ["default", "json"],
    // The CI summary totals these reports across packages (turbo caches them with the task).
    outputFile: { json: "reports/vitest.json" },
  },
});

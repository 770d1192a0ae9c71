import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Publishing and installing take tens of seconds; the tests share one registry and consumer set.
    hookTimeout: 600_000,
    testTimeout: 120_000,
    fileParallelism: false,
    reporters: ["default", "json"],
    // The CI summary totals these reports across packages (turbo caches them with the task).
    outputFile: { json: "reports/vitest.json" },
  },
});

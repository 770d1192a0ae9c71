import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // One registry and one publish for every test file (see src/global-setup.ts).
    globalSetup: ["src/global-setup.ts"],
    // Installing, building and serving apps take tens of seconds.
    hookTimeout: 600_000,
    testTimeout: 120_000,
    // The files install and build in parallel otherwise, which a 2-core CI machine pays for in every other task.
    fileParallelism: false,
    reporters: ["default", "json"],
    // The CI summary totals these reports across packages (turbo caches them with the task).
    outputFile: { json: "reports/vitest.json" },
  },
});

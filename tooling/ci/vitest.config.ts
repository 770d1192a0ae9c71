import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    reporters: ["default", "json"],
    // The CI summary totals these reports across packages (turbo caches them with the task).
    outputFile: { json: "reports/vitest.json" },
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["**/*.browser.test.{ts,tsx}", "**/node_modules/**"],
    // Store-backed tests share one PGlite per worker; its cold start and the HTTP round trips of the
    // provider tests need more than the default on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", "json"],
    // The CI summary totals these reports across packages (turbo caches them with the task).
    outputFile: { json: "reports/vitest.json" },
  },
});

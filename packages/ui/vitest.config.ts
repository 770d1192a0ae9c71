import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["**/*.browser.test.{ts,tsx}", "**/node_modules/**"],
    environment: "jsdom",
    reporters: ["default", "json"],
    // The CI summary totals these reports across packages (turbo caches them with the task).
    outputFile: { json: "reports/vitest.json" },
  },
});

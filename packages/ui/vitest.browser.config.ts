import { chromiumLaunchOptions } from "@digitale-kommune/test-utils/chromium";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { emulateForcedColors } from "./test/browser-commands.js";

// Tests that need a real browser: axe on every story in every theme, keyboard and focus behaviour.
export default defineConfig({
  // Pre-bundled up front: a mid-run re-optimisation reloads the page and breaks React's hook dispatcher.
  optimizeDeps: {
    include: [
      "react",
      "react-dom",
      "react-dom/client",
      "react-dom/server",
      "axe-core",
      "@radix-ui/react-dialog",
      "markdown-it",
    ],
  },
  test: {
    include: ["src/**/*.browser.test.{ts,tsx}", "test/**/*.browser.test.{ts,tsx}"],
    testTimeout: 120_000,
    reporters: ["default", "json"],
    // The CI summary totals these reports across packages (turbo caches them with the task).
    outputFile: { json: "reports/vitest-browser.json" },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: "chromium" }],
      commands: { emulateForcedColors },
    },
  },
});

import { chromiumLaunchOptions } from "@digitale-kommune/test-utils/chromium";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// Tests that need a real browser: axe on every story of the React pieces in every theme, keyboard operation of the
// copy buttons with the real Clipboard API.
export default defineConfig({
  // Pre-bundled up front: a mid-run re-optimisation reloads the page and breaks React's hook dispatcher. The ui
  // package is linked from the workspace, so Vite would not pre-bundle it (nor its dependencies) on its own.
  optimizeDeps: {
    include: [
      "react",
      "react-dom",
      "react-dom/client",
      "react-dom/server",
      "axe-core",
      "qrcode",
      "@digitale-kommune/ui",
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
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
        // The copy buttons write to the real clipboard; the keyboard test reads it back.
        contextOptions: { permissions: ["clipboard-read", "clipboard-write"] },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});

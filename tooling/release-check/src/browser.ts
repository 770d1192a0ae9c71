import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromiumLaunchOptions } from "@digitale-kommune/test-utils/chromium";
import type { AxeResults } from "axe-core";
import { type Browser, chromium, type Page } from "playwright";

const require = createRequire(import.meta.url);

/** Debian's Chromium, headless; Playwright never downloads a browser on these machines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

/**
 * Runs axe-core on the page and returns each violation as `rule: target, target`. Needs a context with
 * JavaScript enabled: axe schedules its checks with timers, which never fire while scripts are disabled.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

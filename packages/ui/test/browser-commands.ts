// Commands the browser tests call on the Playwright page that hosts them (registered in vitest.browser.config.ts).
import type { BrowserCommand } from "vitest/node";

/** Switches Windows-style forced colours (high contrast) on or off for the page, as a user's system setting would. */
export const emulateForcedColors: BrowserCommand<[active: boolean]> = async (context, active) => {
  if (context.provider.name !== "playwright") throw new Error("emulateForcedColors needs the Playwright provider");
  await context.page.emulateMedia({ forcedColors: active ? "active" : "none" });
};

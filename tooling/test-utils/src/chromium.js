// Plain JavaScript (with chromium.d.ts): Vitest loads its config files with Node, which cannot import TypeScript.
/**
 * Launch options for Debian's Chromium in Vitest browser mode and Playwright. Test tools never download a browser
 * on these machines; `tooling/ci/setup-test-env.sh` installs chromium. Without the background-networking flags
 * Chromium keeps trying to reach Google's hosts, which the closed network refuses.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/** Launch options for Debian's Chromium in Vitest browser mode and Playwright. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };

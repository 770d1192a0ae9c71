import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitForHttp } from "@digitale-kommune/test-utils";
import { chromiumLaunchOptions } from "@digitale-kommune/test-utils/chromium";
import type { AxeResults } from "axe-core";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The payment pages of the production build, on its embedded defaults (PGlite, the sandbox mounted at /sandbox),
// over plain HTTP and in Chromium with JavaScript switched off.
// Each request may wait for PGlite on a loaded 2-core machine; nothing here asserts a duration.
vi.setConfig({ testTimeout: 60_000 });

const require = createRequire(import.meta.url);
const appDir = fileURLToPath(new URL("..", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "dk-portal-payments-"));
let server: ChildProcess;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const serveBin = fileURLToPath(new URL("../node_modules/.bin/react-router-serve", import.meta.url));
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  server = spawn(serveBin, ["./build/server/index.js"], {
    cwd: appDir,
    env: { ...environment, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", PORTAL_DATA_DIR: dataDir },
    stdio: "ignore",
  });
  await waitForHttp(origin, { process: server, timeoutMs: 20_000 });
  // The store opens when the server starts; a status lookup answers (404) once it is ready.
  expect((await fetch(`${origin}/bezahlen/zurueck/${"A".repeat(43)}`)).status).toBe(404);
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function paymentForm(): Promise<{ html: string; submission: string }> {
  const response = await fetch(`${origin}/bezahlen`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const submission = /name="submission" value="([0-9a-f-]{36})"/.exec(html)?.[1];
  if (!submission) throw new Error("the payment form has no submission id");
  return { html, submission };
}

function submit(submission: string): Promise<Response> {
  return fetch(`${origin}/bezahlen`, {
    method: "POST",
    body: new URLSearchParams({ submission }),
    redirect: "manual",
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
  );
}

describe("paying a fee in the reference portal (HTTP, no JavaScript)", () => {
  it("shows the fee computed on the server from the catalogue, with its explanation", async () => {
    const { html } = await paymentForm();
    expect(html).toContain("Führungszeugnis");
    expect(html).toContain("13,00\u00a0€");
    expect(html).toMatch(/<form[^>]*method="post"/);
    // The amount is not a form field: the server never takes it from the browser.
    expect(html).not.toMatch(/name="amount"/);
  });

  it("sends the citizen to the sandbox, brings them back with an opaque token, and shows the confirmed payment", async () => {
    const { submission } = await paymentForm();
    const created = await submit(submission);
    expect(created.status).toBe(303);
    const payPage = created.headers.get("location") ?? "";
    expect(payPage).toMatch(new RegExp(`^${origin}/sandbox/pay/`));
    // The same form sent twice is the same payment, not a second one.
    expect((await submit(submission)).status).toBe(303);

    const page = await fetch(payPage);
    expect(page.headers.get("content-security-policy")).toContain("form-action 'self'");
    const paid = await fetch(payPage, {
      method: "POST",
      body: new URLSearchParams({ action: "pay" }),
      redirect: "manual",
    });
    expect(paid.status).toBe(303);
    const returnUrl = paid.headers.get("location") ?? "";
    expect(returnUrl).toMatch(new RegExp(`^${origin}/bezahlen/zurueck/[A-Za-z0-9_-]{43}$`));

    const status = await fetch(returnUrl);
    expect(status.status).toBe(200);
    const html = await status.text();
    expect(html).toContain("Zahlung erfolgreich");
    expect(html).toContain("13,00\u00a0€");
  });

  it("answers 404 for a wrong return token and 400 for a forged notification", async () => {
    expect((await fetch(`${origin}/bezahlen/zurueck/${"A".repeat(43)}`)).status).toBe(404);
    const forged = await fetch(`${origin}/bezahlen/benachrichtigung`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "dk-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}`,
      },
      body: JSON.stringify({ messageId: "m1", type: "transaction.paid", transactionId: "sbx_x" }),
    });
    expect(forged.status).toBe(400);
  });

  it("keeps its generated development secrets outside the repository, readable only by the owner", () => {
    const mode = statSync(join(dataDir, "secrets.json")).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});

describe("paying a fee in Chromium with JavaScript switched off", () => {
  it("goes from the fee page through the sandbox's page back to the confirmation, every page without axe violations", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${origin}/bezahlen`);
    await page.getByRole("button", { name: "Weiter zur Zahlung" }).click();
    await page.waitForURL(/\/sandbox\/pay\//);
    await page.getByRole("button", { name: "Bezahlen" }).click();
    await page.waitForURL(/\/bezahlen\/zurueck\//);
    await expect(page.getByRole("heading", { level: 2 }).first().textContent()).resolves.toContain(
      "Zahlung erfolgreich",
    );
    const visited = [`${origin}/bezahlen`, page.url()];
    await noScript.close();

    // axe needs scripts for its own timers; the pages are the same server-rendered HTML.
    const withScript = await browser.newContext();
    const checker = await withScript.newPage();
    for (const url of visited) {
      await checker.goto(url);
      expect(await axeViolations(checker), url).toEqual([]);
    }
    await withScript.close();
  }, 60_000);
});

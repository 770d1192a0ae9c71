// @vitest-environment node
/**
 * The hosted page in a real browser (Debian's Chromium): the payer's flow with JavaScript disabled, under
 * the page's own Content-Security-Policy, and an axe-core accessibility check of every page the sandbox
 * renders. axe needs scripts, so it runs in a second context that bypasses the CSP for its injection only.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { chromiumLaunchOptions } from "@digitale-kommune/test-utils/chromium";
import type { AxeResults } from "axe-core";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PaymentProvider } from "../types.js";
import { type RunningSandboxServer, startSandboxServer } from "./node.js";
import { createSandboxProvider } from "./provider.js";

const require = createRequire(import.meta.url);
const API_KEY = "sandbox-browser-key-0123456789";
const SECRET = "sandbox_browser_whsec_0123456789";

let browser: Browser;
let sandbox: RunningSandboxServer;
let provider: PaymentProvider;
let portal: Server;
let portalOrigin: string;

beforeAll(async () => {
  // Stands in for the portal's return route.
  portal = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      '<!doctype html><html lang="de"><head><title>Rückkehr</title></head><body><h1>Zurück im Portal</h1></body></html>',
    );
  });
  portal.listen(0, "127.0.0.1");
  await once(portal, "listening");
  portalOrigin = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  sandbox = await startSandboxServer({ apiKey: API_KEY, notificationSecret: SECRET });
  provider = createSandboxProvider({ baseUrl: sandbox.baseUrl, apiKey: API_KEY, notificationSecrets: [SECRET] });
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  portal?.closeAllConnections();
  portal?.close();
});

async function newTransaction(locale: "de" | "en" = "de") {
  const paymentId = randomUUID();
  const returnUrl = `${portalOrigin}/zahlung/rueckkehr/${paymentId}`;
  const created = await provider.create({
    paymentId,
    cityId: "giessen",
    serviceId: "hundesteuer",
    amount: 7500,
    currency: "EUR",
    lineItems: [],
    reference: "HUND-2026-17",
    description: { de: "Hundesteuer 2026", en: "Dog tax 2026" },
    returnUrl,
    locale,
  });
  return { ...created, returnUrl };
}

/** Console errors include CSP violations (a blocked stylesheet or form target would show up here). */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

describe("hosted page in Chromium", () => {
  it("pays with JavaScript disabled: the button submits, the CSP allows the redirect, the status is paid", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      const created = await newTransaction();
      const response = await page.goto(created.redirectUrl as string);
      expect(response?.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Zahlung");
      expect(await page.locator(".amount").textContent()).toBe("75,00\u00a0€");
      // The stylesheet loaded under `style-src 'self'` (the banner is laid out as flex by it).
      expect(await page.locator(".banner").evaluate((element) => getComputedStyle(element).display)).toBe("flex");
      await Promise.all([
        page.waitForURL(`${portalOrigin}/**`),
        page.getByRole("button", { name: "Bezahlen" }).click(),
      ]);
      expect(page.url()).toBe(created.returnUrl);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Zurück im Portal");
      expect(await provider.status(created.providerPaymentId)).toMatchObject({ status: "succeeded", paidAmount: 7500 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("cancels in English with JavaScript disabled", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const created = await newTransaction("en");
      await page.goto(created.redirectUrl as string);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await Promise.all([page.waitForURL(`${portalOrigin}/**`), page.getByRole("button", { name: "Cancel" }).click()]);
      expect((await provider.status(created.providerPaymentId)).status).toBe("cancelled");
    } finally {
      await context.close();
    }
  }, 60_000);

  it("has no axe violations on the payment, finished and not-found pages, German and English", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      const open = await newTransaction();
      const finished = await newTransaction();
      sandbox.handler.control.complete(finished.providerPaymentId, "failed");
      const urls = [
        open.redirectUrl as string,
        `${open.redirectUrl}?lang=en`,
        finished.redirectUrl as string,
        `${finished.redirectUrl}?lang=en`,
        `${sandbox.baseUrl}/pay/sbx_unknown`,
      ];
      const violations: Record<string, string[]> = {};
      for (const url of urls) {
        await page.goto(url);
        violations[url] = await axeViolations(page);
      }
      expect(violations).toEqual(Object.fromEntries(urls.map((url) => [url, []])));
    } finally {
      await context.close();
    }
  }, 60_000);
});

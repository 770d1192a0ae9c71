import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitForHttp } from "@digitale-kommune/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the production build the way `pnpm start` does and talks to it over plain HTTP, as a browser
// without JavaScript would: every page and form must work this way.
const appDir = fileURLToPath(new URL("..", import.meta.url));
let server: ChildProcess;
// The server opens its payment store at start: keep it out of the source tree.
const dataDir = mkdtempSync(join(tmpdir(), "dk-portal-server-"));
let origin: string;

function postForm(fields: Record<string, string>) {
  return fetch(`${origin}/?index`, { method: "POST", body: new URLSearchParams(fields) });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const serveBin = fileURLToPath(new URL("../node_modules/.bin/react-router-serve", import.meta.url));
  server = spawn(serveBin, ["./build/server/index.js"], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", PORTAL_DATA_DIR: dataDir },
    stdio: "ignore",
  });
  await waitForHttp(origin, { process: server, timeoutMs: 20_000 });
  // The server opens its payment store (PGlite) at start and is busy until then; a status lookup answers once ready.
  await fetch(`${origin}/bezahlen/zurueck/${"A".repeat(43)}`);
}, 180_000);

afterAll(() => {
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("reference portal over HTTP (no JavaScript)", () => {
  it("serves a German start page with the ui components and the form posting to the index action", async () => {
    const response = await fetch(origin);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="de" class="dk-template">');
    expect(html).toContain('<button type="submit" class="dk-button dk-button--primary">Prüfen</button>');
    expect(html).toMatch(/<form[^>]*action="\/\?index"[^>]*method="post"/);
    expect(html).toMatch(/<label for="plz" class="dk-label">Postleitzahl<\/label>/);
    expect(html).toMatch(/<input[^>]*id="plz"[^>]*aria-describedby="plz-hint"/);
    // No errors yet: the error summary renders nothing.
    expect(html).not.toContain("dk-error-summary");
  });

  it("links the ui stylesheet, and serves it", async () => {
    const html = await (await fetch(origin)).text();
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    expect(stylesheets.length).toBeGreaterThanOrEqual(1);
    const css = await Promise.all(stylesheets.map(async (href) => (await fetch(`${origin}${href}`)).text()));
    expect(css.join("\n")).toContain(".dk-button--warning");
  });

  it("re-renders the form with the error tied to the field when the Postleitzahl is invalid", async () => {
    const response = await postForm({ plz: "62123" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="plz-hint plz-error"');
    expect(html).toMatch(/id="plz-error"[^>]*>.*nicht vergebenen Leitregion/);
    expect(html).toContain('value="62123"');
    // The error summary comes first and links to the field.
    expect(html).toMatch(
      /<section[^>]*class="dk-error-summary"[\s\S]*<a class="dk-error-summary__link" href="#plz">[^<]*Leitregion/,
    );
    expect(html.indexOf("dk-error-summary")).toBeLessThan(html.indexOf("<h1"));
  });

  it("confirms a valid Postleitzahl", async () => {
    const response = await postForm({ plz: "35578" });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/Die Postleitzahl (<!-- -->)?35578(<!-- -->)? ist gültig\./);
  });

  it("answers unknown pages with 404 and a German message", async () => {
    const response = await fetch(`${origin}/gibt-es-nicht`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Seite nicht gefunden");
  });
});

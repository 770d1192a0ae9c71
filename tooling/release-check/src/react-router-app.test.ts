import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dateInput, personName } from "@digitale-kommune/validators";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { workspaceVersionOf } from "./app-manifest.js";
import { type AppServer, startAppServer } from "./app-server.js";
import { axeViolations, launchChromium } from "./browser.js";
import { type ConsumerProject, createAppConsumer } from "./consumer.js";
import { themeCustomProperties, themesIn } from "./css.js";
import { elementById, findElements, type HtmlElement } from "./html.js";
import { runOrThrow } from "./run.js";
import { cleanEnvironment } from "./workspace.js";

// Issue 4's "new user" check: the app in fixtures/react-router-app is what a city developer writes after reading
// the READMEs. It is installed from the local registry, built for production, served with react-router-serve and
// used the way a browser without JavaScript uses it: plain GETs and form-urlencoded POSTs.
const templateDir = fileURLToPath(new URL("./fixtures/react-router-app", import.meta.url));
const questionPath = "/geburtsdatum";

// What the page must show is what the validators say, in German (their default language).
const nameCheck = personName.validate({});
const nameMessages: Record<string, string> = Object.fromEntries(
  nameCheck.ok ? [] : nameCheck.issues.map((issue) => [issue.path.join("."), issue.message]),
);
const dateMessages = dateInput.messages.de;

let app: ConsumerProject | undefined;
let server: AppServer | undefined;

function origin(): string {
  if (!server) throw new Error("the app server did not start (see the first failure)");
  return server.origin;
}

function appDir(): string {
  if (!app) throw new Error("the app was not installed (see the first failure)");
  return app.dir;
}

function npmRun(script: string) {
  return runOrThrow("npm", ["run", script], { cwd: appDir(), env: cleanEnvironment(), timeoutMs: 180_000 });
}

interface Answers {
  givenNames?: string;
  familyName?: string;
  day?: string;
  month?: string;
  year?: string;
}

/** Submits the question page as a browser without JavaScript does, without following the redirect. */
function submit(answers: Answers): Promise<Response> {
  const body = new URLSearchParams({
    givenNames: answers.givenNames ?? "",
    familyName: answers.familyName ?? "",
    "geburtsdatum-day": answers.day ?? "",
    "geburtsdatum-month": answers.month ?? "",
    "geburtsdatum-year": answers.year ?? "",
  });
  return fetch(`${origin()}${questionPath}`, { method: "POST", body, redirect: "manual" });
}

function input(html: string, id: string): HtmlElement {
  const element = elementById(html, id);
  expect(element.tag, `#${id}`).toBe("input");
  return element;
}

/** The ErrorSummary's links, each checked to lead to exactly one element of the page. */
function summaryLinks(html: string): { href: string; text: string }[] {
  const links = findElements(html, "a")
    .filter((link) => link.attributes.class?.includes("dk-error-summary__link"))
    .map((link) => ({ href: link.attributes.href ?? "", text: link.text }));
  for (const { href } of links) {
    expect(href).toMatch(/^#./);
    expect(() => elementById(html, href.slice(1)), `target of ${href}`).not.toThrow();
  }
  return links;
}

function invalidInputs(html: string): string[] {
  return findElements(html, "input")
    .filter((element) => element.attributes["aria-invalid"] === "true")
    .map((element) => element.attributes.id ?? "");
}

const dateFields = ["geburtsdatum-day", "geburtsdatum-month", "geburtsdatum-year"];

beforeAll(async () => {
  app = await createAppConsumer(inject("registryUrl"), templateDir, workspaceVersionOf);
  await npmRun("build");
  server = await startAppServer(app.dir, questionPath);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  app?.remove();
});

describe("a new user's React Router app (framework mode, server-rendered)", () => {
  it("type-checks with react-router typegen && tsc", async () => {
    const result = await npmRun("typecheck");
    expect(result.code).toBe(0);
  });

  it("renders the question page in German inside the Gießen theme's wrapper", async () => {
    const response = await fetch(`${origin()}${questionPath}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(findElements(html, "html")[0]?.attributes.lang).toBe("de");
    const [body] = findElements(html, "body");
    expect(body?.attributes.class?.split(" ")).toContain("dk-template");
    expect(body?.attributes["data-dk-theme"]).toBe("giessen");
    expect(findElements(html, "h1").map((heading) => heading.text)).toEqual(["Angaben zu Ihrer Person"]);
    expect(findElements(html, "section"), "no error summary before the first submission").toEqual([]);
  });

  it("links stylesheets holding the base, the components it uses and exactly one city theme", async () => {
    const html = await (await fetch(`${origin()}${questionPath}`)).text();
    const hrefs = findElements(html, "link")
      .filter((link) => link.attributes.rel === "stylesheet")
      .map((link) => link.attributes.href ?? "");
    expect(hrefs.length).toBeGreaterThan(0);
    const responses = await Promise.all(hrefs.map((href) => fetch(new URL(href, origin()))));
    expect(responses.map((response) => response.status)).toEqual(hrefs.map(() => 200));
    const css = (await Promise.all(responses.map((response) => response.text()))).join("\n");

    const installedTheme = readFileSync(
      join(appDir(), "node_modules/@digitale-kommune/ui/dist/themes/giessen.css"),
      "utf8",
    );
    const giessen = themeCustomProperties(installedTheme, "giessen");
    expect(Object.keys(giessen).length).toBeGreaterThan(0);
    expect(themeCustomProperties(css, "giessen")).toEqual(giessen);
    expect(themesIn(css)).toEqual(["giessen"]);
    for (const className of ["dk-template", "dk-button", "dk-text-field__input", "dk-date-input", "dk-error-summary"]) {
      expect(css, className).toContain(`.${className}`);
    }
  });

  it("ties every label to its input and posts the date as geburtsdatum-day, -month and -year", async () => {
    const html = await (await fetch(`${origin()}${questionPath}`)).text();
    const [form] = findElements(html, "form");
    expect(form?.attributes.method).toBe("post");
    expect(form?.attributes.action).toBe(questionPath);

    const labels = Object.fromEntries(findElements(html, "label").map((label) => [label.attributes.for, label.text]));
    expect(labels).toEqual({
      givenNames: "Vornamen",
      familyName: "Familienname",
      "geburtsdatum-day": "Tag",
      "geburtsdatum-month": "Monat",
      "geburtsdatum-year": "Jahr",
    });
    const inputs = findElements(html, "input").map(({ attributes }) => [
      attributes.id,
      attributes.name,
      attributes.autocomplete,
    ]);
    expect(inputs).toEqual([
      ["givenNames", "givenNames", "given-name"],
      ["familyName", "familyName", "family-name"],
      ["geburtsdatum-day", "geburtsdatum-day", "bday-day"],
      ["geburtsdatum-month", "geburtsdatum-month", "bday-month"],
      ["geburtsdatum-year", "geburtsdatum-year", "bday-year"],
    ]);
    expect(findElements(html, "legend").map((legend) => legend.text)).toEqual(["Wann sind Sie geboren?"]);
  });

  it("answers an empty form with 400, an error summary linking to every field and the errors on the fields", async () => {
    const response = await submit({});
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(findElements(html, "h2").map((heading) => heading.text)).toContain("Es gibt ein Problem");
    expect(summaryLinks(html)).toEqual([
      { href: "#givenNames", text: nameMessages.givenNames },
      { href: "#familyName", text: nameMessages.familyName },
      { href: "#geburtsdatum", text: dateMessages.empty },
    ]);
    expect(invalidInputs(html)).toEqual(["givenNames", "familyName", ...dateFields]);
    expect(elementById(html, "givenNames-error").text).toBe(`Fehler: ${nameMessages.givenNames}`);
    expect(elementById(html, "geburtsdatum-error").text).toBe(`Fehler: ${dateMessages.empty}`);
    expect(input(html, "givenNames").attributes["aria-describedby"]).toBe("givenNames-error");
  });

  it("marks only the missing month and fills in everything that was posted", async () => {
    const response = await submit({ givenNames: "Zoë", familyName: "Nguyễn", day: "27", year: "2007" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(summaryLinks(html)).toEqual([{ href: "#geburtsdatum-month", text: dateMessages.missing_month }]);
    expect(invalidInputs(html)).toEqual(["geburtsdatum-month"]);
    expect(input(html, "givenNames").attributes.value).toBe("Zoë");
    expect(input(html, "familyName").attributes.value).toBe("Nguyễn");
    expect(input(html, "geburtsdatum-day").attributes.value).toBe("27");
    expect(input(html, "geburtsdatum-year").attributes.value).toBe("2007");
  });

  it("reports 31 2 2020 as a date that does not exist, on the whole date", async () => {
    const response = await submit({
      givenNames: "Erika",
      familyName: "Mustermann",
      day: "31",
      month: "2",
      year: "2020",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(summaryLinks(html)).toEqual([{ href: "#geburtsdatum", text: dateMessages.invalid_date }]);
    expect(elementById(html, "geburtsdatum").attributes.class).toBe("dk-date-input");
    expect(invalidInputs(html)).toEqual(dateFields);
    expect(dateFields.map((id) => input(html, id).attributes.value)).toEqual(["31", "2", "2020"]);
  });

  it("rejects a date of birth in the future", async () => {
    const nextYear = String(new Date().getFullYear() + 1);
    const response = await submit({
      givenNames: "Erika",
      familyName: "Mustermann",
      day: "1",
      month: "1",
      year: nextYear,
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(summaryLinks(html)).toEqual([{ href: "#geburtsdatum", text: dateMessages.in_future }]);
    expect(elementById(html, "geburtsdatum-error").text).toBe(`Fehler: ${dateMessages.in_future}`);
  });

  it("redirects valid answers to the confirmation, whose Panel shows the reference", async () => {
    const response = await submit({
      givenNames: "Erika",
      familyName: "Mustermann",
      day: "27",
      month: "3",
      year: "2007",
    });
    expect([302, 303]).toContain(response.status);
    const location = response.headers.get("location") ?? "";
    const reference = new URL(location, origin()).searchParams.get("aktenzeichen");
    expect(location).toMatch(/^\/fertig\?/);
    expect(reference).toMatch(/^GI-[0-9A-F]{8}$/);

    const confirmation = await fetch(new URL(location, origin()));
    expect(confirmation.status).toBe(200);
    const html = await confirmation.text();
    const panel = findElements(html, "div").find((div) => div.attributes.class === "dk-panel");
    expect(panel, "the Panel").toBeDefined();
    expect(findElements(html, "h1")).toEqual([
      { attributes: { class: "dk-panel__title" }, text: "Angaben gespeichert" },
    ]);
    expect(findElements(html, "p").find((p) => p.attributes.class === "dk-panel__reference")?.text).toBe(
      `Ihr Aktenzeichen: ${reference}`,
    );
  });
});

describe("the same app in Chromium", () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  function chromium(): Browser {
    if (!browser) throw new Error("Chromium did not start");
    return browser;
  }

  it("works with JavaScript switched off: error summary, its link into the date, then the confirmation", async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      // With JavaScript React Router would post with fetch; a document request proves the browser's own form post.
      const posts: string[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST") posts.push(request.resourceType());
      });
      await page.goto(`${origin()}${questionPath}`);
      await page.getByLabel("Vornamen").fill("Erika");
      await page.getByLabel("Familienname").fill("Mustermann");
      await page.getByLabel("Tag", { exact: true }).fill("31");
      await page.getByLabel("Monat", { exact: true }).fill("2");
      await page.getByLabel("Jahr", { exact: true }).fill("2020");
      await page.getByRole("button", { name: "Weiter" }).click();

      const summary = page.getByRole("region", { name: "Es gibt ein Problem" });
      const link = summary.getByRole("link", { name: dateMessages.invalid_date });
      await link.waitFor();
      expect(await page.getByLabel("Vornamen").inputValue()).toBe("Erika");

      await link.click();
      expect(new URL(page.url()).hash).toBe("#geburtsdatum");
      // Without JavaScript nothing moves focus: the link only moves the starting point, so Tab reaches „Tag“.
      await page.keyboard.press("Tab");
      expect(await page.locator(":focus").getAttribute("id")).toBe("geburtsdatum-day");
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("29");
      await page.keyboard.press("Enter");

      await page.waitForURL(/\/fertig\?aktenzeichen=GI-/);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Angaben gespeichert");
      expect(posts).toEqual(["document", "document"]);
    } finally {
      await context.close();
    }
  });

  it("has no axe-core violations on the page with errors and on the confirmation", async () => {
    const context = await chromium().newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin()}${questionPath}`);
      await page.getByRole("button", { name: "Weiter" }).click();
      await page.getByRole("region", { name: "Es gibt ein Problem" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel("Vornamen").fill("Erika");
      await page.getByLabel("Familienname").fill("Mustermann");
      await page.getByLabel("Tag", { exact: true }).fill("27");
      await page.getByLabel("Monat", { exact: true }).fill("3");
      await page.getByLabel("Jahr", { exact: true }).fill("2007");
      await page.getByRole("button", { name: "Weiter" }).click();
      await page.waitForURL(/\/fertig\?aktenzeichen=GI-/);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

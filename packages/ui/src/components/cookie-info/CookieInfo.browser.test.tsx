// CookieInfo in Chromium: the table's structure as the browser exposes it (caption, column and row headers), and
// the table reflowing at 320 px with long cookie names and German compounds.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./cookie-info.css";
import * as stories from "./CookieInfo.stories.js";

const { Default, English, LongText, SeveralCookies } = composeStories(stories);

describe("CookieInfo in the browser", () => {
  it("shows the heading, a table named by its caption, and its header cells", async () => {
    await mount(<Default />);
    await expect.element(page.getByRole("heading", { level: 2, name: "Cookies" })).toBeVisible();
    const table = page.getByRole("table", { name: "Cookies, die dieses Portal setzt" });
    await expect.element(table).toBeVisible();
    expect(
      table
        .getByRole("columnheader")
        .elements()
        .map((header) => header.textContent),
    ).toEqual(["Name", "Zweck", "Speicherdauer"]);
    await expect.element(table.getByRole("rowheader", { name: "__Host-dk-session" })).toBeVisible();
    await expect.element(table.getByRole("cell", { name: "bis Sie den Browser schließen" })).toBeVisible();
  });

  it("is in English with locale en", async () => {
    await mount(<English />);
    await expect.element(page.getByRole("table", { name: "Cookies this portal sets" })).toBeVisible();
    await expect.element(page.getByRole("columnheader", { name: "Expires" })).toBeVisible();
  });

  it.each([
    ["the default", Default],
    ["several cookies", SeveralCookies],
    ["long names and compounds", LongText],
  ])("fits %s into 320 px without horizontal scrolling", async (_name, Story) => {
    const { host } = await mount(<Story />, { width: "320px" });
    const table = host.querySelector("table") as HTMLTableElement;
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
    expect(table.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});

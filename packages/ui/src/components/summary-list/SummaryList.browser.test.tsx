// Layout (aligned columns, stacking at 320 px) and keyboard order of SummaryList in a real browser (Chromium), with
// the real CSS.
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./summary-list.css";
import { parkausweisRows } from "./examples.js";
import { SummaryCard, SummaryList } from "./index.js";

async function mountAt(viewportWidth: number, children: ReactNode) {
  await page.viewport(viewportWidth, 900);
  return mount(children, { lang: "de" });
}

const rows = [{ key: "Antragsnummer", value: "BPA-2026-004711" }, ...parkausweisRows];

describe("SummaryList in the browser", () => {
  it("lines up keys, values and actions as columns on wide screens, also in rows without actions", async () => {
    const { host, find } = await mountAt(1024, <SummaryList rows={rows} />);
    const values = [...host.querySelectorAll(".dk-summary-list__value")].map((value) => value.getBoundingClientRect());
    expect(new Set(values.map((box) => Math.round(box.left))).size).toBe(1);
    expect(new Set(values.map((box) => Math.round(box.width))).size).toBe(1);
    const keys = [...host.querySelectorAll(".dk-summary-list__key")].map((key) => key.getBoundingClientRect());
    expect(Math.round(keys[0]?.top ?? 0)).toBe(Math.round(values[0]?.top ?? 1));
    // The row without actions keeps an empty actions cell, so the line under it spans the whole width.
    const withoutActions = find(".dk-summary-list__row--no-actions");
    const emptyCell = getComputedStyle(withoutActions, "::after");
    expect(emptyCell.display).toBe("table-cell");
    const actions = find(".dk-summary-list__actions");
    expect(Number.parseFloat(emptyCell.width)).toBeCloseTo(actions.getBoundingClientRect().width, 0);
  });

  it("stacks question, answer and link at 320 px without horizontal scrolling", async () => {
    const { host, find } = await mountAt(320, <SummaryList rows={rows} />);
    const list = find("dl");
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    const row = host.querySelectorAll(".dk-summary-list__row")[1] as HTMLElement;
    const key = row.querySelector("dt")?.getBoundingClientRect();
    const value = row.querySelector(".dk-summary-list__value")?.getBoundingClientRect();
    const action = row.querySelector(".dk-summary-list__actions")?.getBoundingClientRect();
    expect(value?.top).toBeGreaterThanOrEqual(key?.bottom ?? 0);
    expect(action?.top).toBeGreaterThanOrEqual(value?.bottom ?? 0);
  });

  it("reaches every change link with Tab, each named by what it changes (and by the card)", async () => {
    const { find } = await mountAt(
      1024,
      <>
        <button type="button">Vorher</button>
        <SummaryCard title="Antragstellerin" rows={parkausweisRows.slice(0, 2)} />
      </>,
    );
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    expect(document.activeElement?.getAttribute("href")).toBe("/antrag/name");
    await userEvent.tab();
    expect(document.activeElement?.getAttribute("href")).toBe("/antrag/geburtsdatum");
    await expect
      .element(page.getByRole("link", { name: "Ändern das Geburtsdatum (Antragstellerin)", exact: true }))
      .toBeInTheDocument();
  });
});

// @vitest-environment node
/// <reference types="vite/client" />
// Every story renders completely on the server (react-dom/server in Node, no DOM or browser API), every id that the
// markup references exists in it, and no copy button is in the server HTML (they appear only after hydration).
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { allStories } from "./test-support/compose-stories.js";

const stories = allStories(import.meta.glob("./*.stories.tsx", { eager: true }));

// Attribute values in React's server output are quoted with `"` and never contain one; `[^"]*` cannot backtrack.
const ID = /\sid="([^"]*)"/g;
const REFERENCES = /\s(?:for|aria-describedby|aria-labelledby|aria-controls)="([^"]*)"/g;

describe("server rendering of every story", () => {
  it("finds the stories of all four components", () => {
    const components = new Set(stories.map((story) => story.name.split(" / ")[0]));
    expect([...components].sort()).toEqual([
      "BankTransferDetails",
      "PaymentMethodChoice",
      "PaymentStatus",
      "PaymentSummary",
    ]);
    expect(stories.length).toBeGreaterThanOrEqual(30);
  });

  it.each(stories)("$name renders on the server with every id reference resolved", ({ Story }) => {
    const html = renderToString(<Story />);
    const ids = new Set([...html.matchAll(ID)].map((match) => match[1]));
    const missing = [...html.matchAll(REFERENCES)]
      .flatMap((match) => (match[1] ?? "").split(" "))
      .filter((id) => id !== "" && !ids.has(id));
    expect(missing).toEqual([]);
  });

  it.each(stories.filter((story) => story.name.startsWith("BankTransferDetails")))(
    "$name has no copy button before hydration",
    ({ Story }) => {
      const html = renderToString(<Story />);
      expect(html).toContain("dk-payment-copy__value");
      expect(html).not.toContain("<button");
    },
  );
});

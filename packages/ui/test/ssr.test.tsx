// Every story renders completely on the server (react-dom/server in Node, no DOM APIs), and every id that the
// markup references (label for, aria-describedby, aria-labelledby, aria-controls, href="#…") exists in it.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { allStories } from "./stories.js";

const REFERENCING = ["for", "aria-describedby", "aria-labelledby", "aria-controls", "aria-errormessage"];

describe("server rendering of every story", () => {
  it("finds the stories", () => {
    expect(allStories.length).toBeGreaterThan(0);
  });

  it.each(allStories)("$name renders on the server with every id reference resolved", ({ Story }) => {
    const html = renderToString(<Story />);
    expect(html.length).toBeGreaterThan(0);
    const container = document.createElement("div");
    container.innerHTML = html;
    const ids = new Set([...container.querySelectorAll("[id]")].map((element) => element.id));
    const missing: string[] = [];
    for (const attribute of REFERENCING) {
      for (const element of container.querySelectorAll(`[${attribute}]`)) {
        for (const id of (element.getAttribute(attribute) ?? "").split(/\s+/).filter(Boolean)) {
          if (!ids.has(id)) missing.push(`${attribute}="${id}"`);
        }
      }
    }
    for (const link of container.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(link.getAttribute("href")?.slice(1) ?? "");
      if (id && !ids.has(id)) missing.push(`href="#${id}"`);
    }
    expect(missing).toEqual([]);
  });
});

// The example pages (stories titled "Beispielseiten/…") as whole pages: axe with the page-level rules on as well
// (landmarks, one main, one h1, all content in landmarks, unique landmark names), in headless Chromium with the CSS.
// Component stories are checked without these rules (test/a11y.browser.test.tsx): a component alone is no page.
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { mount } from "./browser-mount.js";
import { allStories } from "./stories.js";
import "../dist/styles/tokens.css";
import "../src/base/base.css";
import "../dist/themes/fulda.css";
import "../dist/themes/giessen.css";
import "../dist/themes/limburg.css";
import "../dist/themes/marburg.css";
import "../dist/themes/offenbach.css";
import "../dist/themes/wetzlar.css";

import.meta.glob("../src/components/*/*.css", { eager: true });

const pages = allStories.filter((story) => story.title.startsWith("Beispielseiten/"));

// Page-level rules are tagged best-practice in axe; they are the ones a component test cannot check.
const PAGE_RULES = [
  "landmark-one-main",
  "landmark-no-duplicate-main",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-unique",
  "landmark-banner-is-top-level",
  "landmark-contentinfo-is-top-level",
  "landmark-main-is-top-level",
  "page-has-heading-one",
  "region",
  "heading-order",
  "skip-link",
];

describe("example pages", () => {
  it("exist: one complete city page per partner city", () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)("$name passes axe with the WCAG and the page-level rules", async ({ Story }) => {
    const { host } = await mount(<Story />);
    const wcag = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    const page = await axe.run(document, { runOnly: { type: "rule", values: PAGE_RULES } });
    const names = (results: axe.AxeResults) =>
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
      );
    expect(names(wcag)).toEqual([]);
    expect(names(page)).toEqual([]);
    // The rules ran on the page: it has its landmarks and one h1.
    expect(host.querySelectorAll("header, main, footer").length).toBeGreaterThanOrEqual(3);
    expect(host.querySelectorAll("h1")).toHaveLength(1);
  });
});

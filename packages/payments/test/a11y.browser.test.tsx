/// <reference types="vite/client" />
// Every story of the React pieces, checked with axe-core in headless Chromium with the real CSS (the ui package's
// tokens, base and component styles and this package's own), in the neutral theme light and dark and in every city
// theme: zero violations of the WCAG 2.0–2.2 A and AA rules. Page-level rules are the portal's concern.
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { mount } from "../src/react/test-support/browser-mount.js";
import { allStories } from "../src/react/test-support/compose-stories.js";
import "@digitale-kommune/ui/styles/base.css";
import "@digitale-kommune/ui/styles/alert.css";
import "@digitale-kommune/ui/styles/button.css";
import "@digitale-kommune/ui/styles/error-message.css";
import "@digitale-kommune/ui/styles/fieldset.css";
import "@digitale-kommune/ui/styles/form-group.css";
import "@digitale-kommune/ui/styles/link.css";
import "@digitale-kommune/ui/styles/panel.css";
import "@digitale-kommune/ui/styles/radios.css";
import "@digitale-kommune/ui/styles/summary-list.css";
import "@digitale-kommune/ui/styles/table.css";
import "@digitale-kommune/ui/themes/fulda.css";
import "@digitale-kommune/ui/themes/giessen.css";
import "@digitale-kommune/ui/themes/limburg.css";
import "@digitale-kommune/ui/themes/marburg.css";
import "@digitale-kommune/ui/themes/offenbach.css";
import "@digitale-kommune/ui/themes/wetzlar.css";
import "@digitale-kommune/ui/themes/dark.css";

import.meta.glob("../src/react/styles/*.css", { eager: true });

const stories = allStories(import.meta.glob("../src/react/*.stories.tsx", { eager: true }));

const CITY_THEMES = ["fulda", "giessen", "limburg", "marburg", "offenbach", "wetzlar"];
const combinations = [
  { theme: "default", scheme: "light" as const },
  { theme: "default", scheme: "dark" as const },
  ...CITY_THEMES.map((theme) => ({ theme, scheme: "light" as const })),
];

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

describe("the stories", () => {
  it("are all found", () => {
    expect(stories.length).toBeGreaterThanOrEqual(30);
  });
});

describe.each(combinations)("axe in theme $theme ($scheme)", ({ theme, scheme }) => {
  it.each(stories)("$name has no violations", async ({ Story }) => {
    const host = await mount(<Story />, { lang: "de", theme, colorScheme: scheme });
    // The stylesheets applied: the ui tokens are defined on the host, so axe checks the real colours.
    expect(getComputedStyle(host).getPropertyValue("--dk-color-layout-text")).not.toBe("");
    const result = await axe.run(host, { runOnly: { type: "tag", values: WCAG_TAGS } });
    const violations = result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
    expect(violations).toEqual([]);
  });
});

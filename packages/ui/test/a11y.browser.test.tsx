// Every story, checked with axe-core in headless Chromium with the real CSS, once per city theme (light) and in
// the default theme's dark mode: zero violations of WCAG 2.0–2.2 A and AA rules. Page-level rules (landmarks,
// one h1) are checked on full pages in the docs; here each component stands alone.
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import themes from "../tokens/themes.json";
import { mount } from "./browser-mount.js";
import { allStories } from "./stories.js";
// The sources of every component's CSS (found by glob, so a new component is checked without editing this file),
// the built tokens and themes.
import "../dist/styles/tokens.css";
import "../src/base/base.css";
import "../dist/themes/fulda.css";
import "../dist/themes/giessen.css";
import "../dist/themes/limburg.css";
import "../dist/themes/marburg.css";
import "../dist/themes/offenbach.css";
import "../dist/themes/wetzlar.css";
import "../dist/themes/dark.css";

import.meta.glob("../src/components/*/*.css", { eager: true });

const combinations = [
  { theme: "default", scheme: "light" as const },
  { theme: "default", scheme: "dark" as const },
  ...Object.keys(themes).map((theme) => ({ theme, scheme: "light" as const })),
];

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violationsOf(Story: (typeof allStories)[number]["Story"], theme: string, scheme: "light" | "dark") {
  const { host } = await mount(<Story />, { lang: "de", theme, colorScheme: scheme, style: { padding: "16px" } });
  const result = await axe.run(host, { runOnly: { type: "tag", values: WCAG_TAGS } });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

describe.each(combinations)("axe in theme $theme ($scheme)", ({ theme, scheme }) => {
  it.each(allStories)("$name has no violations", async ({ Story }) => {
    expect(await violationsOf(Story, theme, scheme)).toEqual([]);
  });
});

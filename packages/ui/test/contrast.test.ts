// @vitest-environment node
// WCAG contrast of every text/background and UI/focus pair, in every theme and colour scheme, computed from the
// built tokens (dist/tokens). Text needs 4.5:1 (1.4.3), non-text UI and the focus indicator 3:1 (1.4.11, 2.4.11).
import { readFileSync } from "node:fs";
import Color from "colorjs.io";
import { describe, expect, it } from "vitest";
import themes from "../tokens/themes.json";

type Tokens = Record<string, string>;

const TEXT = 4.5;
const NON_TEXT = 3;

/** [foreground, background, minimum ratio, what the pair is] with token names without the --dk-color- prefix. */
const PAIRS: Array<[string, string, number, string]> = [
  ["layout-text", "layout-background", TEXT, "body text"],
  ["layout-text", "layout-background-muted", TEXT, "text on panels"],
  ["layout-text", "form-background", TEXT, "text in inputs"],
  ["layout-text-muted", "layout-background", TEXT, "hints"],
  ["layout-text-muted", "layout-background-muted", TEXT, "hints on panels"],
  ["link-default", "layout-background", TEXT, "links"],
  ["link-default", "layout-background-muted", TEXT, "links on panels"],
  ["link-visited", "layout-background", TEXT, "visited links"],
  ["link-hover", "layout-background", TEXT, "hovered links"],
  ["action-text", "action-default", TEXT, "primary button text"],
  ["action-text", "action-hover", TEXT, "primary button text on hover"],
  ["action-default", "layout-background", TEXT, "secondary button text and border"],
  ["brand-text", "brand-default", TEXT, "text on the brand colour"],
  ["layout-background", "feedback-error", TEXT, "warning button text"],
  ["layout-background", "layout-text", TEXT, "warning button text on hover"],
  ["focus-text", "focus-background", TEXT, "focused link text on the highlight"],
  ["feedback-error", "layout-background", TEXT, "error messages"],
  ["feedback-success", "layout-background", TEXT, "success text"],
  ["feedback-warning", "layout-background", TEXT, "warning text"],
  ["feedback-info", "layout-background", TEXT, "information text"],
  ["layout-text", "feedback-error-background", TEXT, "text in error banners"],
  ["layout-text", "feedback-success-background", TEXT, "text in success banners"],
  ["layout-text", "feedback-warning-background", TEXT, "text in warning banners"],
  ["layout-text", "feedback-info-background", TEXT, "text in information banners"],
  ["feedback-error", "feedback-error-background", NON_TEXT, "error alert icon and border"],
  ["feedback-success", "feedback-success-background", NON_TEXT, "success alert icon and border"],
  ["feedback-warning", "feedback-warning-background", NON_TEXT, "warning alert icon and border"],
  ["feedback-info", "feedback-info-background", NON_TEXT, "information alert icon and border"],
  ["action-text", "action-default", NON_TEXT, "focus outline on the action colour (links in a Panel)"],
  ["form-border", "layout-background", NON_TEXT, "input borders"],
  ["form-border", "form-background", NON_TEXT, "input borders on the input background"],
  ["feedback-error", "form-background", NON_TEXT, "error borders of inputs"],
  ["focus-outline", "layout-background", NON_TEXT, "focus indicator"],
  ["focus-outline", "layout-background-muted", NON_TEXT, "focus indicator on panels"],
  ["action-default", "layout-background-muted", NON_TEXT, "selected controls on panels"],
];

const combinations = ["default", ...Object.keys(themes)].flatMap((theme) =>
  (["light", "dark"] as const).map((mode) => ({ theme, mode })),
);

function load(theme: string, mode: string): Tokens {
  return JSON.parse(readFileSync(new URL(`../dist/tokens/${theme}.${mode}.json`, import.meta.url), "utf8")) as Tokens;
}

function contrast(tokens: Tokens, foreground: string, background: string): number {
  const color = (name: string) => {
    const value = tokens[`--dk-color-${name}`];
    if (!value) throw new Error(`token --dk-color-${name} is missing`);
    return new Color(value);
  };
  return color(foreground).contrast(color(background), "WCAG21");
}

describe.each(combinations)("contrast in theme $theme ($mode)", ({ theme, mode }) => {
  const tokens = load(theme, mode);
  it.each(PAIRS)("%s on %s reaches %d:1 (%s)", (foreground, background, minimum) => {
    expect(contrast(tokens, foreground, background)).toBeGreaterThanOrEqual(minimum);
  });
});

describe("the contrast check itself", () => {
  it("measures known pairs as WCAG does", () => {
    const tokens = { "--dk-color-a": "#ffffff", "--dk-color-b": "#000000", "--dk-color-c": "#767676" };
    expect(contrast(tokens, "b", "a")).toBeCloseTo(21, 5);
    expect(contrast(tokens, "c", "a")).toBeCloseTo(4.54, 2);
  });
});

// @vitest-environment node
// Every custom property a component's CSS reads is either a semantic token of the theme or part of the
// component's declared token API (its tokens.json), so a typo or an undocumented knob fails here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const componentsDir = fileURLToPath(new URL("../src/components", import.meta.url));
const semantic = new Set(
  Object.keys(JSON.parse(readFileSync(new URL("../dist/tokens/default.light.json", import.meta.url), "utf8"))),
);

type TokenTree = { [key: string]: TokenTree | unknown };

/** The CSS names (`--dk-button-primary-color`) of every token in a component's tokens.json. */
function declaredNames(tree: TokenTree, prefix: string[] = []): string[] {
  if ("$value" in tree) return [`--${prefix.join("-")}`];
  return Object.entries(tree).flatMap(([key, value]) =>
    key.startsWith("$") || typeof value !== "object" || value === null
      ? []
      : declaredNames(value as TokenTree, [...prefix, key]),
  );
}

const components = readdirSync(componentsDir).filter((name) => existsSync(join(componentsDir, name, "tokens.json")));

describe("component token APIs", () => {
  it("every component folder with CSS declares its tokens", () => {
    const withCss = readdirSync(componentsDir).filter((name) =>
      readdirSync(join(componentsDir, name)).some((file) => file.endsWith(".css")),
    );
    expect(withCss.filter((name) => !components.includes(name))).toEqual([]);
  });

  it.each(components)("%s reads only semantic tokens and its declared API", (component) => {
    const dir = join(componentsDir, component);
    const declared = new Set(declaredNames(JSON.parse(readFileSync(join(dir, "tokens.json"), "utf8")) as TokenTree));
    const css = readdirSync(dir)
      .filter((file) => file.endsWith(".css"))
      .map((file) => readFileSync(join(dir, file), "utf8"))
      .join("\n");
    const used = [...css.matchAll(/var\(\s*(--dk-[a-z0-9-]+)/g)].map((match) => match[1] ?? "");
    const unknown = [...new Set(used)].filter((name) => !semantic.has(name) && !declared.has(name));
    expect(unknown).toEqual([]);
    // Each declared token is really read by the CSS (no documented knob without effect).
    expect([...declared].filter((name) => !used.includes(name))).toEqual([]);
  });
});

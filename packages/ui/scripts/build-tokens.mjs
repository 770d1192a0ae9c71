// Builds the design tokens (W3C design-tokens JSON in tokens/) with Style Dictionary into CSS custom properties:
//   dist/styles/tokens.css      the default theme (light) on :root
//   dist/themes/<city>.css      what a city changes, under [data-dk-theme="<city>"]
//   dist/themes/dark.css        dark mode: [data-dk-color-scheme="dark"], and "auto" following the system setting
//   dist/tokens/<theme>.<mode>.json   every semantic token resolved, for tools and the contrast test
// Several cities share one CSS build: a theme is only a set of custom properties under its attribute.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import StyleDictionary from "style-dictionary";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const tokensDir = join(packageDir, "tokens");
const dist = join(packageDir, "dist");
const themes = JSON.parse(readFileSync(join(tokensDir, "themes.json"), "utf8"));

/** Every semantic token (palette excluded) of the given source files, resolved: CSS name → value. */
async function resolve(files) {
  const dictionary = new StyleDictionary({
    source: files.map((file) => join(tokensDir, file)),
    platforms: { css: { transformGroup: "css", prefix: "dk" } },
    log: { verbosity: "silent", warnings: "disabled" },
  });
  const exported = await dictionary.getPlatformTokens("css");
  const values = {};
  for (const token of exported.allTokens) {
    if (token.path[0] === "palette") continue;
    values[`--${token.name}`] = String(token.$value ?? token.value);
  }
  return values;
}

function block(selector, values) {
  const lines = Object.entries(values).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join("\n")}\n}\n`;
}

function changed(values, against) {
  return Object.fromEntries(Object.entries(values).filter(([name, value]) => against[name] !== value));
}

const header = (what) => `/* @digitale-kommune/ui ${what}. Generated from tokens/ by scripts/build-tokens.mjs. */\n`;
const light = ["base.tokens.json", "semantic.tokens.json"];
const defaultLight = await resolve(light);
const defaultDark = await resolve([...light, "dark.tokens.json"]);

mkdirSync(join(dist, "styles"), { recursive: true });
mkdirSync(join(dist, "themes"), { recursive: true });
mkdirSync(join(dist, "tokens"), { recursive: true });

writeFileSync(
  join(dist, "styles", "tokens.css"),
  header("design tokens, default theme") + block(":root", defaultLight),
);
writeFileSync(join(dist, "tokens", "default.light.json"), `${JSON.stringify(defaultLight, null, 2)}\n`);
writeFileSync(join(dist, "tokens", "default.dark.json"), `${JSON.stringify(defaultDark, null, 2)}\n`);

const darkBlocks = [{ selector: "", values: changed(defaultDark, defaultLight) }];
for (const [city, name] of Object.entries(themes)) {
  const cityLight = await resolve([...light, `themes/${city}.tokens.json`]);
  const cityDark = await resolve([...light, "dark.tokens.json", `themes/${city}.dark.tokens.json`]);
  const lightChanges = changed(cityLight, defaultLight);
  writeFileSync(
    join(dist, "themes", `${city}.css`),
    header(`theme ${name}`) + block(`[data-dk-theme="${city}"]`, lightChanges),
  );
  // In dark mode a city must also reset what its light theme set, as both selectors weigh the same.
  const darkChanges = { ...changed(cityDark, defaultDark) };
  for (const name of Object.keys(lightChanges)) darkChanges[name] = cityDark[name];
  darkBlocks.push({ selector: `[data-dk-theme="${city}"]`, values: darkChanges });
  writeFileSync(join(dist, "tokens", `${city}.light.json`), `${JSON.stringify(cityLight, null, 2)}\n`);
  writeFileSync(join(dist, "tokens", `${city}.dark.json`), `${JSON.stringify(cityDark, null, 2)}\n`);
}

// A city's dark values apply where the scheme and the theme meet: on one element, or with either set on an ancestor
// (a city page inside a dark Storybook frame, a dark region inside a city page), and outweigh the light theme.
function schemeSelector(scheme, theme, indent = "") {
  const marker = `[data-dk-color-scheme="${scheme}"]`;
  if (theme === "") return `${indent}${marker}`;
  return [`${marker}${theme}`, `${marker} ${theme}`, `${theme} ${marker}`]
    .map((part) => `${indent}${part}`)
    .join(",\n");
}

const forced = darkBlocks.map(({ selector, values }) => block(schemeSelector("dark", selector), values)).join("");
const automatic = darkBlocks
  .map(({ selector, values }) =>
    block(schemeSelector("auto", selector, "  "), values)
      .replaceAll("\n  --", "\n    --")
      .replace(/\n}\n$/, "\n  }\n"),
  )
  .join("");
writeFileSync(
  join(dist, "themes", "dark.css"),
  `${header("dark mode, every theme")}[data-dk-color-scheme="dark"],\n[data-dk-color-scheme="auto"] {\n  color-scheme: light dark;\n}\n${forced}@media (prefers-color-scheme: dark) {\n${automatic}}\n`,
);

// Publishes the stylesheets (run after build-tokens.mjs, which writes dist/styles/tokens.css and the themes):
//   dist/styles/base.css          tokens of the default theme + base styles; every page needs it
//   dist/styles/<component>.css   one component, so apps load only what they use
//   dist/styles.css               base and every component, the @imports of src/styles.css inlined
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(packageDir, "src");
const stylesDir = join(packageDir, "dist", "styles");

const tokens = readFileSync(join(stylesDir, "tokens.css"), "utf8");
const base = readFileSync(join(sourceDir, "base", "base.css"), "utf8");
writeFileSync(join(stylesDir, "base.css"), `${tokens}\n${base}`);

for (const component of readdirSync(join(sourceDir, "components"))) {
  const componentDir = join(sourceDir, "components", component);
  for (const file of readdirSync(componentDir).filter((name) => name.endsWith(".css"))) {
    copyFileSync(join(componentDir, file), join(stylesDir, file));
  }
}

const importLine = /^@import\s+"([^"]+)";\s*$/;
const bundle = readFileSync(join(sourceDir, "styles.css"), "utf8")
  .split("\n")
  .map((line) => {
    const match = importLine.exec(line);
    if (!match?.[1]) return line;
    const imported = join(sourceDir, match[1]);
    return `/* ${relative(sourceDir, imported)} */\n${readFileSync(imported, "utf8").trimEnd()}`;
  })
  .join("\n");
writeFileSync(join(packageDir, "dist", "styles.css"), `${tokens}\n${bundle}`);

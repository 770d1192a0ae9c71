// Publishes the component styles: each component's CSS as dist/styles/<component>.css, and
// dist/styles.css with every @import of src/styles.css inlined, so apps need no CSS bundler.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(packageDir, "src");
const stylesDir = join(packageDir, "dist", "styles");
mkdirSync(stylesDir, { recursive: true });

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
writeFileSync(join(packageDir, "dist", "styles.css"), bundle);

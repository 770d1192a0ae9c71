// Publishes the stylesheets of the React pieces:
//   dist/styles/<component>.css   one component, so apps load only what they use
//   dist/styles/payments.css      all of them
// They read only the ui package's tokens; apps also load @digitale-kommune/ui/styles/base.css.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(packageDir, "src", "react", "styles");
const outDir = join(packageDir, "dist", "styles");
mkdirSync(outDir, { recursive: true });

const files = readdirSync(sourceDir)
  .filter((name) => name.endsWith(".css"))
  .sort();
const all = [];
for (const file of files) {
  const css = readFileSync(join(sourceDir, file), "utf8");
  writeFileSync(join(outDir, file), css);
  all.push(`/* ${file} */\n${css.trimEnd()}`);
}
writeFileSync(join(outDir, "payments.css"), `${all.join("\n\n")}\n`);

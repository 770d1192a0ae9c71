import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ConsumerProject, createConsumer } from "./consumer.js";
import { missingExportTargets } from "./export-targets.js";
import { run } from "./run.js";
import { cleanEnvironment, devDependencyVersion, publicPackages } from "./workspace.js";

const require = createRequire(import.meta.url);
const fixturesDir = fileURLToPath(new URL("./fixtures", import.meta.url));
const tscBin = require.resolve("typescript/bin/tsc");
// The consumers use the versions the packages are developed and tested with (one source of truth), and
// the newest React 18 for the oldest major of the promised peer range.
const react19Stack = ["react", "react-dom", "@types/react"].map(
  (name) => `${name}@${devDependencyVersion("packages/ui", name)}`,
);
const zodVersion = `zod@${devDependencyVersion("packages/validators", "zod")}`;
const react18Stack = ["react@18.3.1", "react-dom@18.3.1"];
const uiPackage = publicPackages.find((pkg) => pkg.name === "@digitale-kommune/ui");
if (!uiPackage) throw new Error("the ui package is missing from the public packages");

const registryUrl = inject("registryUrl");
let react19: ConsumerProject | undefined;
let react18: ConsumerProject | undefined;

function consumerDir(consumer: ConsumerProject | undefined): string {
  if (!consumer) throw new Error("the consumer project was not created (see the first failure)");
  return consumer.dir;
}

function copyFixtures(dir: string, names: string[]): void {
  for (const name of names) copyFileSync(join(fixturesDir, name), join(dir, name));
}

async function node(dir: string, script: string, ...args: string[]) {
  const result = await run(process.execPath, [script, ...args], { cwd: dir, env: cleanEnvironment() });
  expect(result.stderr, `node ${script} ${args.join(" ")} wrote to stderr`).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

beforeAll(async () => {
  [react19, react18] = await Promise.all([
    createConsumer(registryUrl, publicPackages, [...react19Stack, zodVersion]),
    createConsumer(registryUrl, [uiPackage], react18Stack),
  ]);
  copyFixtures(consumerDir(react19), ["smoke.mjs", "load-esm.mjs", "load-cjs.cjs", "render.mjs", "render.cjs"]);
  copyFixtures(consumerDir(react18), ["render.mjs", "render.cjs"]);
}, 600_000);

afterAll(() => {
  react19?.remove();
  react18?.remove();
});

describe("release to a local registry", () => {
  it.each(publicPackages)("publishes $name@$version with every workspace range resolved", async (pkg) => {
    const response = await fetch(`${registryUrl}${pkg.name.replace("/", "%2f")}`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as { versions: Record<string, { dependencies?: object }> };
    const published = metadata.versions[pkg.version];
    expect(published, `${pkg.name}@${pkg.version} is not in the registry`).toBeDefined();
    expect(JSON.stringify(published?.dependencies ?? {})).not.toContain("workspace:");
  });
});

describe("a fresh city app installing from the registry", () => {
  it.each(publicPackages)("finds every file that $name's manifest points at", (pkg) => {
    const installed = join(consumerDir(react19), "node_modules", pkg.name);
    expect(missingExportTargets(installed)).toEqual([]);
  });

  const entryPoints = [
    ...publicPackages.map((pkg) => pkg.name),
    "@digitale-kommune/validators/phone",
    "@digitale-kommune/ui/forms",
    "@digitale-kommune/ui/prose",
    "@digitale-kommune/service-catalog/search",
    "@digitale-kommune/payments/react",
    "@digitale-kommune/payments/sandbox",
    "@digitale-kommune/payments/testing",
  ];

  it.each(entryPoints)("imports %s as ESM and requires it as CJS, with the same exports", async (entryPoint) => {
    const dir = consumerDir(react19);
    const esm = await node(dir, "load-esm.mjs", entryPoint);
    const cjs = await node(dir, "load-cjs.cjs", entryPoint);
    expect(esm.behaves, "ESM build behaves").toBe(true);
    expect(cjs.behaves, "CJS build behaves").toBe(true);
    expect(cjs.exports).toEqual(esm.exports);
    expect((esm.exports as string[]).length).toBeGreaterThan(0);
  });

  it("runs the installed service-catalog CLI: the shipped data is valid, a city's broken overlay shows every mistake", async () => {
    const dir = consumerDir(react19);
    const shipped = join(dir, "node_modules", "@digitale-kommune", "service-catalog", "data");
    const cli = join(dir, "node_modules", ".bin", "service-catalog");
    const base = ["--base", join(shipped, "base", "services.json"), "--cities", join(shipped, "cities.json")];
    const valid = await run(cli, ["validate", ...base, join(shipped, "overlays")], {
      cwd: dir,
      env: cleanEnvironment(),
    });
    expect(valid.stderr).toBe("");
    expect(valid.stdout).toContain("41 Leistungen, 6 Städte");
    expect(valid.code).toBe(0);

    // A city editor copies its overlay, adds a service the base does not know and mistypes an e-mail address.
    const overlay = JSON.parse(readFileSync(join(shipped, "overlays", "fulda.json"), "utf8"));
    overlay.services.push({ id: "hundesteuer-anmelden-fulda" });
    overlay.offices[0].contact.email = "buergerbuero(at)fulda.de";
    mkdirSync(join(dir, "city-data"), { recursive: true });
    const edited = join(dir, "city-data", "fulda.json");
    writeFileSync(edited, JSON.stringify(overlay, null, 2));
    const broken = await run(cli, ["validate", ...base, edited], { cwd: dir, env: cleanEnvironment() });
    const report = broken.stdout + broken.stderr;
    expect(broken.code).toBe(1);
    expect(report).toMatch(/city-data\/fulda\.json:\d+:\d+: services\[\d+\]\.id/);
    expect(report).toMatch(/city-data\/fulda\.json:\d+:\d+: offices\[0\]\.contact\.email/);
    expect(report).toContain("2 Fehler in 1 Datei");
  });

  it("resolves the ui stylesheets through the exports map", () => {
    const resolveFromApp = createRequire(join(consumerDir(react19), "package.json"));
    const all = readFileSync(resolveFromApp.resolve("@digitale-kommune/ui/styles.css"), "utf8");
    const button = readFileSync(resolveFromApp.resolve("@digitale-kommune/ui/styles/button.css"), "utf8");
    expect(all).toContain(".dk-button--warning");
    expect(button).toContain(".dk-button--warning");
  });

  it.each([
    ["bundler", "types.ts", { module: "esnext", moduleResolution: "bundler" }],
    ["nodenext as ESM", "types.mts", { module: "nodenext", moduleResolution: "nodenext" }],
    ["nodenext as CJS", "types.cts", { module: "nodenext", moduleResolution: "nodenext" }],
  ])("type-checks a file using every package under moduleResolution %s", async (_label, file, resolution) => {
    const dir = consumerDir(react19);
    copyFileSync(join(fixturesDir, "types.ts"), join(dir, file));
    const tsconfig = `tsconfig.${file.replace(".", "-")}.json`;
    const compilerOptions = { ...resolution, strict: true, noEmit: true, skipLibCheck: false, lib: ["es2022", "dom"] };
    writeFileSync(
      join(dir, tsconfig),
      JSON.stringify({ compilerOptions: { ...compilerOptions, types: [] }, files: [file] }),
    );
    const result = await run(process.execPath, [tscBin, "-p", tsconfig], { cwd: dir, env: cleanEnvironment() });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it.each([
    ["React 19", () => react19, "19."],
    ["React 18", () => react18, "18."],
  ] as const)(
    "renders the ui Button with react-dom/server under %s, as ESM and CJS",
    async (_label, consumer, major) => {
      const dir = consumerDir(consumer());
      const expected = '<button type="submit" class="dk-button dk-button--warning">Antrag löschen</button>';
      for (const script of ["render.mjs", "render.cjs"]) {
        const rendered = await node(dir, script);
        expect(rendered.react).toMatch(new RegExp(`^${major.replace(".", "\\.")}`));
        expect(rendered.html).toBe(expected);
      }
    },
  );
});

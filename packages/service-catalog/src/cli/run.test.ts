// @vitest-environment node
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { catalogJsonSchemas } from "../json-schema/json-schemas.js";
import { loadSearchIndex, search } from "../search/index.js";
import { runCli } from "./run.js";

const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const temporary: string[] = [];

afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** A fresh copy of the committed data/ in a temporary folder, to break and build in. */
function workspace(): string {
  const folder = mkdtempSync(join(tmpdir(), "service-catalog-cli-"));
  temporary.push(folder);
  cpSync(join(packageRoot, "data"), join(folder, "data"), { recursive: true });
  return folder;
}

async function run(argv: string[], cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { cwd, stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout, stderr };
}

type Json = Record<string, unknown> & { services: Record<string, unknown>[] };

function edit(folder: string, path: string, change: (data: Json) => void): void {
  const file = join(folder, path);
  const data = JSON.parse(readFileSync(file, "utf8")) as Json;
  change(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** 1-based line of the first line of the file containing `needle`. */
function lineOf(folder: string, path: string, needle: string): number {
  return (
    readFileSync(join(folder, path), "utf8")
      .split("\n")
      .findIndex((line) => line.includes(needle)) + 1
  );
}

describe("service-catalog validate", () => {
  it("accepts the committed data with exit code 0", async () => {
    const result = await run(["validate"], packageRoot);
    expect(result).toEqual({ code: 0, stdout: ["Katalog gültig: 41 Leistungen, 6 Städte"], stderr: [] });
    expect((await run(["validate", "--lang", "en"], packageRoot)).stdout).toEqual([
      "Catalogue valid: 41 services, 6 cities",
    ]);
  });

  it("prints every mistake in two broken overlays once, with file, line, column and path", async () => {
    const folder = workspace();
    edit(folder, "data/overlays/fulda.json", (fulda) => {
      Object.assign(fulda.services[0] ?? {}, { id: "personalausweis-beantragn" });
      Object.assign(fulda.services[1] ?? {}, { hint: "" });
      const responsibilities = fulda.services[2]?.responsibilities as Record<string, unknown>[] | undefined;
      const responsibility = responsibilities?.[0];
      Object.assign(responsibility ?? {}, { officeId: "nirgendwo" });
      Object.assign(fulda.services[3] ?? {}, { oeffnungszeiten: "Mo–Fr" });
    });
    edit(folder, "data/overlays/giessen.json", (giessen) => {
      Object.assign(giessen.services[0] ?? {}, {
        fees: [{ id: "gebuehr", kind: "fixed", amount: -5, source: "Aushang", confidence: "sicher" }],
      });
    });
    const { code, stdout, stderr } = await run(["validate"], folder);

    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    const fulda = "data/overlays/fulda.json";
    const giessen = "data/overlays/giessen.json";
    const expected: [string, string, string][] = [
      [fulda, "services[0].id", "unknown_service"],
      [fulda, "services[1].hint", "empty_text"],
      [fulda, "services[2].responsibilities[0].officeId", "unknown_office"],
      [fulda, "services[3]", "unrecognized_keys"],
      [giessen, "services[0].fees[0].amount", "too_small"],
      [giessen, "services[0].fees[0].confidence", "invalid_value"],
    ];
    for (const [file, path, issueCode] of expected) {
      const lines = stderr.filter((line) => line.startsWith(`${file}:`) && line.includes(` ${path}: `));
      expect(lines, `${file} ${path}`).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^${file}:\\d+:\\d+: ${path.replaceAll(/[[\].]/g, "\\$&")}: .+ \\(${issueCode}\\)$`),
      );
    }
    expect(stderr).toHaveLength(expected.length + 1);
    expect(stderr.at(-1)).toBe("6 Fehler in 2 Dateien");

    const misspelt = stderr.find((line) => line.includes("personalausweis-beantragn"));
    expect(misspelt).toContain(`${fulda}:${lineOf(folder, fulda, '"personalausweis-beantragn"')}:13: services[0].id:`);
    expect(misspelt).toContain("Im Basiskatalog gibt es keine Leistung „personalausweis-beantragn“.");
  });

  it("words issues and summary in English with --lang en", async () => {
    const folder = workspace();
    edit(folder, "data/overlays/fulda.json", (fulda) => {
      Object.assign(fulda.services[1] ?? {}, { hint: "" });
    });
    const { code, stderr } = await run(["validate", "--lang", "en"], folder);
    expect(code).toBe(1);
    expect(stderr).toEqual([
      expect.stringMatching(
        /^data\/overlays\/fulda\.json:\d+:15: services\[1\]\.hint: Note \(hint\): .* \(empty_text\)$/,
      ),
      "1 error in 1 file",
    ]);
  });

  it("reports a file that is not JSON with line and column, and still checks the others", async () => {
    const folder = workspace();
    writeFileSync(
      join(folder, "data/overlays/wetzlar.json"),
      '{\n  "city": "wetzlar",\n  "services": [\n    { "id": "wohnsitz-anmelden" }\n    { "id": "hundesteuer-anmeldung" }\n  ]\n}\n',
    );
    edit(folder, "data/overlays/fulda.json", (fulda) => {
      Object.assign(fulda.services[0] ?? {}, { id: "gibt-es-nicht" });
    });
    const { code, stderr } = await run(["validate"], folder);
    expect(code).toBe(1);
    expect(stderr).toEqual([
      expect.stringMatching(
        /^data\/overlays\/fulda\.json:\d+:\d+: services\[0\]\.id: .*„gibt-es-nicht“.* \(unknown_service\)$/,
      ),
      "data/overlays/wetzlar.json:5:5: Kein gültiges JSON (Zeile 5, Spalte 5): Vor „{“ fehlt ein Komma. (invalid_json)",
      "2 Fehler in 2 Dateien",
    ]);
  });

  it("reports a broken base catalogue alone, without follow-up complaints about the overlays", async () => {
    const folder = workspace();
    const base = join(folder, "data/base/services.json");
    writeFileSync(base, readFileSync(base, "utf8").replace('"services": [', '"services": [,'));
    const { code, stderr } = await run(["validate", "--lang", "en"], folder);
    expect(code).toBe(1);
    expect(stderr).toEqual([
      "data/base/services.json:3:16: Not valid JSON (line 3, column 16): Unexpected character “,”. (invalid_json)",
      "1 error in 1 file",
    ]);
  });

  it("reports a file not saved as UTF-8, and accepts one with a byte order mark", async () => {
    const folder = workspace();
    const cities = join(folder, "data/cities.json");
    writeFileSync(cities, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(cities)]));
    expect((await run(["validate"], folder)).code).toBe(0);

    writeFileSync(
      join(folder, "data/overlays/fulda.json"),
      Buffer.from('{"city": "fulda", "x": "Gie\xdfen"}', "latin1"),
    );
    const { code, stderr } = await run(["validate"], folder);
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(
      /^data\/overlays\/fulda\.json: Die Datei ist nicht in UTF-8 gespeichert.* \(invalid_encoding\)$/,
    );
  });

  it("checks only the overlays named, given as files or folders", async () => {
    const folder = workspace();
    edit(folder, "data/overlays/giessen.json", (giessen) => {
      Object.assign(giessen.services[0] ?? {}, { id: "gibt-es-nicht" });
    });
    expect((await run(["validate", "data/overlays/fulda.json"], folder)).code).toBe(0);
    const both = await run(["validate", "data/overlays", "data/overlays/giessen.json"], folder);
    expect(both.code).toBe(1);
    expect(both.stderr.filter((line) => line.includes("gibt-es-nicht"))).toHaveLength(1);
  });

  it("takes other paths for the base catalogue and the cities", async () => {
    const folder = workspace();
    cpSync(join(folder, "data/base/services.json"), join(folder, "base.json"));
    cpSync(join(folder, "data/cities.json"), join(folder, "staedte.json"));
    rmSync(join(folder, "data/base"), { recursive: true });
    rmSync(join(folder, "data/cities.json"));
    const result = await run(["validate", "--base", "base.json", "--cities=staedte.json"], folder);
    expect(result).toMatchObject({ code: 0, stdout: ["Katalog gültig: 41 Leistungen, 6 Städte"] });
  });
});

describe("usage errors (exit code 2)", () => {
  it.each([
    [
      ["frobnicate"],
      "service-catalog: Unbekannter Befehl „frobnicate“. Es gibt validate, build und help. (unknown_command)",
    ],
    [["validate", "--verbose"], "service-catalog: Unbekannte Option „--verbose“. (unknown_option)"],
    [[], "service-catalog: Bitte geben Sie einen Befehl an: validate, build oder help. (missing_command)"],
    [
      ["validate", "--base", "fehlt.json"],
      `service-catalog: „fehlt.json“ gibt es nicht (gesucht in ${packageRoot}). (file_not_found)`,
    ],
    [
      ["validate", "--base", "data"],
      "service-catalog: „data“ ist ein Ordner; erwartet wird eine JSON-Datei. (not_a_file)",
    ],
    [["validate", "src/cli"], "service-catalog: Im Ordner „src/cli“ gibt es keine JSON-Dateien. (empty_directory)"],
  ])("%j", async (argv, message) => {
    expect(await run(argv, packageRoot)).toEqual({
      code: 2,
      stdout: [],
      stderr: [message, "Hilfe: service-catalog --help"],
    });
  });

  it("reports an unexpected failure instead of rejecting", async () => {
    const stderr: string[] = [];
    const stdout = () => {
      throw new Error("Ausgabe geschlossen");
    };
    const code = await runCli(["validate"], { cwd: packageRoot, stdout, stderr: (line) => stderr.push(line) });
    expect(code).toBe(2);
    expect(stderr[0]).toBe(
      "service-catalog: Unerwarteter Fehler: Ausgabe geschlossen. Bitte melden Sie ihn zusammen mit dem Aufruf. (internal_error)",
    );
  });

  it("points to the help in English with --lang en", async () => {
    expect((await run(["frobnicate", "--lang", "en"], packageRoot)).stderr).toEqual([
      "service-catalog: Unknown command “frobnicate”. The commands are validate, build and help. (unknown_command)",
      "Help: service-catalog --help",
    ]);
  });
});

describe("service-catalog help", () => {
  it("prints the usage in German, or in English with --lang en", async () => {
    const german = await run(["help"], packageRoot);
    expect(german.code).toBe(0);
    expect(german.stdout).toContain("Aufruf:");
    expect(german.stdout).toContain("  service-catalog validate [Optionen] [Ergänzungen …]");
    expect(await run(["--help"], packageRoot)).toEqual(german);
    expect(await run(["validate", "-h"], packageRoot)).toEqual(german);

    const english = await run(["--help", "--lang", "en"], packageRoot);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain("Usage:");
    expect(english.stdout.join("\n")).toContain("Exit code: 0 data valid, 1 errors in the data, 2 wrong usage");
  });
});

describe("service-catalog build", () => {
  it("writes the catalogue, the search indexes and the JSON Schemas, and lists them with sizes", async () => {
    const folder = workspace();
    const { code, stdout, stderr } = await run(["build", "--out", "public/katalog"], folder);
    expect(stderr).toEqual([]);
    expect(code).toBe(0);

    const out = join(folder, "public/katalog");
    const cities = ["fulda", "giessen", "limburg", "marburg", "offenbach", "wetzlar"];
    const written = [
      "catalog.json",
      "search-index.json",
      ...cities.map((city) => `search-index.${city}.json`),
      "schema/services.schema.json",
      "schema/cities.schema.json",
      "schema/overlay.schema.json",
    ];
    expect([...readdirSync(out), ...readdirSync(join(out, "schema")).map((name) => `schema/${name}`)].sort()).toEqual(
      [...written, "schema"].sort(),
    );
    expect(stdout[0]).toBe("Katalog gültig: 41 Leistungen, 6 Städte");
    expect(stdout[1]).toBe("Geschrieben nach public/katalog:");
    written.forEach((path, index) => {
      expect(stdout[index + 2]).toMatch(new RegExp(`^  ${path.replaceAll(".", "\\.")} +\\d+(,\\d)? k?B$`));
    });
    expect(stdout.at(-1)).toMatch(/^11 Dateien, zusammen \d+,\d (kB|MB)$/);

    const catalog = JSON.parse(readFileSync(join(out, "catalog.json"), "utf8"));
    expect(catalog).toMatchObject({ format: "digitale-kommune/service-catalog", version: 1 });
    expect(catalog.services).toHaveLength(41);
    expect(Object.keys(catalog.cityServices)).toEqual(cities);

    const loaded = loadSearchIndex(readFileSync(join(out, "search-index.json"), "utf8"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.value.documents).toHaveLength(41);
    expect(search(loaded.value, "hund").map((hit) => hit.id)).toContain("hundesteuer-anmeldung");
    expect(search(loaded.value, "hund anmelden")[0]?.id).toBe("hundesteuer-anmeldung");

    const marburg = loadSearchIndex(readFileSync(join(out, "search-index.marburg.json"), "utf8"));
    if (!marburg.ok) throw new Error(JSON.stringify(marburg.issues));
    expect(marburg.value.documents.map((document) => document.id)).toEqual(
      catalog.cityServices.marburg.map((service: { id: string }) => service.id),
    );
    expect(search(marburg.value, "Hund")[0]?.id).toMatch(/^hundesteuer-/);

    const schemas = catalogJsonSchemas();
    expect(JSON.parse(readFileSync(join(out, "schema/overlay.schema.json"), "utf8"))).toEqual(schemas.overlay);
  });

  it("writes into dist-catalog by default, in English with --lang en", async () => {
    const folder = workspace();
    const { code, stdout } = await run(["build", "--lang", "en"], folder);
    expect(code).toBe(0);
    expect(stdout[1]).toBe("Written to dist-catalog:");
    expect(stdout.at(-1)).toMatch(/^11 files, \d+\.\d (kB|MB) in total$/);
    expect(existsSync(join(folder, "dist-catalog/search-index.giessen.json"))).toBe(true);
  });

  it("writes nothing when the data has mistakes, and prints them all", async () => {
    const folder = workspace();
    edit(folder, "data/overlays/limburg.json", (limburg) => {
      Object.assign(limburg.services[0] ?? {}, { id: "gibt-es-nicht" });
      Object.assign(limburg.services[1] ?? {}, { hint: "" });
    });
    const { code, stdout, stderr } = await run(["build", "--out", "out"], folder);
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr.slice(-2)).toEqual(["2 Fehler in 1 Datei", "Nichts geschrieben."]);
    expect(existsSync(join(folder, "out"))).toBe(false);
  });

  it("reports an output folder that cannot be written as exit code 2", async () => {
    const folder = workspace();
    writeFileSync(join(folder, "blocked"), "a file, not a folder");
    const { code, stderr } = await run(["build", "--out", "blocked"], folder);
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(
      /^service-catalog: „blocked\/catalog\.json“ kann nicht geschrieben werden \(E\w+\)\. \(write_failed\)$/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { catalogSchemasFor, parseCatalogData } from "./schemas.js";
import { leistungsschluesselPartsOf } from "./service.js";

const minimal = {
  id: "wohnsitz-anmelden",
  title: "Wohnsitz anmelden",
  shortText: "Melden Sie sich innerhalb von **zwei Wochen** an.",
  themenfeld: "querschnitt",
};
const keyFact = {
  source: "verwaltung.bund.de/leistungsverzeichnis/de/leistung/99115005104000",
  confidence: "verified",
};

const parseService = (data: unknown, locale: "de" | "en" = "de") =>
  parseCatalogData(catalogSchemasFor(locale).service, data, { locale });
const issuesOf = (data: unknown, locale: "de" | "en" = "de") => {
  const result = parseService(data, locale);
  return result.ok ? [] : result.issues;
};

describe("service schema", () => {
  it("accepts a minimal service and keeps it unchanged", () => {
    expect(parseService(minimal)).toEqual({ ok: true, value: minimal });
  });

  it("accepts every optional part", () => {
    const service = {
      ...minimal,
      leistungsschluessel: "99115005104000",
      ozgId: "10169",
      leikaTyp: "2/3",
      fullText: "## Ablauf\n\n1. Termin buchen\n2. Vorsprechen",
      lebenslage: "Umzug",
      keywords: ["Zuzug"],
      synonyms: ["Umzug", "Anmeldung"],
      prerequisites: "Sie ziehen in eine Wohnung ein.",
      documents: [
        { title: "Wohnungsgeberbestätigung" },
        { title: "Heiratsurkunde", required: false, note: "bei Namensänderung" },
      ],
      fees: [{ kind: "free", id: "anmeldung", source: "Satzung", confidence: "unverified" }],
      deadlines: [
        { description: "Innerhalb von zwei Wochen", period: { value: 2, unit: "weeks" }, legalBasis: "BMG § 17" },
      ],
      processingTime: { description: "Sofort", minDays: 0, maxDays: 0 },
      legalBases: [{ title: "BMG § 17", url: "https://www.gesetze-im-internet.de/bmg/__17.html" }],
      onlineService: { url: "https://example.org/anmelden", trustLevel: "substanziell" },
      forms: [{ title: "Anmeldeformular", formId: "anmeldung" }],
      provenance: { leistungsschluessel: keyFact, ozgId: { source: "OZG-Dashboard", confidence: "unverified" } },
    };
    expect(parseService(service)).toEqual({ ok: true, value: service });
  });

  it("checks the id as a slug", () => {
    expect(issuesOf({ ...minimal, id: "Wohnsitz anmelden" })).toEqual([
      {
        path: ["id"],
        code: "invalid_slug",
        message:
          "Kennung (id): „Wohnsitz anmelden“ ist keine gültige Kennung. Erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „personalausweis-beantragen“.",
      },
    ]);
  });

  it("checks the Leistungsschlüssel with parseLeistungsschluessel and wants its compact form", () => {
    expect(
      issuesOf({ ...minimal, leistungsschluessel: "9911500510400", provenance: { leistungsschluessel: keyFact } }),
    ).toEqual([
      {
        path: ["leistungsschluessel"],
        code: "too_short",
        message: "Der Leistungsschlüssel ist zu kurz: Er besteht aus genau 14 Ziffern.",
      },
    ]);
    expect(
      issuesOf({ ...minimal, leistungsschluessel: "99 115 005 104 000", provenance: { leistungsschluessel: keyFact } }),
    ).toMatchObject([
      { path: ["leistungsschluessel"], code: "not_canonical", message: expect.stringContaining("„99115005104000“") },
    ]);
  });

  it("accepts a key or an OZG-ID only with its source", () => {
    expect(issuesOf({ ...minimal, leistungsschluessel: "99115005104000", ozgId: "10169" })).toEqual([
      {
        path: ["leistungsschluessel"],
        code: "provenance_required",
        message:
          "Leistungsschlüssel (leistungsschluessel): Bitte geben Sie die Quelle unter „provenance.leistungsschluessel“ an. Schlüssel werden nur mit nachprüfbarer Quelle aufgenommen.",
      },
      { path: ["ozgId"], code: "provenance_required", message: expect.stringContaining("provenance.ozgId") },
    ]);
    expect(issuesOf({ ...minimal, ozgId: "10 169", provenance: { ozgId: keyFact } })).toMatchObject([
      { path: ["ozgId"], code: "invalid_ozg_id" },
    ]);
  });

  it("rejects HTML and other Markdown outside the subset, naming the field and line", () => {
    expect(issuesOf({ ...minimal, shortText: "Text\n<b>fett</b>", fullText: "# Titel" })).toEqual([
      {
        path: ["shortText"],
        code: "markdown_html",
        message: "Kurztext (shortText): HTML ist nicht erlaubt („<b>“ in Zeile 2). Bitte schreiben Sie Markdown.",
      },
      {
        path: ["fullText"],
        code: "markdown_heading_level",
        message:
          "Volltext (fullText): Überschriften der Ebene 1 sind nicht erlaubt (Zeile 1). Erlaubt sind „##“ bis „####“.",
      },
    ]);
  });

  it("wants a title on one line without HTML, and no empty texts", () => {
    expect(
      issuesOf({ ...minimal, title: "Wohnsitz\nanmelden", shortText: "  " }).map((issue) => [issue.path, issue.code]),
    ).toEqual([
      [["title"], "text_line_break"],
      [["shortText"], "empty_text"],
    ]);
    expect(issuesOf({ ...minimal, title: "<em>Wohnsitz</em>" })).toMatchObject([
      { path: ["title"], code: "markdown_html" },
    ]);
  });

  it("offers the 14 Themenfelder and the LeiKa-Typen only", () => {
    expect(
      issuesOf({ ...minimal, themenfeld: "Querschnitt", leikaTyp: "6" }).map((issue) => [issue.path, issue.code]),
    ).toEqual([
      [["leikaTyp"], "invalid_value"],
      [["themenfeld"], "invalid_value"],
    ]);
  });

  it("wants exactly one target for an online service or form, and only https or http addresses", () => {
    const issues = issuesOf({
      ...minimal,
      onlineService: { url: "https://example.org", formId: "anmeldung" },
      forms: [{ title: "Formular" }, { title: "Alt", url: "javascript:alert(1)" }],
    });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["onlineService"], "link_target"],
      [["forms", 0], "link_target"],
      [["forms", 1, "url"], "invalid_format"],
    ]);
  });

  it("reports unknown fields, such as a German spelling of a key", () => {
    expect(issuesOf({ ...minimal, titel: "Wohnsitz anmelden" })).toEqual([
      {
        path: [],
        code: "unrecognized_keys",
        message: "Datei: Unbekanntes Feld „titel“. Bitte prüfen Sie die Schreibweise.",
      },
    ]);
    expect(issuesOf({ ...minimal, provenance: { title: keyFact } })).toMatchObject([
      { path: ["provenance"], code: "unrecognized_keys" },
    ]);
  });

  it("reports every missing required field at once, in English on request", () => {
    expect(issuesOf({}, "en")).toEqual([
      { path: ["id"], code: "invalid_type", message: "Id (id) is missing." },
      { path: ["title"], code: "invalid_type", message: "Title (title) is missing." },
      { path: ["shortText"], code: "invalid_type", message: "Short text (shortText) is missing." },
      { path: ["themenfeld"], code: "invalid_value", message: "Topic (themenfeld) is missing." },
    ]);
  });

  it("limits text lengths", () => {
    expect(issuesOf({ ...minimal, shortText: "a".repeat(601) })).toMatchObject([
      { path: ["shortText"], code: "too_big", message: "Kurztext (shortText) ist zu lang: höchstens 600 Zeichen." },
    ]);
  });
});

describe("leistungsschluesselPartsOf", () => {
  it("exposes group, Leistungsobjekt, Verrichtung and detail", () => {
    expect(leistungsschluesselPartsOf({ leistungsschluessel: "99115005104001" })).toEqual({
      key: "99115005104001",
      catalog: "99",
      group: "115",
      object: "005",
      leistungsobjektId: "99115005",
      verrichtung: "104",
      detail: "001",
    });
  });

  it("gives undefined for a service without a key", () => {
    expect(leistungsschluesselPartsOf({})).toBeUndefined();
  });
});

/**
 * The 10,000-document benchmark corpus, by the recipe of reference/service-catalog.md §4:
 * - 40 target services with real titles and synonyms (the seed services of the quality corpus, without
 *   the Mängelmelder; its synonyms and keywords together as synonyms, since the engines compared know
 *   no keywords field);
 * - 9,960 distractors built from compounds: stem + head + verb + context („Hundegebühr ermäßigen für
 *   Vereine“), about 12 % of them on a stem of a target, so „hund“ meets about ten „Hunde…“ entries;
 * - a description of 100 words for every document, drawn from shared administrative vocabulary
 *   (which mentions Personalausweis, Antrag, Gebühr … everywhere, as real texts do) and the document's
 *   own words.
 * A seeded PRNG makes every run produce the same corpus.
 */
import { qualityCorpus } from "../test/search-quality/corpus.js";
import { ids } from "../test/search-quality/ids.js";

export interface BenchDocument {
  id: string;
  title: string;
  synonyms: string[];
  text: string;
}

/** mulberry32: small, fast, good enough for test data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Compound-initial forms of the targets' stems (with their linking element), as distractors use them. */
const TARGET_STEMS = [
  "Hunde",
  "Personal",
  "Reise",
  "Führungs",
  "Wohnsitz",
  "Melde",
  "Gewerbe",
  "Unterhalts",
  "Bewohner",
  "Park",
  "Sondernutzungs",
  "Fund",
  "Fischerei",
  "Bau",
  "Kita",
  "Wohn",
  "Eltern",
  "Geburts",
  "Ehe",
  "Fahrzeug",
  "Behinderten",
  "Gaststätten",
  "Veranstaltungs",
  "Sperrmüll",
  "Waffen",
  "Aufenthalts",
  "Einbürgerungs",
  "Grund",
  "Lärm",
  "Straßen",
  "Wahl",
  "Kirchen",
  "Sterbe",
  "Führerschein",
  "Zweitwohnungs",
];

const OTHER_STEMS = [
  "Baum",
  "Brunnen",
  "Denkmal",
  "Energie",
  "Feuerwehr",
  "Friedhofs",
  "Garten",
  "Hafen",
  "Jagd",
  "Kanal",
  "Markt",
  "Museums",
  "Natur",
  "Obst",
  "Pflege",
  "Rad",
  "Schul",
  "Sport",
  "Tier",
  "Umwelt",
  "Vereins",
  "Wald",
  "Wasser",
  "Bibliotheks",
  "Schornstein",
  "Solar",
  "Spielplatz",
  "Taxi",
  "Boots",
  "Brücken",
  "Camping",
  "Dach",
  "Fahrrad",
  "Fest",
  "Flug",
  "Forst",
  "Gas",
  "Glas",
  "Heim",
  "Holz",
  "Imker",
  "Jugend",
  "Kabel",
  "Kamin",
  "Keller",
  "Kiosk",
  "Kleingarten",
  "Kranken",
  "Kultur",
  "Laden",
  "Land",
  "Licht",
  "Lotterie",
  "Luft",
  "Musik",
  "Nacht",
  "Orts",
  "Pferde",
  "Plakat",
  "Post",
  "Quartiers",
  "Rasen",
  "Reit",
  "Rettungs",
  "Schank",
  "Schiffs",
  "Schrott",
  "See",
  "Senioren",
  "Sozial",
  "Spenden",
  "Stadt",
  "Strom",
  "Teich",
  "Theater",
  "Touristen",
  "Vogel",
  "Wein",
  "Werbe",
  "Wild",
  "Zelt",
  "Zirkus",
  "Abwasser",
  "Anlieger",
  "Biotop",
  "Container",
  "Dienst",
  "Erschließungs",
  "Fahrschul",
  "Gehweg",
  "Gemeinde",
  "Heiz",
  "Hochwasser",
  "Hotel",
  "Inklusions",
  "Integrations",
  "Jahrmarkt",
  "Kompost",
  "Lager",
  "Lehr",
];

const HEADS = [
  "gebühr",
  "antrag",
  "anzeige",
  "erlaubnis",
  "genehmigung",
  "bescheinigung",
  "zuschuss",
  "förderung",
  "register",
  "abgabe",
  "steuer",
  "karte",
  "schein",
  "ausweis",
  "prüfung",
  "beratung",
  "nachweis",
  "meldung",
  "auskunft",
  "beihilfe",
  "zulassung",
  "versicherung",
  "kontrolle",
  "pflicht",
  "plan",
  "vertrag",
  "ordnung",
  "satzung",
  "verzeichnis",
  "bestätigung",
  "befreiung",
  "ermäßigung",
  "erstattung",
  "beschwerde",
  "gutachten",
  "lizenz",
  "urkunde",
  "zeugnis",
  "marke",
  "platz",
];

const VERBS = [
  "beantragen",
  "anmelden",
  "abmelden",
  "ändern",
  "verlängern",
  "ermäßigen",
  "erstatten",
  "prüfen lassen",
  "melden",
  "anzeigen",
  "widerrufen",
  "einreichen",
  "ausstellen lassen",
  "übertragen",
  "aussetzen",
  "kündigen",
  "stunden",
  "einsehen",
  "zurückgeben",
  "umschreiben",
];

const CONTEXTS = [
  "für Vereine",
  "für Gewerbetreibende",
  "für Privatpersonen",
  "im Ausnahmefall",
  "für Senioren",
  "bei Verlust",
  "für Studierende",
  "für Unternehmen",
  "im Stadtgebiet",
  "für Landwirte",
  "nach Umzug",
  "für Familien",
  "für Schulen",
  "bei Todesfall",
  "für Ehrenamtliche",
  "für Menschen mit Behinderung",
  "für Auszubildende",
  "für Kirchengemeinden",
  "am Wochenende",
  "auf Probe",
  "",
  "",
  "",
];

/** Words every description draws from: function words and the vocabulary of any administrative text. */
const SHARED_VOCABULARY = (
  "der die das und oder für mit von zu im in am bei nach vor Sie Ihr Ihre ein eine wird werden kann können " +
  "muss müssen ist sind nicht auch bitte dann wenn Antrag Gebühr Gebühren Frist Fristen Unterlagen Nachweis " +
  "Nachweise Bürgerbüro Termin Termine online Formular Bescheid Personalausweis Reisepass Meldebescheinigung " +
  "Vollmacht Zahlung Kosten Bearbeitung Bearbeitungszeit Behörde Stadt Amt Verwaltung Satzung Ausnahme " +
  "Verlängerung Änderung Anmeldung Erlaubnis Genehmigung beantragen einreichen vorlegen prüfen ausstellen " +
  "zuständig Zuständigkeit Öffnungszeiten Sachbearbeitung Rechtsgrundlage Voraussetzungen Verfahren " +
  "Unterschrift persönlich schriftlich elektronisch Postweg Kassenzeichen Überweisung Barzahlung Girocard " +
  "Wochen Monate Tage Jahr Jahre Hinweis Hinweise Auskunft Beratung Ansprechpartner Telefon E-Mail " +
  "Stadtverwaltung Rathaus Ordnungsamt Fachbereich Abteilung Landkreis Hessen Gesetz Verordnung Paragraf " +
  "Original Kopie beglaubigt Lichtbild Passbild Geburtsdatum Anschrift Wohnung Haushalt Familie Kinder " +
  "Eigentümer Mieter Vermieter Betrieb Unternehmen Verein Veranstaltung Fahrzeug Grundstück Gebäude " +
  "Widerspruch Rechtsbehelf Bewilligung Ablehnung Entscheidung Bescheinigung Bestätigung Zahlungsfrist"
).split(" ");

function description(random: () => number, ownWords: readonly string[]): string {
  const words: string[] = [];
  for (let index = 0; index < 100; index++) {
    // About one word in six is the document's own, as in a real text about one service.
    words.push(ownWords.length > 0 && random() < 0.16 ? pick(random, ownWords) : pick(random, SHARED_VOCABULARY));
  }
  return `${words.join(" ")}.`;
}

function wordsOf(text: string): string[] {
  return text.split(/[\s/(),.]+/).filter((word) => word.length > 3);
}

function slug(title: string, index: number): string {
  const folded = title
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss");
  let id = "";
  for (const character of folded) id += /[a-z0-9]/.test(character) ? character : "-";
  return `${id.split("-").filter(Boolean).join("-")}-${index}`;
}

export const TARGET_COUNT = 40;
export const CORPUS_SIZE = 10_000;
/** Share of distractors built on a target's stem. */
const TARGET_STEM_SHARE = 0.12;

/** The benchmark corpus: targets first, then distractors, the same for the same seed. */
export function generateBenchCorpus(seed = 20_260_401): BenchDocument[] {
  const random = createRandom(seed);
  const targets = qualityCorpus.filter((document) => document.id !== ids.maengelmelder).slice(0, TARGET_COUNT);
  const documents: BenchDocument[] = targets.map((target) => ({
    id: target.id,
    title: target.title,
    synonyms: [...target.synonyms, ...target.keywords],
    text: description(random, [
      ...wordsOf(target.title),
      ...wordsOf(target.synonyms.join(" ")),
      ...wordsOf(target.text),
    ]),
  }));
  const seen = new Set<string>();
  while (documents.length < CORPUS_SIZE) {
    const stem = random() < TARGET_STEM_SHARE ? pick(random, TARGET_STEMS) : pick(random, OTHER_STEMS);
    const head = pick(random, HEADS);
    const compound = stem + head;
    const title = [compound, pick(random, VERBS), pick(random, CONTEXTS)].filter(Boolean).join(" ");
    if (seen.has(title)) continue;
    seen.add(title);
    const otherHead = pick(random, HEADS);
    const synonyms = random() < 0.6 ? [stem + otherHead] : [];
    documents.push({
      id: slug(title, documents.length),
      title,
      synonyms,
      text: description(random, [compound, stem + otherHead, ...wordsOf(title)]),
    });
  }
  return documents;
}

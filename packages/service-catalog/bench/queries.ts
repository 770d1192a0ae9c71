/**
 * The 200 labelled benchmark queries in the reference's five groups (§4): 40 exact titles, 45 typos,
 * 35 umlaut/ASCII variants, 45 compound parts, 35 synonyms. Typos and umlaut variants are generated
 * (seeded) from the targets, so they are not picked to suit any engine; parts and synonyms are written
 * by hand as citizens type them. A hit is an accepted id in the top 3.
 */

import type { LabelledQuery } from "../test/search-quality/evaluate.js";
import { ids } from "../test/search-quality/ids.js";
import { type BenchDocument, createRandom, pick, TARGET_COUNT } from "./corpus.js";

export type BenchGroup = "exact" | "typo" | "umlaut" | "part" | "synonym";

// Neighbouring keys on a German (QWERTZ) keyboard, for substitution typos.
const NEIGHBOURS: Record<string, string> = {
  a: "sqy",
  b: "vgn",
  c: "xdv",
  d: "sfe",
  e: "wrd",
  f: "dgr",
  g: "fht",
  h: "gjz",
  i: "uok",
  j: "hku",
  k: "jli",
  l: "kö",
  m: "nk",
  n: "bmj",
  o: "ipl",
  p: "oü",
  q: "wa",
  r: "etf",
  s: "adw",
  t: "rzg",
  u: "zij",
  v: "cbf",
  w: "qes",
  x: "ycs",
  y: "xa",
  z: "tuh",
  ä: "öü",
  ö: "lä",
  ü: "pä",
  ß: "s",
};

function typo(random: () => number, word: string): string {
  const position = 1 + Math.floor(random() * (word.length - 2));
  const character = word.charAt(position);
  const operation = Math.floor(random() * 4);
  if (operation === 0) return word.slice(0, position) + word.slice(position + 1);
  if (operation === 1)
    return word.slice(0, position) + word.charAt(position + 1) + character + word.slice(position + 2);
  if (operation === 2) {
    const options = NEIGHBOURS[character.toLowerCase()] ?? "e";
    return word.slice(0, position) + pick(random, [...options]) + word.slice(position + 1);
  }
  return word.slice(0, position) + character + word.slice(position);
}

// Typos go into the name of the service, not into the verb („Persnalausweis“, not „beantargen“).
const VERBS = new Set(["beantragen", "anmelden", "ummelden", "abmelden", "erklären", "zulassen"]);

function longestWord(title: string): string {
  return title
    .split(/[\s/()]+/)
    .filter((word) => !VERBS.has(word))
    .reduce((longest, word) => (word.length > longest.length ? word : longest), "");
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function typoQueries(random: () => number, targets: readonly BenchDocument[]): LabelledQuery[] {
  const order = [...shuffled(random, targets), ...shuffled(random, targets).slice(0, 5)];
  return order.map((target) => {
    const word = longestWord(target.title);
    let changed = typo(random, word);
    if (word.length >= 12 && random() < 0.3) changed = typo(random, changed);
    if (changed.toLowerCase() === word.toLowerCase()) changed = word.slice(0, -1);
    const query = random() < 1 / 3 ? target.title.replace(word, changed) : changed;
    return { query, group: "typo", expected: [target.id] };
  });
}

const transliterate = (text: string) =>
  text.replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue").replaceAll("ß", "ss");
const dropDots = (text: string) =>
  text.replaceAll("ä", "a").replaceAll("ö", "o").replaceAll("ü", "u").replaceAll("ß", "ss");

const UMLAUT_BASES: [string, string][] = [
  ["Führungszeugnis", ids.fuehrungszeugnis],
  ["Verkehrsflächen", ids.sondernutzung],
  ["Sondernutzungserlaubnis öffentliche Flächen", ids.sondernutzung],
  ["Fundbüro", ids.fundsachen],
  ["Eheschließung", ids.eheschliessung],
  ["Gaststättenerlaubnis", ids.gaststaette],
  ["Gaststättenanzeige", ids.gaststaette],
  ["Sperrmüll", ids.sperrmuell],
  ["Einbürgerung", ids.einbuergerung],
  ["Lärmbeschwerde", ids.laermbeschwerde],
  ["Straßenverkehrsrechtliche Anordnung", ids.verkehrsrechtlicheAnordnung],
  ["Kirchenaustritt erklären", ids.kirchenaustritt],
  ["Führerschein", ids.fuehrerschein],
];

function umlautQueries(random: () => number): LabelledQuery[] {
  const variants = UMLAUT_BASES.flatMap(([base, id]) =>
    [transliterate(base), dropDots(base), base.toUpperCase()].map((query) => ({
      query,
      group: "umlaut",
      expected: [id],
    })),
  );
  return shuffled(random, variants).slice(0, 35);
}

const PARTS: [string, ...string[]][] = [
  ["hund", ids.hundAnmeldung, ids.hundAbmeldung],
  ["steuer hund", ids.hundAnmeldung, ids.hundAbmeldung],
  ["hundesteueranmeldung", ids.hundAnmeldung],
  ["hundesteuerabmeldung", ids.hundAbmeldung],
  ["zeugnis", ids.fuehrungszeugnis],
  ["parkausweis", ids.bewohnerparkausweis],
  ["ausweis personal", ids.personalausweis],
  ["pass", ids.reisepass],
  ["gewerbe anmeldung", ids.gewerbeAnmeldung],
  ["gewerbe abmeldung", ids.gewerbeAbmeldung],
  ["gewerbe ummeldung", ids.gewerbeUmmeldung],
  ["fischerei", ids.fischereischein],
  ["lärm", ids.laermbeschwerde],
  ["beschwerde lärm", ids.laermbeschwerde],
  ["urkunde geburt", ids.geburtsurkunde],
  ["sterbe urkunde", ids.sterbeurkunde],
  ["genehmigung bau", ids.baugenehmigung],
  ["kita", ids.kitaPlatz],
  ["geld eltern", ids.elterngeld],
  ["wohngeld", ids.wohngeld],
  ["vorschuss unterhalt", ids.unterhaltsvorschuss],
  ["sondernutzung", ids.sondernutzung],
  ["verkehrsfläche", ids.sondernutzung],
  ["fundsache", ids.fundsachen],
  ["behindertenausweis", ids.schwerbehindertenausweis],
  ["gaststätte", ids.gaststaette],
  ["müll", ids.sperrmuell],
  ["waffen", ids.waffenschein],
  ["besitzkarte", ids.waffenschein],
  ["aufenthalt", ids.aufenthaltstitel],
  ["grund steuer", ids.grundsteuer],
  ["halteverbot", ids.verkehrsrechtlicheAnordnung],
  ["briefwahl", ids.wahlschein],
  ["kirche austritt", ids.kirchenaustritt],
  ["fahrerlaubnis", ids.fuehrerschein],
  ["berechtigungsschein", ids.wohnberechtigungsschein],
  ["zweitwohnung", ids.zweitwohnungsteuer],
  ["zulassung", ids.kfzZulassung],
  ["bescheinigung melde", ids.meldebescheinigung],
  ["wohnsitz", ids.wohnsitzAnmelden, ids.wohnsitzUmmelden, ids.wohnsitzAbmelden],
  ["ehe", ids.eheschliessung],
  ["veranstaltung", ids.veranstaltungsanzeige],
  ["steuer", ids.hundAnmeldung, ids.hundAbmeldung, ids.grundsteuer, ids.zweitwohnungsteuer],
  ["einbürgern", ids.einbuergerung],
  ["reise", ids.reisepass],
];

const SYNONYMS: [string, ...string[]][] = [
  ["Perso", ids.personalausweis],
  ["Ausweis verloren", ids.personalausweis],
  ["Anwohnerparken", ids.bewohnerparkausweis],
  ["Anwohnerparkausweis", ids.bewohnerparkausweis],
  ["Umzugshalteverbot", ids.verkehrsrechtlicheAnordnung],
  ["Halteverbotszone", ids.verkehrsrechtlicheAnordnung],
  ["Mietzuschuss", ids.wohngeld],
  ["Lastenzuschuss", ids.wohngeld],
  ["Angelschein", ids.fischereischein],
  ["polizeiliches Führungszeugnis", ids.fuehrungszeugnis],
  ["Hochzeit anmelden", ids.eheschliessung],
  ["Trauung", ids.eheschliessung],
  ["Auto anmelden", ids.kfzZulassung],
  ["Zulassungsstelle", ids.kfzZulassung],
  ["Kindergartenplatz", ids.kitaPlatz],
  ["Krippenplatz", ids.kitaPlatz],
  ["Gewerbeschein", ids.gewerbeAnmeldung],
  ["Betriebsaufgabe", ids.gewerbeAbmeldung],
  ["Adressänderung", ids.wohnsitzUmmelden],
  ["Umzug", ids.wohnsitzUmmelden, ids.wohnsitzAnmelden],
  ["Abmeldung ins Ausland", ids.wohnsitzAbmelden],
  ["Meldebestätigung", ids.meldebescheinigung],
  ["Bauantrag", ids.baugenehmigung],
  ["Behindertenausweis", ids.schwerbehindertenausweis],
  ["Schankerlaubnis", ids.gaststaette],
  ["Sperrmüllabholung", ids.sperrmuell],
  ["Waffenerlaubnis", ids.waffenschein],
  ["Aufenthaltserlaubnis", ids.aufenthaltstitel],
  ["Niederlassungserlaubnis", ids.aufenthaltstitel],
  ["Staatsbürgerschaft", ids.einbuergerung],
  ["Ruhestörung", ids.laermbeschwerde],
  ["Briefwahlunterlagen", ids.wahlschein],
  ["Kirche austreten", ids.kirchenaustritt],
  ["WBS", ids.wohnberechtigungsschein],
  ["Zweitwohnsitzsteuer", ids.zweitwohnungsteuer],
];

function labelled(group: BenchGroup, entries: [string, ...string[]][]): LabelledQuery[] {
  return entries.map(([query, ...expected]) => ({ query, group, expected }));
}

/** The 200 benchmark queries for a corpus from `generateBenchCorpus` (its first 40 documents are the targets). */
export function generateBenchQueries(documents: readonly BenchDocument[], seed = 7): LabelledQuery[] {
  const random = createRandom(seed);
  const targets = documents.slice(0, TARGET_COUNT);
  const exact = targets.map((target) => ({ query: target.title, group: "exact", expected: [target.id] }));
  return [
    ...exact,
    ...typoQueries(random, targets),
    ...umlautQueries(random),
    ...labelled("part", PARTS),
    ...labelled("synonym", SYNONYMS),
  ];
}

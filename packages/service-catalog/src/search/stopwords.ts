/**
 * Words that carry no meaning for finding a service. Written as people type them and folded once, so the
 * lists stay readable. Verbs such as „beantragen“ are not stopwords: they tell Anmeldung from Abmeldung.
 */
import type { Locale } from "@digitale-kommune/validators";
import { normalizeGerman } from "./normalize.js";

const GERMAN = [
  "der die das den dem des ein eine einer eines einem einen kein keine keinen keiner",
  "und oder aber sondern denn doch als wie wenn ob dass weil damit",
  "für mit ohne von vom zu zum zur im in ins am an auf aus bei beim nach über unter vor hinter",
  "bis durch gegen um seit während wegen per pro",
  "ich du er sie es wir ihr man mich mir dich dir sich uns euch",
  "mein meine meinen meinem meiner meines dein deine unser unsere ihre ihren ihrem sein seine seinen",
  "ist sind bin bist war waren wird werden wurde wurden sein",
  "habe hast hat haben hatte hatten kann kannst können muss musst müssen will willst wollen",
  "möchte möchten soll sollen darf dürfen brauche brauchen",
  "was wer wo wann warum wieso weshalb welche welcher welches wohin woher",
  "nicht nur auch noch schon so da dort hier dann jetzt bitte etwa ja nein mal gibt gehts geht",
  "z b bzw usw etc ca",
];

const ENGLISH = [
  "the a an and or but of for to in on at by from with without into",
  "i you he she it we they me my your our their is are am was were be been",
  "do does did can could how what where when who which want need get please",
];

function fold(lines: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const word of line.split(" ")) words.add(normalizeGerman(word));
  return words;
}

const germanStopwords = fold(GERMAN);
const englishStopwords = fold(ENGLISH);

/** Whether a folded word is a stopword for queries in `locale` (German stopwords always apply). */
export function isStopword(folded: string, locale: Locale = "de"): boolean {
  return germanStopwords.has(folded) || (locale === "en" && englishStopwords.has(folded));
}

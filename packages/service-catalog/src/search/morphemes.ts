/**
 * Common building blocks of German administrative compounds, the seed of the decompounder's lexicon.
 * At index-build time the lexicon adds every word of the services' titles, synonyms and keywords, so
 * this list only needs the parts that rarely stand alone in a title („hund“ in „Hundesteuer“,
 * „führung“ in „Führungszeugnis“). Written as German words; folded when the lexicon is built.
 * Minimum length 3: shorter pieces split too many words by accident.
 */
export const commonMorphemes: readonly string[] = [
  // Objects of public services
  "abfall abgabe abriss adresse akte alkohol amt angel anlage anschrift arbeit arzt ausbildung ausfuhr",
  "ausland ausschank ausweis auto bau baum beitrag betrieb bezug bild boot brand brief buch bürger büro",
  "dach denkmal dienst ehe eltern energie erbe fahrer fahrrad fahrzeug familie fest feuer fisch fischerei",
  "fläche flur forst friedhof fund garten gast gaststätte gebäude gebühr geburt geld gemeinde gericht",
  "gesundheit gewerbe gewässer grab grund grundstück hafen halter handel handwerk haus heim hof holz hund",
  "jagd jugend kampf karte kataster kind kinder kirche kita kosten kranken krippe kultur küche lärm land",
  "lohn markt meister miete müll nachbar name natur pass person personal pflege platz polizei post",
  "rad rat recht reise rente sache schaden schein schule schutz see sonne sozial spiel sport stadt",
  "stand standes steuer straße tier titel tod umwelt unterhalt unterkunft urkunde verein verkehr vermögen",
  "versicherung vertrag volk wagen wahl wald waffe wasser weg werk wirtschaft wohn wohnung wohnsitz zeugnis",
  "zimmer zins zoll zweit kfz melde sperr sterbe fahr neben haupt park schwer",
  // What the administration does, as nouns
  "abholung abmeldung absicherung anerkennung anmeldung anordnung antrag anzeige aufenthalt auskunft",
  "austritt befreiung beglaubigung behinderung behindert beihilfe bericht berechtigung bescheid",
  "bescheinigung beschwerde besitz bestätigung betreuung beurkundung bewilligung bewohner anwohner",
  "einbürgerung eintragung einwohner entsorgung erlaubnis ermäßigung ersatz erstattung erteilung",
  "feststellung förderung frist führung führer genehmigung gutachten halte haltung hilfe leistung",
  "meldung melder mängel nachweis nutzung ordnung prüfung register schließung sonder stelle",
  "umtausch ummeldung unterstützung veranstaltung verbot verlängerung verlust vorschuss zulassung",
  "zuschuss zuteilung zeichen kennzeichen öffentlich rechtlich",
]
  .join(" ")
  .split(" ");

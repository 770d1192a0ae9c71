import type { AccordionSection } from "./Accordion.js";

/** The sections of a service page („Bewohnerparkausweis beantragen“), shared by stories and tests. */
export const bewohnerparkenSections: AccordionSection[] = [
  {
    heading: "Voraussetzungen",
    content: (
      <ul>
        <li>Sie wohnen in einer Bewohnerparkzone und sind dort mit Hauptwohnsitz gemeldet.</li>
        <li>Das Fahrzeug ist auf Sie zugelassen oder Ihnen dauerhaft zur Nutzung überlassen.</li>
      </ul>
    ),
  },
  {
    heading: "Erforderliche Unterlagen",
    content: (
      <ul>
        <li>Personalausweis oder Reisepass mit Meldebescheinigung</li>
        <li>Zulassungsbescheinigung Teil I</li>
      </ul>
    ),
  },
  {
    heading: "Gebühren",
    content: <p>Der Bewohnerparkausweis kostet 30,00 € für ein Jahr.</p>,
  },
  {
    heading: "Bearbeitungsdauer",
    content: <p>In der Regel erhalten Sie den Ausweis innerhalb von zwei Wochen per Post.</p>,
  },
];

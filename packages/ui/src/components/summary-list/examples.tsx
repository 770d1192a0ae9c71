import type { SummaryListRow } from "./SummaryList.js";

/** The answers of a residents' parking permit application, shared by stories and tests. */
export const parkausweisRows: SummaryListRow[] = [
  {
    key: "Name",
    value: "Erika Mustermann",
    actions: [{ href: "/antrag/name", visuallyHiddenText: "den Namen" }],
  },
  {
    key: "Geburtsdatum",
    value: "12. August 1964",
    actions: [{ href: "/antrag/geburtsdatum", visuallyHiddenText: "das Geburtsdatum" }],
  },
  {
    key: "Anschrift",
    value: (
      <>
        Heidestraße 17
        <br />
        35390 Gießen
      </>
    ),
    actions: [{ href: "/antrag/anschrift", visuallyHiddenText: "die Anschrift" }],
  },
  {
    key: "Kfz-Kennzeichen",
    value: "GI-EM 1964",
    actions: [{ href: "/antrag/fahrzeug", visuallyHiddenText: "das Kfz-Kennzeichen" }],
  },
];

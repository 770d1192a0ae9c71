import type { ServiceCardProps } from "./ServiceCard.js";

/** Municipal services as a list of search results, for stories and tests. Fees are examples, not a city's tariff. */
export const serviceExamples: ServiceCardProps[] = [
  {
    title: "Bewohnerparkausweis beantragen",
    href: "/leistungen/bewohnerparkausweis",
    teaser: "Mit dem Bewohnerparkausweis parken Sie in Ihrer Straße in Zonen mit Bewohnerparken.",
    online: true,
    fee: "30,00 €",
    meta: "Bürgerbüro · Verkehr und Parken",
  },
  {
    title: "Hund anmelden",
    href: "/leistungen/hundesteuer-anmeldung",
    teaser: "Melden Sie Ihren Hund innerhalb von zwei Wochen bei der Stadt an.",
    online: true,
    fee: "kostenlos",
    meta: "Steueramt · Steuern und Abgaben",
  },
  {
    title: "Personalausweis beantragen",
    href: "/leistungen/personalausweis",
    teaser: "Den Personalausweis beantragen Sie persönlich im Bürgerbüro.",
    fee: "37,00 €",
    meta: "Bürgerbüro · Ausweise und Dokumente",
  },
];

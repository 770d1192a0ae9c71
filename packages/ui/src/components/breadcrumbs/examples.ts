import type { BreadcrumbsItem } from "./Breadcrumbs.js";

/** Trails of a city portal for stories and tests: the pages above „Bewohnerparkausweis beantragen“. */
export const startPage: BreadcrumbsItem[] = [{ text: "Startseite", href: "/" }];

export const threeItems: BreadcrumbsItem[] = [
  { text: "Startseite", href: "/" },
  { text: "Bürgerservice", href: "/buergerservice" },
  { text: "Verkehr und Mobilität", href: "/buergerservice/verkehr" },
];

export const manyItems: BreadcrumbsItem[] = [
  { text: "Startseite", href: "/" },
  { text: "Rathaus und Politik", href: "/rathaus" },
  { text: "Verwaltung", href: "/rathaus/verwaltung" },
  { text: "Ämter und Einrichtungen", href: "/rathaus/verwaltung/aemter" },
  { text: "Ordnungsamt", href: "/rathaus/verwaltung/aemter/ordnungsamt" },
  { text: "Straßenverkehrsbehörde", href: "/rathaus/verwaltung/aemter/ordnungsamt/verkehr" },
  { text: "Parken", href: "/rathaus/verwaltung/aemter/ordnungsamt/verkehr/parken" },
];

export const englishItems: BreadcrumbsItem[] = [
  { text: "Home", href: "/en" },
  { text: "Citizen services", href: "/en/services" },
  { text: "Transport", href: "/en/services/transport" },
];

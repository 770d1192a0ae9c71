import type { UiMessages } from "../../internal/i18n.js";

export type CookieInfoText =
  | "title"
  | "introOne"
  | "introOther"
  | "caption"
  | "name"
  | "purpose"
  | "duration"
  | "noTracking"
  | "sessionPurpose"
  | "sessionDuration";

/**
 * Texts of CookieInfo: the heading, the explanation (one or several cookies, all strictly necessary, so no consent
 * under § 25 Abs. 2 Nr. 2 TDDDG), the table's caption and column headers, the note on tracking, and the purpose
 * and duration of the reference portal's session cookie.
 */
export const cookieInfoMessages: UiMessages<CookieInfoText> = {
  de: {
    title: "Cookies",
    introOne:
      "Cookies sind kleine Dateien, die eine Website auf Ihrem Gerät speichert. Dieses Portal setzt nur ein Cookie, " +
      "und zwar eines, das für seinen Betrieb unbedingt erforderlich ist. Dafür brauchen wir Ihre Einwilligung nicht " +
      "(§ 25 Abs. 2 Nr. 2 TDDDG), deshalb fragen wir Sie nicht danach.",
    introOther:
      "Cookies sind kleine Dateien, die eine Website auf Ihrem Gerät speichert. Dieses Portal setzt nur Cookies, die " +
      "für seinen Betrieb unbedingt erforderlich sind. Dafür brauchen wir Ihre Einwilligung nicht " +
      "(§ 25 Abs. 2 Nr. 2 TDDDG), deshalb fragen wir Sie nicht danach.",
    caption: "Cookies, die dieses Portal setzt",
    name: "Name",
    purpose: "Zweck",
    duration: "Speicherdauer",
    noTracking: "Wir verwenden keine Cookies, um Ihr Verhalten zu analysieren oder Sie zu verfolgen (Tracking).",
    sessionPurpose: "Speichert Ihre Angaben während des Antrags",
    sessionDuration: "bis Sie den Browser schließen",
  },
  en: {
    title: "Cookies",
    introOne:
      "Cookies are small files that a website saves on your device. This portal sets only one cookie, which it " +
      "strictly needs to work. It does not need your consent (section 25 (2) no. 2 TDDDG), so we do not ask for it.",
    introOther:
      "Cookies are small files that a website saves on your device. This portal sets only cookies that it strictly " +
      "needs to work. They do not need your consent (section 25 (2) no. 2 TDDDG), so we do not ask for it.",
    caption: "Cookies this portal sets",
    name: "Name",
    purpose: "Purpose",
    duration: "Expires",
    noTracking: "We do not use cookies to analyse how you use the portal or to track you.",
    sessionPurpose: "Saves your answers while you fill in an application",
    sessionDuration: "When you close your browser",
  },
};

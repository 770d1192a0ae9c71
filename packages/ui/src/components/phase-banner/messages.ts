import type { UiMessages } from "../../internal/i18n.js";

/**
 * Built-in texts of PhaseBanner. `text` puts the feedback link where `{feedback}` stands; `feedback` is the link's
 * text (plain text when there is no `feedbackHref`).
 */
export type PhaseBannerText = "label" | "alpha" | "beta" | "text" | "feedback";

export const phaseBannerMessages: UiMessages<PhaseBannerText> = {
  de: {
    label: "Hinweis zum Entwicklungsstand",
    alpha: "Alpha",
    beta: "Beta",
    text: "Dies ist ein neuer Service. Ihr {feedback} hilft uns, ihn zu verbessern.",
    feedback: "Feedback",
  },
  en: {
    label: "Service status",
    alpha: "Alpha",
    beta: "Beta",
    text: "This is a new service. Your {feedback} will help us to improve it.",
    feedback: "feedback",
  },
};

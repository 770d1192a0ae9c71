import type { UiMessages } from "../../internal/i18n.js";

export type SpinnerText = "loading";

/** The status text of Spinner, read by screen readers (and shown with `showLabel`). */
export const spinnerMessages: UiMessages<SpinnerText> = {
  de: { loading: "Wird geladen …" },
  en: { loading: "Loading …" },
};

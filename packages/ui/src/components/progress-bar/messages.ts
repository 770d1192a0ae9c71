import type { UiMessages } from "../../internal/i18n.js";

export type ProgressBarText = "percent" | "indeterminate";

/**
 * Default texts of ProgressBar: the value in percent („40 % abgeschlossen“, with a no-break space before „%“ as
 * DIN 5008 writes it) and the text while the value is unknown.
 */
export const progressBarMessages: UiMessages<ProgressBarText> = {
  de: { percent: "{percent}\u00a0% abgeschlossen", indeterminate: "Wird bearbeitet …" },
  en: { percent: "{percent}% complete", indeterminate: "In progress …" },
};

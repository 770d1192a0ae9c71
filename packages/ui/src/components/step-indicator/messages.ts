import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of StepIndicator. `status` fills `{current}` and `{total}`. */
export type StepIndicatorText = "status" | "completed" | "label";

export const stepIndicatorMessages: UiMessages<StepIndicatorText> = {
  de: { status: "Schritt {current} von {total}", completed: "abgeschlossen", label: "Fortschritt" },
  en: { status: "Step {current} of {total}", completed: "completed", label: "Progress" },
};

import type { StepIndicatorStep } from "./StepIndicator.js";

/** The steps of a residents' parking permit application, for stories and tests. */
export const parkausweisSteps: StepIndicatorStep[] = [
  { title: "Antragsteller", href: "/antrag/antragsteller" },
  { title: "Persönliche Angaben", href: "/antrag/person" },
  { title: "Fahrzeug", href: "/antrag/fahrzeug" },
  { title: "Nachweise", href: "/antrag/nachweise" },
  { title: "Prüfen und absenden", href: "/antrag/pruefen" },
];

/** The same steps without links. */
export const parkausweisStepsWithoutLinks: StepIndicatorStep[] = parkausweisSteps.map(({ title }) => ({ title }));

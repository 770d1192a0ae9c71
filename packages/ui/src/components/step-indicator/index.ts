export type { StepIndicatorText } from "./messages.js";
export { StepIndicator, type StepIndicatorProps, type StepIndicatorStep } from "./StepIndicator.js";

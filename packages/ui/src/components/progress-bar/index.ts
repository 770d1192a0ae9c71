export type { ProgressBarText } from "./messages.js";
export { ProgressBar, type ProgressBarProps, progressStep } from "./ProgressBar.js";

export type { SpinnerText } from "./messages.js";
export { Spinner, type SpinnerProps, type SpinnerSize } from "./Spinner.js";

export type { RadiosText } from "./messages.js";
export { type RadioItem, Radios, type RadiosProps } from "./Radios.js";

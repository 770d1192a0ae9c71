export type { SelectText } from "./messages.js";
export { Select, type SelectOption, type SelectProps } from "./Select.js";

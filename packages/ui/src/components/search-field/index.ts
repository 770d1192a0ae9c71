export type { SearchFieldText } from "./messages.js";
export { SearchField, type SearchFieldProps } from "./SearchField.js";

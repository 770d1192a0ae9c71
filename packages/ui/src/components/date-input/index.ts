export { DateInput, type DateInputProps } from "./DateInput.js";
export {
  DATE_PARTS,
  type DateInputValue,
  type DatePart,
  dateInputErrorFields,
  dateInputValue,
  datePartName,
  type FormDataLike,
} from "./date-input-value.js";
export type { DateInputText } from "./messages.js";

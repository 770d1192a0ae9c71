export { Checkboxes, type CheckboxesProps, type CheckboxItem } from "./Checkboxes.js";
export { type ChoiceItem, choiceItemId } from "./choices.js";
export type { CheckboxesText } from "./messages.js";

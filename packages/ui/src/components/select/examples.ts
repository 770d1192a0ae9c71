import type { SelectOption } from "./Select.js";

/** Three cities, the second one unavailable: the options of the Select tests. */
export const cityOptions: SelectOption[] = [
  { value: "giessen", label: "Gießen" },
  { value: "marburg", label: "Marburg", disabled: true },
  { value: "wetzlar", label: "Wetzlar" },
];

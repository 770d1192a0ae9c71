export { FormGroup, type FormGroupProps, Hint, type HintProps, Label, type LabelProps } from "./FormGroup.js";

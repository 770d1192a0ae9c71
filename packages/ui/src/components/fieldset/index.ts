export { Fieldset, type FieldsetProps, type LegendSize } from "./Fieldset.js";

export { Accordion, type AccordionProps, type AccordionSection } from "./Accordion.js";
export type { AccordionText } from "./messages.js";

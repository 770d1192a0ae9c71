export { Footer, type FooterLink, type FooterProps } from "./Footer.js";
export type { FooterText } from "./messages.js";

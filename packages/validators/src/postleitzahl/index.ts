export { postleitzahlMessages as messages } from "./messages.js";
export * from "./postleitzahl.js";

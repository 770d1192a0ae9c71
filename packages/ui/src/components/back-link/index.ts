export { BackLink, type BackLinkProps } from "./BackLink.js";
export type { BackLinkText } from "./messages.js";

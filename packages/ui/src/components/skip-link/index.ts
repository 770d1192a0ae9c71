export type { SkipLinkText } from "./messages.js";
export { SkipLink, type SkipLinkProps } from "./SkipLink.js";

export { Link, type LinkProps } from "./Link.js";
export type { LinkText } from "./messages.js";

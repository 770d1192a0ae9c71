export {
  CookieInfo,
  type CookieInfoEntry,
  type CookieInfoProps,
  SESSION_COOKIE_NAME,
} from "./CookieInfo.js";
export type { CookieInfoText } from "./messages.js";

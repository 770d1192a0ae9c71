export { Alert, type AlertProps, type AlertVariant } from "./Alert.js";
export type { AlertText, NotificationBannerText } from "./messages.js";
export {
  NotificationBanner,
  type NotificationBannerProps,
  type NotificationBannerType,
} from "./NotificationBanner.js";

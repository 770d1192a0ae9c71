import type { UiMessages } from "../../internal/i18n.js";

export type NotificationBannerText = "infoTitle" | "successTitle";

/** Default titles of NotificationBanner, per type. */
export const notificationBannerMessages: UiMessages<NotificationBannerText> = {
  de: { infoTitle: "Wichtiger Hinweis", successTitle: "Erfolg" },
  en: { infoTitle: "Important", successTitle: "Success" },
};

export type AlertText = "info" | "success" | "warning" | "error";

/** Visually hidden prefixes of Alert that name its variant in text (WCAG 1.4.1: not by colour alone). */
export const alertMessages: UiMessages<AlertText> = {
  de: { info: "Information:", success: "Erfolg:", warning: "Warnung:", error: "Fehler:" },
  en: { info: "Information:", success: "Success:", warning: "Warning:", error: "Error:" },
};

import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of ServiceCard: the online badge and the label before the fee. */
export type ServiceCardText = "online" | "fee";

export const serviceCardMessages: UiMessages<ServiceCardText> = {
  de: { online: "Online verfügbar", fee: "Gebühr:" },
  en: { online: "Available online", fee: "Fee:" },
};

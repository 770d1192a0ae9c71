import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of Breadcrumbs: `label` names the navigation landmark. */
export type BreadcrumbsText = "label";

export const breadcrumbsMessages: UiMessages<BreadcrumbsText> = {
  de: { label: "Brotkrumennavigation" },
  en: { label: "Breadcrumb" },
};

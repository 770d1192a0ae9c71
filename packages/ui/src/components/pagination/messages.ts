import type { UiMessages } from "../../internal/i18n.js";

/**
 * Built-in texts of Pagination: the navigation's name, the previous and next links, and `page`, the visually hidden
 * word before each page number (the link „5“ is read „Seite 5“).
 */
export type PaginationText = "label" | "previous" | "next" | "page";

export const paginationMessages: UiMessages<PaginationText> = {
  de: { label: "Seitennummerierung", previous: "Vorherige Seite", next: "Nächste Seite", page: "Seite" },
  en: { label: "Pagination", previous: "Previous page", next: "Next page", page: "Page" },
};

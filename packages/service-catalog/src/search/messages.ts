import type { MessageCatalog } from "@digitale-kommune/validators";

export type SearchIndexIssueCode = "invalid_json" | "invalid_format" | "unsupported_version" | "corrupt_index";

export const searchIndexMessages: MessageCatalog<SearchIndexIssueCode> = {
  de: {
    invalid_json: "Der Suchindex ist kein gültiges JSON.",
    invalid_format: "Der Suchindex hat nicht das erwartete Format (Feld „{field}“).",
    unsupported_version:
      "Der Suchindex hat die Version {version}; unterstützt wird Version {supported}. Bitte neu erzeugen.",
    corrupt_index: "Der Suchindex ist beschädigt und kann nicht geladen werden (Feld „{field}“).",
  },
  en: {
    invalid_json: "The search index is not valid JSON.",
    invalid_format: "The search index does not have the expected format (field “{field}”).",
    unsupported_version: "The search index has version {version}; version {supported} is supported. Rebuild it.",
    corrupt_index: "The search index is damaged and cannot be loaded (field “{field}”).",
  },
};

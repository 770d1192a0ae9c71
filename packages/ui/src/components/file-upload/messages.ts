import type { UiMessages } from "../../internal/i18n.js";

/**
 * Built-in texts of FileUpload. Placeholders: `{types}` the allowed types („PDF, JPG oder PNG“), `{size}` the
 * largest size („10 MB“). `limits*` are the hint under the label; `*Each` when several files may be chosen.
 */
export type FileUploadText =
  | "limitsTypesAndSize"
  | "limitsTypesAndSizeEach"
  | "limitsTypes"
  | "limitsSize"
  | "limitsSizeEach"
  | "selectedFile"
  | "selectedFiles";

export const fileUploadMessages: UiMessages<FileUploadText> = {
  de: {
    limitsTypesAndSize: "Erlaubt sind {types} bis {size}.",
    limitsTypesAndSizeEach: "Erlaubt sind {types} bis {size} je Datei.",
    limitsTypes: "Erlaubt sind {types}.",
    limitsSize: "Die Datei darf höchstens {size} groß sein.",
    limitsSizeEach: "Jede Datei darf höchstens {size} groß sein.",
    selectedFile: "Ausgewählte Datei:",
    selectedFiles: "Ausgewählte Dateien:",
  },
  en: {
    limitsTypesAndSize: "Allowed: {types}, up to {size}.",
    limitsTypesAndSizeEach: "Allowed: {types}, up to {size} per file.",
    limitsTypes: "Allowed: {types}.",
    limitsSize: "The file must be {size} or smaller.",
    limitsSizeEach: "Each file must be {size} or smaller.",
    selectedFile: "Selected file:",
    selectedFiles: "Selected files:",
  },
};

/**
 * Messages of `checkUpload`. Placeholders: `{name}` the file name, `{size}` the largest size, `{types}` the
 * allowed types, `{actual}` the type the file really has.
 */
export type CheckUploadText = "missing" | "empty" | "tooLarge" | "wrongType" | "typeMismatch";

export const checkUploadMessages: UiMessages<CheckUploadText> = {
  de: {
    missing: "Wählen Sie eine Datei aus.",
    empty: "Die Datei „{name}“ ist leer. Wählen Sie eine Datei mit Inhalt aus.",
    tooLarge: "Die Datei „{name}“ ist zu groß: Sie darf höchstens {size} groß sein.",
    wrongType: "Die Datei „{name}“ hat kein erlaubtes Format: Erlaubt sind {types}.",
    typeMismatch:
      "Der Name der Datei „{name}“ passt nicht zu ihrem Inhalt: Sie ist eine {actual}-Datei. Wählen Sie die richtige Datei aus oder geben Sie ihr die passende Endung.",
  },
  en: {
    missing: "Select a file.",
    empty: "The file “{name}” is empty. Select a file that has content.",
    tooLarge: "The file “{name}” is too large: it must be {size} or smaller.",
    wrongType: "The file “{name}” is not in an allowed format: use {types}.",
    typeMismatch:
      "The name of the file “{name}” does not match its content: it is a {actual} file. Select the right file or give it the matching extension.",
  },
};

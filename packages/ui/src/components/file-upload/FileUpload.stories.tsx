import type { Meta, StoryObj } from "@storybook/react-vite";
import { FileUpload } from "./FileUpload.js";
import { acceptAttribute } from "./file-types.js";

const MB = 1024 * 1024;
const PDF_JPG_PNG = acceptAttribute(["application/pdf", "image/jpeg", "image/png"]);

const meta = {
  title: "Formular/FileUpload",
  component: FileUpload,
  args: {
    id: "nachweis",
    name: "nachweis",
    label: "Nachweis hochladen",
    accept: PDF_JPG_PNG,
    maxBytes: 10 * MB,
  },
  parameters: {
    docs: {
      description: {
        component:
          'A native `<input type="file">` with label, hint and error. The hint names the allowed types and the ' +
          "largest size („Erlaubt sind PDF, JPG oder PNG bis 10 MB.“), built from `accept` (or `acceptLabel`) and " +
          "`maxBytes`; the server enforces the same limits with `checkUpload` (from `@digitale-kommune/ui/forms`), " +
          "judging the type by the file's content. Without JavaScript the form posts the file natively " +
          '(`method="post" encType="multipart/form-data"`); with JavaScript the chosen files and their sizes are ' +
          "listed below the input in a polite live region. Keyboard: Tab focuses the input, Enter or Space opens " +
          "the system's file dialog. WCAG 2.2: 1.3.1 (label, hint and error tied to the input), 3.3.1 (error " +
          "identification), 3.3.2 (labels or instructions: types and size are stated before choosing), 3.3.3 " +
          "(error suggestion), 4.1.2 (name, role, value of the native control), 2.4.7 (visible focus), 2.5.8 " +
          "(target size of the button), 1.4.1 (errors not by colour alone), 1.4.10 (reflow at 320 px).",
      },
    },
  },
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The allowed types and size from `accept` and `maxBytes`. */
export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: "Zum Beispiel ein Foto oder ein Scan des Mietvertrags." },
};

export const WithError: Story = {
  args: { error: "Die Datei „mietvertrag.pdf“ ist zu groß: Sie darf höchstens 10 MB groß sein." },
};

export const Disabled: Story = {
  args: { disabled: true },
};

/** Several files, each posted under the same name; the size limit holds per file. */
export const Multiple: Story = {
  args: { id: "belege", name: "belege", label: "Belege hochladen", multiple: true, maxBytes: 5 * MB },
};

/** The allowed types in the app's words, when they cannot be derived from `accept` (e.g. `image/*`). */
export const AcceptLabel: Story = {
  args: {
    id: "foto",
    name: "foto",
    label: "Foto des Hundes",
    accept: "image/*",
    acceptLabel: "Fotos im Format JPG, PNG oder HEIC",
    maxBytes: 8 * MB,
  },
};

/** Without `accept` and `maxBytes` there is no limits hint. */
export const WithoutLimits: Story = {
  args: { accept: undefined, maxBytes: undefined, hint: "Laden Sie den Nachweis hoch, falls Sie ihn zur Hand haben." },
};

export const PageHeading: Story = {
  args: { label: "Laden Sie Ihren Personalausweis hoch", isPageHeading: true },
};

export const LongText: Story = {
  args: {
    label:
      "Nachweis über die Anmeldung des Hundes bei der Hundehaftpflichtversicherung einschließlich der Versicherungsnummer",
    hint:
      "Laden Sie die Versicherungsbestätigung hoch, aus der der Name der Halterin oder des Halters, die Rasse des " +
      "Hundes und der Versicherungszeitraum hervorgehen. Eine Kopie des Versicherungsscheins genügt.",
    error:
      "Die Datei „versicherungsbestaetigung-hundehaftpflicht-2026-mit-allen-anlagen-und-nachtraegen.pdf“ hat kein erlaubtes Format: Erlaubt sind PDF, JPG oder PNG.",
  },
};

export const English: Story = {
  args: {
    locale: "en",
    label: "Upload your proof",
    hint: "For example a photo or a scan of the tenancy agreement.",
    error: "The file “tenancy.pdf” is too large: it must be 10 MB or smaller.",
  },
};

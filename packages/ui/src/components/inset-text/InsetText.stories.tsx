import type { Meta, StoryObj } from "@storybook/react-vite";
import { Link } from "../link/Link.js";
import { InsetText } from "./InsetText.js";

const meta = {
  title: "Inhalt/InsetText",
  component: InsetText,
  args: { children: "Es kann bis zu 8 Wochen dauern, bis Sie eine Entscheidung erhalten." },
  parameters: {
    docs: {
      description: {
        component:
          "A block of text set apart from the surrounding content by a thick border at its start (GOV.UK inset " +
          "text): a quote, an example, or information the user should not overlook, such as a processing time. Use " +
          "WarningText for consequences (fines, deadlines that cost money). A plain `<div>` with no role: the border " +
          "is decorative and the text says what matters. Keyboard: not focusable; links inside are reached with " +
          "Tab. WCAG 2.2: 1.3.1 (no meaning carried by the look alone), 1.4.1 (not by colour alone), 1.4.3 " +
          "(layout text colour), 1.4.10 (reflow: long words wrap at 320 px).",
      },
    },
  },
} satisfies Meta<typeof InsetText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithParagraphs: Story = {
  args: {
    children: (
      <>
        <p>Sie können Ihren Hund auch persönlich im Bürgerbüro anmelden.</p>
        <p>
          Bringen Sie dazu Ihren Personalausweis mit. <Link href="/buergerbuero">Öffnungszeiten des Bürgerbüros</Link>
        </p>
      </>
    ),
  },
};

export const LongText: Story = {
  args: {
    children:
      "Wenn Sie als Halterin oder Halter eines Herdengebrauchshundes eine Ermäßigung beantragen, prüft die " +
      "Stadtkasse Ihre Nachweise (Kraftfahrzeugzulassungsbescheinigung, Tierhalterhaftpflichtversicherungsnachweis) " +
      "und teilt Ihnen das Ergebnis schriftlich mit. Das kann in der Urlaubszeit länger dauern.",
  },
};

export const English: Story = {
  args: { lang: "en", children: "It can take up to 8 weeks to get a decision." },
};

import type { Meta, StoryObj } from "@storybook/react-vite";
import { Link } from "../link/Link.js";
import { PhaseBanner } from "./PhaseBanner.js";

const meta = {
  title: "Seitenrahmen/PhaseBanner",
  component: PhaseBanner,
  args: { phase: "beta", feedbackHref: "/feedback?service=bewohnerparkausweis" },
  parameters: {
    docs: {
      description: {
        component:
          "A strip below the header saying that the service is new (GOV.UK phase banner): the label „Beta“ or " +
          "„Alpha“ as bold text in a box and „Dies ist ein neuer Service. Ihr Feedback hilft uns, ihn zu " +
          "verbessern.“ with a link to the feedback form; `children` replace the text. A paragraph, no landmark and " +
          "no JavaScript. Keyboard: Tab reaches the feedback link, Enter follows it. WCAG 2.2: 1.3.1 (label and text " +
          "in one paragraph), 1.4.1 (phase as text, link underlined), 1.4.3 (label text on its background), 2.4.4 " +
          "(link purpose from the sentence), 2.4.7 and 2.4.11 (visible focus), 1.4.10 (reflow at 320 px).",
      },
    },
  },
} satisfies Meta<typeof PhaseBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Beta: Story = {};

export const Alpha: Story = {
  args: { phase: "alpha" },
};

export const WithoutFeedbackLink: Story = {
  args: { feedbackHref: undefined },
};

export const CustomText: Story = {
  args: {
    children: (
      <>
        Dieser Antrag wird gerade erprobt. <Link href="/kontakt">Schreiben Sie uns</Link>, wenn etwas nicht klappt.
      </>
    ),
  },
};

export const English: Story = {
  globals: { locale: "en" },
  args: { locale: "en", feedbackHref: "/en/feedback" },
};

export const LongText: Story = {
  args: {
    messages: {
      text:
        "Dies ist ein neuer Service der Kreisstadt Limburg a. d. Lahn für die Kraftfahrzeugzulassungsbescheinigung. " +
        "Ihr {feedback} zur Bedienbarkeit und Barrierefreiheit hilft uns, ihn zu verbessern.",
    },
  },
};

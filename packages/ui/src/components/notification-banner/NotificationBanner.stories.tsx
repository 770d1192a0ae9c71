import type { Meta, StoryObj } from "@storybook/react-vite";
import { NotificationBanner } from "./NotificationBanner.js";

const meta = {
  title: "Inhalt/NotificationBanner",
  component: NotificationBanner,
  args: {
    children: (
      <p>Wegen Wartungsarbeiten ist die Online-Anmeldung am Samstag, 5. Dezember, von 8 bis 12 Uhr nicht erreichbar.</p>
    ),
  },
  argTypes: { type: { control: "inline-radio", options: ["info", "success"] } },
  parameters: {
    docs: {
      description: {
        component:
          "A page-level message above the main content (GOV.UK notification banner). `info` (default title " +
          "„Wichtiger Hinweis“) for something the user must know; `success` (title „Erfolg“) for the outcome of what " +
          "the user just did. Server-rendered it is a region (`<section>`) named by its title heading, found with " +
          "heading and landmark navigation. Set `announce` (role `alert`) only when the banner is rendered on the " +
          "client right after an action, and `focusOnMount` for a success banner on the page a form redirected to. " +
          "Keyboard: not focusable itself (unless `focusOnMount`); links inside are reached with Tab. WCAG 2.2: " +
          "1.3.1 (heading and region), 1.4.1 (the type is named in the title, not only by colour), 1.4.3 (contrast), " +
          "2.4.6 (descriptive heading), 4.1.3 (status messages, with `announce`).",
      },
    },
  },
} satisfies Meta<typeof NotificationBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHeadingAndLink: Story = {
  args: {
    heading: "Sie haben noch 3 Tage Zeit, Ihren Antrag abzuschicken.",
    children: (
      <p>
        Ihr Entwurf wird am 30. November gelöscht. <a href="/antraege/entwurf">Antrag weiter bearbeiten</a>
      </p>
    ),
  },
};

export const Success: Story = {
  args: {
    type: "success",
    heading: "Ihre Änderungen wurden gespeichert.",
    children: (
      <p>
        Sie erhalten eine Bestätigung per E-Mail. <a href="/antraege">Zur Übersicht Ihrer Anträge</a>
      </p>
    ),
  },
};

/** Rendered on the client after saving: `role="alert"` announces it at once. */
export const SuccessAnnounced: Story = {
  args: { ...Success.args, announce: true },
};

/** On the page a form redirected to: the banner takes focus so screen readers read it first. */
export const SuccessWithFocus: Story = {
  args: { ...Success.args, focusOnMount: true },
};

export const CustomTitle: Story = {
  args: { title: "Geänderte Öffnungszeiten", headingLevel: 2 },
};

export const LongText: Story = {
  args: {
    heading:
      "Das Bürgerbüro zieht um: Ab dem 1. Februar finden Sie uns im Neuen Rathaus, Erdgeschoss, Zimmer 0.14 bis 0.22.",
    children: (
      <>
        <p>
          Termine, die Sie bereits vereinbart haben, bleiben gültig und finden am neuen Standort statt. Bringen Sie
          bitte Ihre Terminbestätigung und alle Unterlagen mit, die in der Bestätigung genannt sind.
        </p>
        <p>
          In der Umzugswoche vom 25. bis 29. Januar ist das Bürgerbüro geschlossen. Dringende Anliegen nimmt die
          Telefonzentrale entgegen.
        </p>
      </>
    ),
  },
};

export const English: Story = {
  args: {
    locale: "en",
    children: <p>Online registration is unavailable on Saturday, 5 December, from 8 am to 12 noon for maintenance.</p>,
  },
};

export const EnglishSuccess: Story = {
  args: {
    locale: "en",
    type: "success",
    heading: "Your changes have been saved.",
    children: <p>You will receive a confirmation by email.</p>,
  },
};

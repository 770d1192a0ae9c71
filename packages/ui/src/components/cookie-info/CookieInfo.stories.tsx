import type { Meta, StoryObj } from "@storybook/react-vite";
import { Link } from "../link/Link.js";
import { CookieInfo } from "./CookieInfo.js";

const meta = {
  title: "Inhalt/CookieInfo",
  component: CookieInfo,
  parameters: {
    docs: {
      description: {
        component:
          "The block for the portal's cookie page (not a banner): the heading „Cookies“, a short explanation that " +
          "the portal sets only strictly necessary cookies and therefore asks for no consent (§ 25 Abs. 2 Nr. 2 " +
          "TDDDG), a table of the cookies (caption, column headers „Name“, „Zweck“, „Speicherdauer“ with " +
          '`scope="col"`, the cookie name as row header) and a note that no cookies analyse or track the user. By ' +
          "default it lists the reference portal's session cookie `__Host-dk-session`. German and English. " +
          "Keyboard: not focusable; links in the further content are reached with Tab. WCAG 2.2: 1.3.1 (heading, " +
          "table with caption and header cells), 2.4.6 (descriptive heading), 1.4.10 (the table reflows at 320 px; " +
          "cookie names break anywhere), 3.1.2 (use `lang` for English on a German page).",
      },
    },
  },
} satisfies Meta<typeof CookieInfo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference portal's only cookie, the session cookie. */
export const Default: Story = {};

/** An example with a second cookie (names and purposes are examples, not the reference portal's). */
export const SeveralCookies: Story = {
  args: {
    cookies: [
      {
        name: "__Host-dk-session",
        purpose: "Speichert Ihre Angaben während des Antrags",
        duration: "bis Sie den Browser schließen",
      },
      {
        name: "__Host-dk-csrf",
        purpose: "Schützt Ihre Formulare davor, von fremden Websites abgeschickt zu werden",
        duration: "bis Sie den Browser schließen",
      },
    ],
  },
};

export const WithPrivacyLink: Story = {
  args: {
    children: (
      <p>
        Mehr dazu, wie wir Ihre Daten verarbeiten, lesen Sie in der{" "}
        <Link href="/datenschutz">Datenschutzerklärung</Link>.
      </p>
    ),
  },
};

export const WithoutTrackingNote: Story = {
  args: { trackingNote: false },
};

export const CustomTrackingNote: Story = {
  args: {
    trackingNote:
      "Wir zählen Seitenaufrufe nur auf unserem Server, ohne Cookies und ohne Ihre IP-Adresse zu speichern.",
  },
};

export const SubHeading: Story = {
  args: { headingLevel: 3, title: "Cookies im Bürgerportal" },
};

export const LongText: Story = {
  args: {
    cookies: [
      {
        name: "__Host-dk-session-bewohnerparkausweis-antragsstrecke",
        purpose:
          "Speichert Ihre Angaben zum Bewohnerparkausweis (Kraftfahrzeugkennzeichen, Zulassungsbescheinigung Teil I) " +
          "zwischen den Schritten des Antrags, damit Sie nichts zweimal eingeben müssen",
        duration: "bis Sie den Browser schließen, höchstens 24 Stunden",
      },
    ],
  },
};

export const English: Story = {
  args: { locale: "en", lang: "en" },
};

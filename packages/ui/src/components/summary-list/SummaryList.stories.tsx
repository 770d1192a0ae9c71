import type { Meta, StoryObj } from "@storybook/react-vite";
import { parkausweisRows } from "./examples.js";
import { SummaryCard, SummaryList } from "./SummaryList.js";

const meta = {
  title: "Inhalt/SummaryList",
  component: SummaryList,
  args: { rows: parkausweisRows },
  parameters: {
    docs: {
      description: {
        component:
          "The „Prüfen Sie Ihre Angaben“ page: a native `<dl>` with the question (`<dt>`), the answer and the change " +
          "links (`<dd>`). Every „Ändern“ link names what it changes in visually hidden text („Ändern den Namen“); in " +
          "a SummaryCard the card's title is added. Rows stack below 40em and line up as a table above, also when " +
          "some rows have no link. Keyboard: Tab moves from link to link, Enter follows one. WCAG 2.2: 1.3.1 " +
          "(question and answer as term and description), 1.3.2 (reading order), 2.4.4 and 2.4.9 (link purpose), " +
          "2.4.6 (card titles), 1.4.10 (reflow at 320 px), 3.3.4 (review before sending).",
      },
    },
  },
} satisfies Meta<typeof SummaryList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithoutActions: Story = {
  args: { rows: parkausweisRows.map(({ key, value }) => ({ key, value })) },
};

export const SomeRowsWithoutActions: Story = {
  args: {
    rows: [
      { key: "Antragsnummer", value: "BPA-2026-004711" },
      ...parkausweisRows.slice(0, 2),
      { key: "Gebühr", value: "30,00 €" },
    ],
  },
};

export const SeveralActions: Story = {
  args: {
    rows: [
      {
        key: "Nachweis des Wohnsitzes",
        value: "meldebescheinigung.pdf",
        actions: [
          { href: "/antrag/nachweise", visuallyHiddenText: "den Nachweis des Wohnsitzes" },
          { href: "/antrag/nachweise/entfernen", text: "Entfernen", visuallyHiddenText: "den Nachweis des Wohnsitzes" },
        ],
      },
      ...parkausweisRows.slice(0, 1),
    ],
  },
};

export const NoBorder: Story = {
  args: { noBorder: true },
};

export const English: Story = {
  args: {
    locale: "en",
    rows: [
      { key: "Name", value: "Erika Mustermann", actions: [{ href: "/en/apply/name", visuallyHiddenText: "name" }] },
      {
        key: "Date of birth",
        value: "12 August 1964",
        actions: [{ href: "/en/apply/date-of-birth", visuallyHiddenText: "date of birth" }],
      },
    ],
  },
};

export const LongText: Story = {
  args: {
    rows: [
      {
        key: "Begründung des Antrags auf Ausnahmegenehmigung vom Verbot des Parkens",
        value:
          "Ich bin als Pflegeperson für meine Mutter tätig, die in der Grünberger Straße wohnt, und muss sie täglich mehrmals mit dem Auto aufsuchen, weil sie auf Hilfsmittel angewiesen ist. Eine Parkmöglichkeit im öffentlichen Parkhaus besteht in zumutbarer Entfernung nicht.",
        actions: [{ href: "/antrag/begruendung", visuallyHiddenText: "die Begründung" }],
      },
      ...parkausweisRows.slice(0, 1),
    ],
  },
};

export const Card: Story = {
  render: () => <SummaryCard title="Antragstellerin" rows={parkausweisRows} />,
};

export const CardsWithActions: Story = {
  render: () => (
    <div>
      {["Kind 1", "Kind 2"].map((title, index) => (
        <SummaryCard
          key={title}
          title={title}
          actions={[{ href: `/antrag/kinder/${index + 1}/entfernen`, text: "Entfernen", visuallyHiddenText: "" }]}
          rows={[
            {
              key: "Name",
              value: index === 0 ? "Lena Mustermann" : "Jonas Mustermann",
              actions: [{ href: `/antrag/kinder/${index + 1}/name`, visuallyHiddenText: "den Namen" }],
            },
            {
              key: "Geburtsdatum",
              value: index === 0 ? "3. März 2014" : "19. Juli 2017",
              actions: [{ href: `/antrag/kinder/${index + 1}/geburtsdatum`, visuallyHiddenText: "das Geburtsdatum" }],
            },
          ]}
        />
      ))}
    </div>
  ),
};

export const CardEnglish: Story = {
  render: () => (
    <SummaryCard
      locale="en"
      title="Vehicle"
      actions={[{ href: "/en/apply/vehicle/remove", text: "Remove", visuallyHiddenText: "" }]}
      rows={[
        {
          key: "Registration number",
          value: "GI-EM 1964",
          actions: [{ href: "/en/apply/vehicle", visuallyHiddenText: "registration number" }],
        },
      ]}
    />
  ),
};

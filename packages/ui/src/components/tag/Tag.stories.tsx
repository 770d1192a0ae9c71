import type { Meta, StoryObj } from "@storybook/react-vite";
import { Tag, type TagVariant } from "./Tag.js";

const meta = {
  title: "Inhalt/Tag",
  component: Tag,
  args: { children: "In Bearbeitung", variant: "info" },
  argTypes: {
    variant: { control: "inline-radio", options: ["neutral", "info", "success", "warning", "error", "online"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A short status badge (GOV.UK tag) on a native `<strong>`: „Online verfügbar“, „In Bearbeitung“, " +
          "„Genehmigt“, „Abgelehnt“. The text always says the status; the variant (`neutral`, `info`, `success`, " +
          "`warning`, `error`, `online`) only adds colour. Keyboard: none (not focusable, not interactive); it is read " +
          "in place with the text around it. WCAG 2.2: 1.4.1 (status as text, never colour alone), 1.4.3 (layout text " +
          "on the feedback backgrounds, at least 4.5:1 in every theme), 1.3.1 (emphasis with `<strong>`), 1.4.10 and " +
          "1.4.12 (long texts wrap, spacing in em), forced-colours mode keeps the tag's border.",
      },
    },
  },
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Neutral: Story = { args: { variant: "neutral", children: "Entwurf" } };

export const Success: Story = { args: { variant: "success", children: "Genehmigt" } };

export const Warning: Story = { args: { variant: "warning", children: "Unterlagen fehlen" } };

export const ErrorState: Story = { name: "Error", args: { variant: "error", children: "Abgelehnt" } };

export const Online: Story = { args: { variant: "online", children: "Online verfügbar" } };

const statuses: Array<[TagVariant, string]> = [
  ["neutral", "Entwurf"],
  ["info", "In Bearbeitung"],
  ["success", "Genehmigt"],
  ["warning", "Unterlagen fehlen"],
  ["error", "Abgelehnt"],
  ["online", "Online verfügbar"],
];

/** Every variant in a table of applications, where the tag sits in a cell beside what it describes. */
export const AllVariants: Story = {
  render: () => (
    <table>
      <caption>Ihre Anträge</caption>
      <thead>
        <tr>
          <th scope="col">Variante</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {statuses.map(([variant, text]) => (
          <tr key={variant}>
            <td>{variant}</td>
            <td>
              <Tag variant={variant}>{text}</Tag>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
};

export const InText: Story = {
  render: () => (
    <p>
      Bewohnerparkausweis beantragen <Tag variant="online">Online verfügbar</Tag>
    </p>
  ),
};

export const English: Story = {
  args: { variant: "online", children: "Available online", lang: "en" },
};

export const LongText: Story = {
  render: () => (
    <p style={{ maxInlineSize: "16rem" }}>
      <Tag variant="warning">
        Nachreichung der Einkommensnachweise und der Mietbescheinigung des Vermieters erforderlich
      </Tag>
    </p>
  ),
};

import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ComponentType } from "react";
import { euro, gebuehrenColumns, gebuehrenRows } from "./examples.js";
import { Table, type TableProps, type TableWithDataProps } from "./Table.js";

const meta = {
  title: "Inhalt/Table",
  // Storybook takes one props type; Table's call signatures tell data and children tables apart.
  component: Table as ComponentType<TableProps>,
  args: { caption: "Gebühren im Bürgerbüro", columns: gebuehrenColumns, rows: gebuehrenRows },
  parameters: {
    docs: {
      description: {
        component:
          "A native data table (GOV.UK table), typically a fee table („Gebühren“). The `<caption>` is required: it " +
          "names the table (it may be visually hidden, never left out). Built from `columns` and `rows` the table " +
          'gets `<th scope="col">` column headers, optional row headers (`firstCellIsHeader`: `<th scope="row">`), ' +
          "right-aligned numeric columns with tabular figures (`numeric: true`; amounts are text such as „12,50 €“) " +
          "and foot rows for totals; or write `<thead>`/`<tbody>` yourself as children. A table wider than the " +
          "screen scrolls sideways inside its region and keeps its table semantics, so screen readers still announce " +
          "the headers of every cell. Keyboard: the scroll region is a Tab stop named by the caption (without " +
          "JavaScript always, with JavaScript only while the table is wider than it); the arrow keys scroll it. WCAG " +
          "2.2: 1.3.1 (caption, header cells with scope), 1.3.2 (reading order), 1.4.10 (reflow: the data-table " +
          "exception, scrolling only inside the region), 2.1.1 (keyboard scrolling), 2.4.7 and 2.4.11 (visible focus " +
          "on the region), 4.1.2 (named region).",
      },
    },
  },
} satisfies Meta<TableProps>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithRowHeaders: Story = {
  args: { firstCellIsHeader: true },
};

export const Numeric: Story = {
  render: () => (
    <Table
      caption="Hundesteuer pro Jahr"
      firstCellIsHeader
      columns={[
        { key: "hund", header: "Hund" },
        { key: "fulda", header: "Fulda", numeric: true },
        { key: "giessen", header: "Gießen", numeric: true },
      ]}
      rows={[
        { key: "erster", cells: { hund: "Erster Hund", fulda: euro(9600), giessen: euro(10800) } },
        { key: "zweiter", cells: { hund: "Zweiter Hund", fulda: euro(13200), giessen: euro(14400) } },
        { key: "gefaehrlich", cells: { hund: "Gefährlicher Hund", fulda: euro(78000), giessen: euro(120000) } },
      ]}
    />
  ),
};

export const WithTotal: Story = {
  render: () => (
    <Table
      caption="Ihre Gebühren"
      firstCellIsHeader
      columns={gebuehrenColumns}
      rows={gebuehrenRows.slice(0, 2)}
      footRows={[{ key: "summe", cells: { leistung: "Summe", gebuehr: euro(7360) } }]}
    />
  ),
};

export const CaptionVisuallyHidden: Story = {
  args: { captionVisuallyHidden: true },
  render: (args) => (
    <>
      <h2>Gebühren</h2>
      <Table {...(args as TableWithDataProps)} />
    </>
  ),
};

export const LongText: Story = {
  render: () => (
    <Table
      caption="Gebühren für Ausnahmegenehmigungen nach der Straßenverkehrs-Ordnung und der Sondernutzungssatzung der Stadt"
      firstCellIsHeader
      columns={gebuehrenColumns}
      rows={[
        {
          key: "ausnahme",
          cells: {
            leistung:
              "Ausnahmegenehmigung vom Verbot des Parkens in der Fußgängerzone für Handwerkerinnen und Handwerker, je Fahrzeug und Kalenderjahr",
            gebuehr: euro(12000),
          },
        },
        {
          key: "sondernutzung",
          cells: {
            leistung:
              "Sondernutzungserlaubnis für Baustelleneinrichtungen, Gerüste und Container, je angefangene Woche",
            gebuehr: euro(2500),
          },
        },
      ]}
    />
  ),
};

export const English: Story = {
  render: () => (
    <Table
      lang="en"
      caption="Fees at the citizens' office"
      firstCellIsHeader
      columns={[
        { key: "service", header: "Service" },
        { key: "fee", header: "Fee", numeric: true },
      ]}
      rows={[
        { key: "id-card", cells: { service: "Identity card (aged 24 or over)", fee: "€46.00" } },
        { key: "passport", cells: { service: "Passport (aged 24 or over)", fee: "€70.00" } },
        { key: "registration", cells: { service: "Certificate of registration", fee: "€12.50" } },
      ]}
    />
  ),
};

const services = [
  "Anmeldung",
  "Abmeldung",
  "Ummeldung",
  "Meldebescheinigung",
  "Führungszeugnis",
  "Personalausweis",
  "Reisepass",
  "Kinderreisepass",
  "Beglaubigung",
  "Fundsachen",
  "Parkausweis",
  "Hundesteuermarke",
];

export const ManyRows: Story = {
  render: () => (
    <Table
      caption="Leistungen des Bürgerbüros"
      firstCellIsHeader
      columns={gebuehrenColumns}
      rows={services.map((leistung, index) => ({
        key: leistung,
        cells: { leistung, gebuehr: index % 4 === 0 ? "gebührenfrei" : euro(index * 750 + 500) },
      }))}
    />
  ),
};

const months = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."];

export const ManyColumns: Story = {
  render: () => (
    <Table
      caption="Anträge im Bürgerbüro 2026 nach Monat"
      firstCellIsHeader
      columns={[
        { key: "leistung", header: "Leistung" },
        ...months.map((month) => ({ key: month, header: month, numeric: true })),
      ]}
      rows={services.slice(0, 5).map((leistung, row) => ({
        key: leistung,
        cells: Object.fromEntries([
          ["leistung", leistung],
          ...months.map((month, column) => [month, String(((row + 3) * (column + 7) * 37) % 1900)]),
        ]),
      }))}
    />
  ),
};

export const WithChildren: Story = {
  render: () => (
    <Table caption="Öffnungszeiten des Bürgerbüros">
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Uhrzeit</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Montag bis Mittwoch</th>
          <td>8:00 bis 16:00 Uhr</td>
        </tr>
        <tr>
          <th scope="row">Donnerstag</th>
          <td>8:00 bis 18:00 Uhr</td>
        </tr>
        <tr>
          <th scope="row">Freitag</th>
          <td>8:00 bis 12:00 Uhr</td>
        </tr>
      </tbody>
    </Table>
  ),
};

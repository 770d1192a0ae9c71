import type { TableColumn, TableRow } from "./Table.js";

const euroFormat = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

/**
 * An amount in integer cents as German currency text, e.g. `euro(1250)` → „12,50 €“ (with a no-break space before
 * the sign, so the amount never wraps).
 */
export function euro(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** Fee table of a registry office, shared by stories and tests. */
export const gebuehrenColumns = [
  { key: "leistung", header: "Leistung" },
  { key: "gebuehr", header: "Gebühr", numeric: true },
] as const satisfies readonly TableColumn[];

export const gebuehrenRows: TableRow<"leistung" | "gebuehr">[] = [
  { key: "personalausweis", cells: { leistung: "Personalausweis (ab 24 Jahren)", gebuehr: euro(4600) } },
  { key: "personalausweis-jung", cells: { leistung: "Personalausweis (unter 24 Jahren)", gebuehr: euro(2760) } },
  { key: "reisepass", cells: { leistung: "Reisepass (ab 24 Jahren)", gebuehr: euro(7000) } },
  { key: "meldebescheinigung", cells: { leistung: "Meldebescheinigung", gebuehr: euro(1250) } },
  { key: "vorlaeufig", cells: { leistung: "Vorläufiger Personalausweis", gebuehr: euro(1000) } },
];

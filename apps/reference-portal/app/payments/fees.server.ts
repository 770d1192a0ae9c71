/**
 * The fees the portal charges, computed on the server from the shared service catalogue (never from the browser).
 * The catalogue's data files ship with @digitale-kommune/service-catalog; the portal reads and validates them once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { computeFee, type FeeComputation, feeTableFromCatalog } from "@digitale-kommune/payments";
import { type Catalog, type CatalogSource, createCatalog } from "@digitale-kommune/service-catalog";

const require = createRequire(import.meta.url);
let catalog: Catalog | undefined;

function loadCatalog(): Catalog {
  const root = dirname(require.resolve("@digitale-kommune/service-catalog/package.json"));
  const read = (path: string): CatalogSource => ({
    source: path,
    data: JSON.parse(readFileSync(join(root, path), "utf8")),
  });
  const overlays = readdirSync(join(root, "data", "overlays"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => read(`data/overlays/${name}`));
  const result = createCatalog({ base: read("data/base/services.json"), cities: read("data/cities.json"), overlays });
  if (!result.ok) throw new Error(`The service catalogue is invalid (${result.issues.length} issues).`);
  return result.catalog;
}

/** The demo service of the payment pages: a Führungszeugnis in Gießen (13,00 € by the JVKostG). */
export const DEMO_PAYMENT = { cityId: "giessen", serviceId: "fuehrungszeugnis-beantragen", feeId: "fuehrungszeugnis" };

export function demoFee(today: string): FeeComputation {
  catalog ??= loadCatalog();
  const table = feeTableFromCatalog(catalog, DEMO_PAYMENT.cityId, DEMO_PAYMENT.serviceId, {
    version: "2024-01-01",
    validFrom: "2024-01-01",
    legalSource: { title: "Justizverwaltungskostengesetz (JVKostG), Kostenverzeichnis Nr. 1130" },
  });
  return computeFee(table, { feeId: DEMO_PAYMENT.feeId }, { date: today });
}

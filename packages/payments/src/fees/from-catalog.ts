/**
 * A fee table straight from the service catalogue: the city's fees for the service (its own, or the base
 * catalogue's when it has none), framed with the version and legal source the city vouches for.
 */
import type { Catalog } from "@digitale-kommune/service-catalog";
import { PaymentError } from "../core/errors.js";
import { defineFeeTable } from "./table.js";
import type { FeeTable, FeeTableInput } from "./types.js";

export interface FeeTableFromCatalogOptions {
  version: string;
  legalSource: FeeTableInput["legalSource"];
  /**
   * First day the table applies. Defaults to the latest `validFrom` among the catalogue's fees: the day
   * the newest fee took effect is the earliest day on which the whole table is right.
   */
  validFrom?: string;
  validUntil?: string;
  english?: FeeTableInput["english"];
}

/** The part of a `Catalog` this needs, so tests and apps can pass a stand-in. */
export type FeeCatalog = Pick<Catalog, "city" | "feesFor">;

export function feeTableFromCatalog(
  catalog: FeeCatalog,
  cityId: string,
  serviceId: string,
  options: FeeTableFromCatalogOptions,
): FeeTable {
  if (catalog.city(cityId) === undefined) {
    throw new PaymentError("unknown_city", `The catalogue has no city "${cityId.slice(0, 100)}" (field cityId).`, {
      field: "cityId",
    });
  }
  const fees = catalog.feesFor(serviceId, cityId);
  if (fees === undefined) {
    throw new PaymentError(
      "fee_not_applicable",
      `The city "${cityId}" does not offer the service "${serviceId.slice(0, 100)}" in the catalogue (field serviceId).`,
      { field: "serviceId" },
    );
  }
  const validFrom = options.validFrom ?? latestValidFrom(fees);
  if (validFrom === undefined) {
    throw new PaymentError(
      "invalid_fee_table",
      "The fee table is invalid at validFrom: none of the catalogue's fees has a validFrom, so give one.",
      { field: "validFrom" },
    );
  }
  return defineFeeTable({
    cityId,
    serviceId,
    version: options.version,
    validFrom,
    ...(options.validUntil === undefined ? {} : { validUntil: options.validUntil }),
    legalSource: options.legalSource,
    fees,
    ...(options.english === undefined ? {} : { english: options.english }),
  });
}

function latestValidFrom(fees: readonly { validFrom?: string | undefined }[]): string | undefined {
  let latest: string | undefined;
  for (const fee of fees) {
    if (fee.validFrom !== undefined && (latest === undefined || fee.validFrom > latest)) latest = fee.validFrom;
  }
  return latest;
}

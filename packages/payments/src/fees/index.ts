// The fee engine: declarative, versioned fee tables (the catalogue's Fee objects) → line items, total, explanation
export { computeFee } from "./compute.js";
export { berlinDate } from "./dates.js";
export { type FeeCatalog, type FeeTableFromCatalogOptions, feeTableFromCatalog } from "./from-catalog.js";
export { MAX_AGE, MAX_QUANTITY } from "./selection.js";
export { defineFeeTable, feeTableVersionOf, isFeeTableValidOn } from "./table.js";
export { MAX_FEES_PER_TABLE } from "./table-schema.js";
export type {
  ComputeFeeOptions,
  FeeComputation,
  FeeEnglishLabels,
  FeeSelection,
  FeeTable,
  FeeTableInput,
  LegalSource,
} from "./types.js";

export type { PaginationText } from "./messages.js";
export { Pagination, type PaginationProps } from "./Pagination.js";
export { type PageRangeItem, pageRange } from "./page-range.js";

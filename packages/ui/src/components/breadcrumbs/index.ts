export { Breadcrumbs, type BreadcrumbsItem, type BreadcrumbsProps } from "./Breadcrumbs.js";
export type { BreadcrumbsText } from "./messages.js";

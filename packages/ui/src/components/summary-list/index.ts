export type { SummaryListText } from "./messages.js";
export {
  SummaryCard,
  type SummaryCardProps,
  SummaryList,
  type SummaryListAction,
  type SummaryListProps,
  type SummaryListRow,
} from "./SummaryList.js";

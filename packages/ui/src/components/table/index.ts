export {
  Table,
  type TableColumn,
  type TableComponent,
  type TableProps,
  type TableRow,
  type TableWithChildrenProps,
  type TableWithDataProps,
} from "./Table.js";

import {
  type ForwardedRef,
  forwardRef,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
  type TableHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { classNames } from "../../internal/class-names.js";

/** A column of a Table built from data. */
export interface TableColumn<Key extends string = string> {
  /** Which entry of each row's `cells` goes into this column. */
  key: Key;
  /** The column header (`<th scope="col">`), e.g. „Gebühr“. */
  header: ReactNode;
  /**
   * Numbers and amounts: right-aligned with tabular figures, so that digits line up. Format the values as text
   * yourself, e.g. „12,50 €“ with `Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" })`, whose no-break
   * space keeps amount and sign together.
   */
  numeric?: boolean | undefined;
}

/** A row of a Table built from data. */
export interface TableRow<Key extends string = string> {
  /** A stable React key for the row, e.g. the fee's id. */
  key: string;
  /** One cell per column key. */
  cells: Record<Key, ReactNode>;
}

interface TableOwnProps {
  /**
   * What the table shows, e.g. „Gebühren für den Bewohnerparkausweis“: the table's `<caption>`, its accessible name
   * and the name of its scroll region. Required.
   */
  caption: ReactNode;
  /** Hides the caption visually (it stays the table's name), e.g. when a heading right above says the same. */
  captionVisuallyHidden?: boolean | undefined;
}

/** Table props when the table is built from `columns` and `rows`. */
export interface TableWithDataProps<Key extends string = string>
  extends Omit<TableHTMLAttributes<HTMLTableElement>, "children">,
    TableOwnProps {
  /** The columns, in order; each becomes a `<th scope="col">`. */
  columns: readonly TableColumn<Key>[];
  /** The body rows. */
  rows: readonly TableRow<Key>[];
  /** Rows in a `<tfoot>`, e.g. „Summe“. */
  footRows?: readonly TableRow<Key>[] | undefined;
  /** The first cell of every body and foot row is its row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean | undefined;
  children?: undefined;
}

/** Table props when you write `<thead>`, `<tbody>` and `<tfoot>` yourself (with `<th scope>`). */
export interface TableWithChildrenProps extends TableHTMLAttributes<HTMLTableElement>, TableOwnProps {
  /** The table's row groups; the caption comes from `caption`. */
  children: ReactNode;
  columns?: undefined;
  rows?: undefined;
  footRows?: undefined;
  firstCellIsHeader?: undefined;
}

export type TableProps<Key extends string = string> = TableWithDataProps<Key> | TableWithChildrenProps;

/**
 * Table's call signatures: from data (with cells checked against the column keys) or with your own row groups. There is
 * deliberately no signature for the `TableProps` union, which would let rows miss cells.
 */
export interface TableComponent {
  <Key extends string>(props: TableWithDataProps<Key> & RefAttributes<HTMLTableElement>): ReactElement | null;
  (props: TableWithChildrenProps & RefAttributes<HTMLTableElement>): ReactElement | null;
  displayName?: string | undefined;
}

function DataRows<Key extends string>({
  columns,
  rows,
  firstCellIsHeader,
}: {
  columns: readonly TableColumn<Key>[];
  rows: readonly TableRow<Key>[];
  firstCellIsHeader: boolean;
}) {
  return rows.map((row) => (
    <tr key={row.key} className="dk-table__row">
      {columns.map((column, index) =>
        firstCellIsHeader && index === 0 ? (
          <th
            key={column.key}
            scope="row"
            className={classNames("dk-table__header", column.numeric && "dk-table__header--numeric")}
          >
            {row.cells[column.key]}
          </th>
        ) : (
          <td key={column.key} className={classNames("dk-table__cell", column.numeric && "dk-table__cell--numeric")}>
            {row.cells[column.key]}
          </td>
        ),
      )}
    </tr>
  ));
}

/**
 * A native data table with a required `<caption>`, column headers (`<th scope="col">`), optional row headers and
 * right-aligned numeric columns (GOV.UK table). It sits in a scroll region: a table wider than the screen scrolls
 * sideways inside it (WCAG 1.4.10 allows this for data tables), and keeps its real table semantics, so every cell stays
 * associated with its headers. The region is named by the caption and focusable, so keyboard users can scroll it
 * with the arrow keys; once JavaScript runs, a table that fits is no longer a region or a Tab stop.
 */
export const Table = /* @__PURE__ */ forwardRef(function Table(props: TableProps, ref: ForwardedRef<HTMLTableElement>) {
  const {
    caption,
    captionVisuallyHidden = false,
    columns,
    rows,
    footRows,
    firstCellIsHeader = false,
    id,
    className,
    children,
    ...rest
  } = props;
  const generatedId = useId();
  const captionId = `${id ?? generatedId}-caption`;
  const region = useRef<HTMLDivElement>(null);
  // True in the server render (so the region works without JavaScript); after hydration true only while it scrolls.
  const [scrolls, setScrolls] = useState(true);

  useEffect(() => {
    const element = region.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={region}
      className="dk-table__region"
      {...(scrolls ? { role: "region", "aria-labelledby": captionId, tabIndex: 0 } : {})}
    >
      <table ref={ref} id={id} className={classNames("dk-table", className)} {...rest}>
        <caption
          id={captionId}
          className={classNames("dk-table__caption", captionVisuallyHidden && "dk-table__caption--visually-hidden")}
        >
          {captionVisuallyHidden ? <span className="dk-visually-hidden">{caption}</span> : caption}
        </caption>
        {columns === undefined ? (
          children
        ) : (
          <>
            <thead className="dk-table__head">
              <tr className="dk-table__row">
                {columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={classNames("dk-table__header", column.numeric && "dk-table__header--numeric")}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="dk-table__body">
              <DataRows columns={columns} rows={rows} firstCellIsHeader={firstCellIsHeader} />
            </tbody>
            {footRows && footRows.length > 0 && (
              <tfoot className="dk-table__foot">
                <DataRows columns={columns} rows={footRows} firstCellIsHeader={firstCellIsHeader} />
              </tfoot>
            )}
          </>
        )}
      </table>
    </div>
  );
}) as TableComponent;

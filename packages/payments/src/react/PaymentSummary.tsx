import { Table, type TableColumn, type TableRow } from "@digitale-kommune/ui";
import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { PaymentError } from "../core/errors.js";
import type { LineItem } from "../core/types.js";
import { formatMoney } from "../money/format.js";
import {
  classNames,
  fillPlaceholders,
  type LocalizedProps,
  localized,
  resolveMessages,
  type TextInput,
} from "./i18n.js";
import { type PaymentSummaryText, paymentSummaryMessages } from "./PaymentSummary.messages.js";

export interface PaymentSummaryProps extends HTMLAttributes<HTMLDivElement>, LocalizedProps<PaymentSummaryText> {
  /** The computed line items (from the fee engine, on the server); reductions have negative amounts. */
  lineItems: readonly LineItem[];
  /**
   * The total to show, in cents: the payment's `amount`. Default: the sum of the line items. When given it must equal
   * that sum, so the page can never show a total that its lines do not add up to.
   */
  total?: number | undefined;
  /** The plain-language explanation of the fee (the payment's `explanation`); a line break starts a new paragraph. */
  explanation?: TextInput | undefined;
  /** The table's caption, which names it (default „Zusammensetzung der Gebühr“ / "How the fee is made up"). */
  caption?: ReactNode | undefined;
  /** Hides the caption visually (it still names the table), e.g. when a heading right above says the same. */
  captionVisuallyHidden?: boolean | undefined;
}

type Column = "item" | "quantity" | "amount";

/** Upper bound of lines: fee tables produce a handful; XBezahldienste allows at most 99 items per payment. */
const MAX_LINE_ITEMS = 99;

/**
 * What the citizen pays and why: a table with one row per line item (label, quantity × unit amount when any line has
 * a quantity other than 1, amount; reductions negative), the total in the table's foot, and the plain-language
 * explanation below. Amounts are formatted for the locale („12,50 €“ / "€12.50"). Static, server-rendered content.
 * Throws a `PaymentError` (`invalid_amount`, `invalid_input`) for amounts that are not integer cents, for more than 99
 * lines, and for a `total` that differs from the sum of the lines.
 */
export const PaymentSummary = /* @__PURE__ */ forwardRef<HTMLDivElement, PaymentSummaryProps>(function PaymentSummary(
  { lineItems, total, explanation, caption, captionVisuallyHidden, locale, messages, className, ...rest },
  ref,
) {
  const text = resolveMessages(paymentSummaryMessages, { locale, messages });
  const sum = checkedSum(lineItems, total);
  const money = (cents: number) => formatMoney(cents, { locale: locale ?? "de" });
  const showQuantity = lineItems.some((item) => item.quantity !== 1);

  const columns: TableColumn<Column>[] = [
    { key: "item", header: text.itemHeader },
    ...(showQuantity ? [{ key: "quantity" as const, header: text.quantityHeader, numeric: true }] : []),
    { key: "amount", header: text.amountHeader, numeric: true },
  ];
  const rows: TableRow<Column>[] = lineItems.map((item) => ({
    key: item.id,
    cells: {
      item: item.label[locale ?? "de"],
      quantity: fillPlaceholders(text.quantity, {
        quantity: formatQuantity(item.quantity, locale),
        unitAmount: money(item.unitAmount),
      }),
      amount: (
        <span className={classNames(item.amount < 0 && "dk-payment-summary__amount--reduction")}>
          {money(item.amount)}
        </span>
      ),
    },
  }));
  const footRows: TableRow<Column>[] = [
    { key: "total", cells: { item: text.total, quantity: "", amount: <strong>{money(sum)}</strong> } },
  ];
  const paragraphs = explanation === undefined ? [] : paragraphsOf(localized(explanation, locale));

  return (
    <div ref={ref} className={classNames("dk-payment-summary", className)} {...rest}>
      <Table
        className="dk-payment-summary__table"
        caption={caption ?? text.caption}
        captionVisuallyHidden={captionVisuallyHidden}
        columns={columns}
        rows={rows}
        footRows={footRows}
        firstCellIsHeader
      />
      {paragraphs.length > 0 && (
        <div className="dk-payment-summary__explanation">
          {paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static paragraphs of one text, never reordered
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
    </div>
  );
});

/** The sum of the lines in cents, after checking every amount and the given total. */
function checkedSum(lineItems: readonly LineItem[], total: number | undefined): number {
  if (lineItems.length === 0 || lineItems.length > MAX_LINE_ITEMS) {
    throw new PaymentError("invalid_input", `lineItems must hold 1 to ${MAX_LINE_ITEMS} items.`, {
      field: "lineItems",
      details: { count: lineItems.length },
    });
  }
  let sum = 0;
  lineItems.forEach((item, index) => {
    for (const field of ["amount", "unitAmount"] as const) {
      if (!Number.isSafeInteger(item[field])) {
        throw new PaymentError("invalid_amount", `lineItems[${index}].${field} must be integer cents.`, {
          field: `lineItems[${index}].${field}`,
        });
      }
    }
    if (!Number.isFinite(item.quantity) || item.quantity <= 0) {
      throw new PaymentError("invalid_input", `lineItems[${index}].quantity must be a positive number.`, {
        field: `lineItems[${index}].quantity`,
      });
    }
    sum += item.amount;
  });
  if (!Number.isSafeInteger(sum)) {
    throw new PaymentError("invalid_amount", "The sum of lineItems is not a safe integer of cents.", {
      field: "lineItems",
    });
  }
  if (total !== undefined && total !== sum) {
    throw new PaymentError("invalid_amount", "total must equal the sum of lineItems.", {
      field: "total",
      details: { total, sum },
    });
  }
  return sum;
}

/** Quantities are usually whole numbers; a fractional one (a period in months) uses the locale's decimal mark. */
function formatQuantity(quantity: number, locale: "de" | "en" | undefined): string {
  return quantity.toLocaleString(locale === "en" ? "en-GB" : "de-DE", { maximumFractionDigits: 2 });
}

/** Non-empty lines of the explanation, each a paragraph. `split` with a string is a plain scan, not a regex. */
function paragraphsOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

import { Button, SummaryList, type SummaryListRow } from "@digitale-kommune/ui";
import { forwardRef, type HTMLAttributes, type ReactNode, useId } from "react";
import { PaymentError } from "../core/errors.js";
import { centsToDecimalString, formatMoney } from "../money/format.js";
import { type BankTransferDetailsText, bankTransferDetailsMessages } from "./BankTransferDetails.messages.js";
import { GiroCode, type GiroCodeMatrix } from "./GiroCode.js";
import { classNames, fillPlaceholders, type Locale, type LocalizedProps, resolveMessages } from "./i18n.js";
import { type ClipboardState, useClipboard } from "./use-clipboard.js";

export interface BankTransferDetailsProps
  extends HTMLAttributes<HTMLDivElement>,
    LocalizedProps<BankTransferDetailsText> {
  /** The account holder the citizen transfers to, e.g. „Stadtkasse Gießen“ (at most 70 characters, EPC AT-21). */
  beneficiary: string;
  /** The city's IBAN, with or without spaces; shown in groups of four, copied without spaces. */
  iban: string;
  /** The BIC (8 or 11 characters); optional within the EEA. */
  bic?: string | undefined;
  /** The amount to transfer, in cents. */
  amount: number;
  /** The Kassenzeichen, to be given as the payment reference (Verwendungszweck). */
  kassenzeichen: string;
  /** The GiroCode's QR matrix (from the bank-transfer helper); without it no code is shown. */
  giroCode?: GiroCodeMatrix | undefined;
  /** Text above the details; default: how to transfer and why the Kassenzeichen matters. `null` leaves it out. */
  intro?: ReactNode | undefined;
}

/** Limits from the EPC QR specification and ISO 13616, checked before anything is rendered. */
const MAX_BENEFICIARY = 70;
const MAX_IBAN = 34;
const MIN_IBAN = 15;
const MAX_KASSENZEICHEN = 35;
/** EPC069-12: at most 999,999,999.99 €. */
const MAX_AMOUNT_CENTS = 99_999_999_999;

/**
 * What a citizen needs to pay by bank transfer: recipient, IBAN (in groups of four), BIC, amount and the Kassenzeichen
 * as Verwendungszweck, as a ui SummaryList of plain, selectable text; and the GiroCode with its name and a text telling
 * the citizen to scan it with the banking app. After hydration, where the Clipboard API exists, each value gets a
 * „Kopieren“ button; a polite live region says „IBAN kopiert“. Without JavaScript everything is there except the
 * buttons. Throws a `PaymentError` for values no bank would accept.
 */
export const BankTransferDetails = /* @__PURE__ */ forwardRef<HTMLDivElement, BankTransferDetailsProps>(
  function BankTransferDetails(
    { beneficiary, iban, bic, amount, kassenzeichen, giroCode, intro, locale, messages, className, ...rest },
    ref,
  ) {
    const text = resolveMessages(bankTransferDetailsMessages, { locale, messages });
    const compactIban = checkedIban(iban);
    const compactBic = bic === undefined ? undefined : checkedBic(bic);
    checkDetails(beneficiary, amount, kassenzeichen);
    const clipboard = useClipboard();
    const captionId = `${useId()}-girocode`;
    const amountText = formatMoney(amount, { locale: locale ?? "de" });

    const field = (key: string, label: string, shown: ReactNode, copied: string): SummaryListRow => ({
      key: label,
      value: (
        <CopyableValue
          fieldKey={key}
          label={label}
          value={shown}
          copyValue={copied}
          clipboard={clipboard}
          text={text}
        />
      ),
    });
    const rows: SummaryListRow[] = [
      field("beneficiary", text.beneficiary, beneficiary, beneficiary),
      field("iban", text.iban, groupsOfFour(compactIban), compactIban),
      ...(compactBic === undefined ? [] : [field("bic", text.bic, compactBic, compactBic)]),
      field("amount", text.amount, amountText, amountForInput(amount, locale)),
      field(
        "reference",
        text.reference,
        <>
          <span className="dk-payment-bank-transfer__kassenzeichen">{kassenzeichen}</span>
          <span className="dk-payment-bank-transfer__hint">{text.referenceHint}</span>
        </>,
        kassenzeichen,
      ),
    ];

    return (
      <div ref={ref} className={classNames("dk-payment-bank-transfer", className)} {...rest}>
        {intro === undefined ? <p className="dk-payment-bank-transfer__intro">{text.intro}</p> : intro}
        <SummaryList className="dk-payment-bank-transfer__list" rows={rows} locale={locale} />
        {giroCode !== undefined && (
          <figure className="dk-payment-girocode" aria-labelledby={captionId}>
            <GiroCode
              matrix={giroCode}
              label={fillPlaceholders(text.giroCodeLabel, { amount: amountText, beneficiary })}
            />
            <figcaption id={captionId} className="dk-payment-girocode__caption">
              {text.giroCodeCaption}
            </figcaption>
          </figure>
        )}
        <div
          className={clipboard.failed ? "dk-payment-bank-transfer__copy-failed" : "dk-visually-hidden"}
          role="status"
        >
          {clipboard.announcement}
        </div>
      </div>
    );
  },
);

function CopyableValue({
  fieldKey,
  label,
  value,
  copyValue,
  clipboard,
  text,
}: {
  fieldKey: string;
  label: string;
  value: ReactNode;
  copyValue: string;
  clipboard: ClipboardState;
  text: Record<BankTransferDetailsText, string>;
}) {
  return (
    <span className="dk-payment-copy">
      <span className="dk-payment-copy__value">{value}</span>
      {clipboard.available && (
        <span className="dk-payment-copy__action">
          <Button
            type="button"
            variant="secondary"
            className="dk-payment-copy__button"
            onClick={() =>
              clipboard.copy(fieldKey, copyValue, fillPlaceholders(text.copiedAnnouncement, { label }), text.copyFailed)
            }
          >
            {/* The space stays outside the hidden span, so that every accessible-name algorithm keeps it. */}
            {text.copy} <span className="dk-visually-hidden">{label}</span>
          </Button>
          {clipboard.copied === fieldKey && (
            // Shown for sighted users; screen readers hear the live region instead, so this stays hidden from them.
            <span className="dk-payment-copy__done" aria-hidden="true">
              ✓ {text.copied}
            </span>
          )}
        </span>
      )}
    </span>
  );
}

/** „DE89 3704 0044 0532 0130 00“: the paper form, easier to read and compare. */
export function groupsOfFour(value: string): string {
  const groups: string[] = [];
  for (let index = 0; index < value.length; index += 4) groups.push(value.slice(index, index + 4));
  return groups.join(" ");
}

/** The amount as typed into a banking app's field: „12,50“ in German, "12.50" in English, no currency sign. */
function amountForInput(amount: number, locale: Locale | undefined): string {
  const decimal = centsToDecimalString(amount);
  return (locale ?? "de") === "de" ? decimal.replace(".", ",") : decimal;
}

function isUpperAlphanumeric(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a))) return false;
  }
  return true;
}

/** The IBAN in electronic form (no spaces, upper case). Only the shape is checked here; the city's config is trusted. */
function checkedIban(input: string): string {
  // Bounded before any work: no IBAN with spaces is longer than 34 characters plus 8 separators.
  const compact = input.length > MAX_IBAN + 9 ? input : input.replaceAll(" ", "").toUpperCase();
  if (compact.length < MIN_IBAN || compact.length > MAX_IBAN || !isUpperAlphanumeric(compact)) {
    throw new PaymentError("invalid_input", "iban must be an IBAN of 15 to 34 letters and digits.", { field: "iban" });
  }
  return compact;
}

function checkedBic(input: string): string {
  const compact = input.trim().toUpperCase();
  if ((compact.length !== 8 && compact.length !== 11) || !isUpperAlphanumeric(compact)) {
    throw new PaymentError("invalid_input", "bic must be 8 or 11 letters and digits.", { field: "bic" });
  }
  return compact;
}

function checkDetails(beneficiary: string, amount: number, kassenzeichen: string): void {
  if (beneficiary.trim() === "" || beneficiary.length > MAX_BENEFICIARY || hasLineBreak(beneficiary)) {
    throw new PaymentError("invalid_input", "beneficiary must be 1 to 70 characters on one line.", {
      field: "beneficiary",
    });
  }
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_AMOUNT_CENTS) {
    throw new PaymentError("invalid_amount", "amount must be integer cents from 1 to 99999999999.", {
      field: "amount",
    });
  }
  if (kassenzeichen.trim() === "" || kassenzeichen.length > MAX_KASSENZEICHEN || hasLineBreak(kassenzeichen)) {
    throw new PaymentError("invalid_kassenzeichen", "kassenzeichen must be 1 to 35 characters on one line.", {
      field: "kassenzeichen",
    });
  }
}

function hasLineBreak(value: string): boolean {
  return value.includes("\n") || value.includes("\r");
}

import { type RadioItem, Radios, type RadiosProps } from "@digitale-kommune/ui";
import { forwardRef, type ReactNode } from "react";
import { PaymentError } from "../core/errors.js";
import { classNames, type Locale, type LocalizedProps, localized, resolveMessages, type TextInput } from "./i18n.js";
import { type PaymentMethodChoiceText, paymentMethodChoiceMessages } from "./PaymentMethodChoice.messages.js";

/** One way to pay that the city offers. */
export interface PaymentMethodOption {
  /** The value posted under the group's `name`, e.g. `online`, `bank_transfer`, `xbezahldienste`. */
  id: string;
  /** The option's text, in the page's language or as `{ de, en }`. */
  label: TextInput;
  /** Help for the option (what happens next, how long it takes). */
  hint?: TextInput | undefined;
}

export interface PaymentMethodChoiceProps
  extends Omit<RadiosProps, "id" | "name" | "items" | "legend" | "messages" | "locale">,
    LocalizedProps<PaymentMethodChoiceText> {
  /** The group's id: the first radio gets it, so an ErrorSummary link `#<id>` focuses it (default `paymentMethod`). */
  id?: string | undefined;
  /** The name the chosen method posts under (default `paymentMethod`). */
  name?: string | undefined;
  /**
   * The methods the city offers, in order. Default: online payment (`online`) and bank transfer (`bank_transfer`)
   * with built-in German and English texts. Ids must be unique.
   */
  methods?: readonly PaymentMethodOption[] | undefined;
  /** The question (default „Wie möchten Sie bezahlen?“ / "How would you like to pay?"). */
  legend?: ReactNode | undefined;
}

/** At most this many methods: a radio group longer than this is hard to take in, and ids stay bounded. */
const MAX_METHODS = 10;

/**
 * The question „Wie möchten Sie bezahlen?“ as a group of native radios (ui Radios in a fieldset): one per method the
 * city offers, with a hint each. Works in a plain form POST (`<name>=<method id>`), shows the error of the ui error
 * pattern through `error`, and takes Radios' other props (`defaultValue`, `value` + `onChange`, `hint`,
 * `isPageHeading`). The ref goes to the `<fieldset>`.
 */
export const PaymentMethodChoice = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, PaymentMethodChoiceProps>(
  function PaymentMethodChoice(
    { id = "paymentMethod", name = "paymentMethod", methods, legend, locale, messages, className, ...radios },
    ref,
  ) {
    const text = resolveMessages(paymentMethodChoiceMessages, { locale, messages });
    const options = methods ?? [
      { id: "online", label: text.onlineLabel, hint: text.onlineHint },
      { id: "bank_transfer", label: text.bankTransferLabel, hint: text.bankTransferHint },
    ];
    checkMethods(options);
    return (
      <Radios
        ref={ref}
        id={id}
        name={name}
        legend={legend ?? text.legend}
        items={options.map((option) => toRadioItem(option, locale))}
        locale={locale}
        className={classNames("dk-payment-method-choice", className)}
        {...radios}
      />
    );
  },
);

function toRadioItem(option: PaymentMethodOption, locale: Locale | undefined): RadioItem {
  return {
    value: option.id,
    label: localized(option.label, locale),
    hint: option.hint === undefined ? undefined : localized(option.hint, locale),
  };
}

function checkMethods(methods: readonly PaymentMethodOption[]): void {
  if (methods.length === 0 || methods.length > MAX_METHODS) {
    throw new PaymentError("invalid_input", `methods must hold 1 to ${MAX_METHODS} payment methods.`, {
      field: "methods",
      details: { count: methods.length },
    });
  }
  const seen = new Set<string>();
  methods.forEach((method, index) => {
    if (method.id === "" || method.id.length > 64) {
      throw new PaymentError("invalid_input", `methods[${index}].id must be 1 to 64 characters.`, {
        field: `methods[${index}].id`,
      });
    }
    if (seen.has(method.id)) {
      throw new PaymentError("invalid_input", `methods[${index}].id is not unique.`, {
        field: `methods[${index}].id`,
      });
    }
    seen.add(method.id);
  });
}

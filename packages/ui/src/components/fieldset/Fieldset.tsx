import { type FieldsetHTMLAttributes, forwardRef, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import type { LocalizedProps } from "../../internal/i18n.js";
import { describedBy, fieldIds } from "../../internal/ids.js";
import { ErrorMessage } from "../error-message/ErrorMessage.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { FormGroup, Hint } from "../form-group/FormGroup.js";

/** Size of the legend: `s` is the size of a label, `l` the size of a page heading. */
export type LegendSize = "s" | "m" | "l" | "xl";

export interface FieldsetProps
  extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, "id">,
    LocalizedProps<ErrorMessageText> {
  /**
   * The question's id. The hint gets `<id>-hint` and the error `<id>-error`. It is not set on the `<fieldset>`:
   * the group's first input carries it, so that an ErrorSummary link `#<id>` moves focus into the group.
   */
  id: string;
  /** The question, shown as the `<legend>`; it names the group for screen readers (WCAG 1.3.1). */
  legend: ReactNode;
  /** Help for the whole group, e.g. „Wählen Sie alle zutreffenden Antworten aus.“ */
  hint?: ReactNode | undefined;
  /** The error message of the group. Shown above the children and marks the group with the error bar. */
  error?: string | undefined;
  /** Size of the legend; default `"l"` when `isPageHeading`, else `"s"`. */
  legendSize?: LegendSize | undefined;
  /** Wraps the legend text in an `<h1>` inside the `<legend>`, for pages that ask one question. */
  isPageHeading?: boolean | undefined;
  /** Class names for the wrapping form group (`dk-form-group`); `className` goes to the `<fieldset>`. */
  formGroupClassName?: string | undefined;
  /** The grouped fields. */
  children?: ReactNode | undefined;
}

/** True when a node would render something visible. */
export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== true && node !== "";
}

/**
 * A native `<fieldset>` whose `<legend>` names a group of fields (checkboxes, radios, the day, month and year
 * of a date). The hint and the error are tied to the fieldset with `aria-describedby`; the whole question sits
 * in a FormGroup, which shows the error bar. The ref and all other props go to the `<fieldset>`.
 */
export const Fieldset = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(
  {
    id,
    legend,
    hint,
    error,
    legendSize,
    isPageHeading = false,
    formGroupClassName,
    locale,
    messages,
    className,
    children,
    "aria-describedby": ariaDescribedBy,
    ...rest
  },
  ref,
) {
  const ids = fieldIds(id);
  const withHint = hasContent(hint);
  const withError = error !== undefined && error !== "";
  const size = legendSize ?? (isPageHeading ? "l" : "s");
  return (
    <FormGroup error={withError} className={formGroupClassName}>
      <fieldset
        ref={ref}
        className={classNames("dk-fieldset", className)}
        aria-describedby={describedBy(withHint && ids.hint, withError && ids.error, ariaDescribedBy)}
        {...rest}
      >
        <legend className={`dk-fieldset__legend dk-fieldset__legend--${size}`}>
          {isPageHeading ? <h1 className="dk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {withHint && <Hint id={ids.hint}>{hint}</Hint>}
        {withError && (
          <ErrorMessage id={ids.error} locale={locale} messages={messages}>
            {error}
          </ErrorMessage>
        )}
        {children}
      </fieldset>
    </FormGroup>
  );
});

import { forwardRef, type HTMLAttributes, type LabelHTMLAttributes } from "react";
import { classNames } from "../../internal/class-names.js";

export interface FormGroupProps extends HTMLAttributes<HTMLDivElement> {
  /** Shows the error state: a bar in the error colour beside the whole question. */
  error?: boolean | undefined;
}

/** Groups a question's label, hint, error and control, and marks the whole group when it has an error. */
export const FormGroup = /* @__PURE__ */ forwardRef<HTMLDivElement, FormGroupProps>(function FormGroup(
  { error = false, className, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={classNames("dk-form-group", error && "dk-form-group--error", className)} {...rest} />
  );
});

export interface LabelProps extends LabelHTMLAttributes<HTMLLabelElement> {
  /** The input this label names; required so that clicking the label focuses the field (WCAG 1.3.1, 4.1.2). */
  htmlFor: string;
  /** Shows the label as the page heading's size, for one-question pages. */
  isPageHeading?: boolean | undefined;
}

/** The visible name of a field. */
export const Label = /* @__PURE__ */ forwardRef<HTMLLabelElement, LabelProps>(function Label(
  { isPageHeading = false, className, htmlFor, ...rest },
  ref,
) {
  const label = (
    // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor is a required prop, so the label always names its input
    <label
      ref={ref}
      htmlFor={htmlFor}
      className={classNames("dk-label", isPageHeading && "dk-label--page-heading", className)}
      {...rest}
    />
  );
  return isPageHeading ? <h1 className="dk-label-wrapper">{label}</h1> : label;
});

export interface HintProps extends HTMLAttributes<HTMLDivElement> {
  /** Referenced by the field's `aria-describedby`; form components set it to `<field id>-hint`. */
  id?: string;
}

/** Help text for a field, e.g. "Zum Beispiel 27 3 2007". */
export const Hint = /* @__PURE__ */ forwardRef<HTMLDivElement, HintProps>(function Hint({ className, ...rest }, ref) {
  return <div ref={ref} className={classNames("dk-hint", className)} {...rest} />;
});

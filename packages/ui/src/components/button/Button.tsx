import { type ButtonHTMLAttributes, forwardRef } from "react";
import { classNames } from "../../internal/class-names.js";

/** The three appearances of a button; warning is for destructive actions such as "Antrag löschen". */
export type ButtonVariant = "primary" | "secondary" | "warning";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Appearance (default `"primary"`). Use one primary button per page section. */
  variant?: ButtonVariant | undefined;
}

/**
 * A native `<button>`. Its type defaults to `"submit"`, as in HTML, because citizen forms post to the
 * server and must work without JavaScript; pass `type="button"` for client-side actions.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "primary", type = "submit", className, ...rest },
  ref,
) {
  return (
    <button ref={ref} type={type} className={classNames("dk-button", `dk-button--${variant}`, className)} {...rest} />
  );
});

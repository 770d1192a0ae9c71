import {
  type AnchorHTMLAttributes,
  type ButtonHTMLAttributes,
  type ForwardedRef,
  forwardRef,
  type ReactElement,
  type RefAttributes,
} from "react";
import { classNames } from "../../internal/class-names.js";

/**
 * The appearances of a button: warning is for destructive actions such as "Antrag löschen"; start is the large
 * call to action at the beginning of a service („Jetzt starten“), with an arrow.
 */
export type ButtonVariant = "primary" | "secondary" | "warning" | "start";

interface ButtonOwnProps {
  /** Appearance (default `"primary"`). Use one primary or start button per page section. */
  variant?: ButtonVariant | undefined;
}

/** The props of `Other` that `Own` does not have, forbidden, so that the two kinds of Button props exclude each other. */
type Forbid<Other, Own> = { [Key in Exclude<keyof Other, keyof Own>]?: never };

type NativeButtonProps = ButtonHTMLAttributes<HTMLButtonElement>;
type NativeAnchorProps = AnchorHTMLAttributes<HTMLAnchorElement>;

/** Button props for a native `<button>` (no `href`). */
export interface ButtonAsButtonProps
  extends ButtonOwnProps,
    NativeButtonProps,
    Forbid<NativeAnchorProps, NativeButtonProps & { href?: undefined }> {
  /** Without `href` the button is a native `<button>`. */
  href?: undefined;
}

/** Button props for a link that looks like a button (with `href`). */
export interface ButtonAsLinkProps
  extends ButtonOwnProps,
    NativeAnchorProps,
    Forbid<NativeButtonProps, NativeAnchorProps> {
  /**
   * Renders a native `<a href>` styled as a button. It stays a link for assistive technology (no `role="button"`):
   * it goes somewhere, e.g. from the start page into the form. Links cannot be disabled.
   */
  href: string;
}

/** A `<button>` without `href`, an `<a>` with it; the ref type follows. */
export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

/**
 * The Button's call signatures: `href` decides between `<a>` and `<button>`, and with it the ref's element type.
 * The last one takes either props without a ref, for wrappers that pass `ButtonProps` through (and for
 * `ComponentProps<typeof Button>`).
 */
export interface ButtonComponent {
  (props: ButtonAsLinkProps & RefAttributes<HTMLAnchorElement>): ReactElement | null;
  (props: ButtonAsButtonProps & RefAttributes<HTMLButtonElement>): ReactElement | null;
  (props: ButtonProps & { ref?: undefined }): ReactElement | null;
  displayName?: string | undefined;
}

function isLinkProps(props: ButtonProps): props is ButtonAsLinkProps {
  return props.href !== undefined;
}

/**
 * The arrow of the start button: decoration only, hidden from assistive technology. Inline SVG in HTML needs no
 * `xmlns`, and `focusable="false"` only mattered to Internet Explorer; both would cost bytes on every page.
 */
function StartIcon() {
  return (
    <svg className="dk-button__start-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path fill="currentColor" d="M2 10.5h14.3l-5.9-5.9 2.1-2.1L22 12l-9.5 9.5-2.1-2.1 5.9-5.9H2z" />
    </svg>
  );
}

function buttonClassName(variant: ButtonVariant, className: string | undefined): string {
  return classNames("dk-button", `dk-button--${variant}`, className);
}

/**
 * A native `<button>`. Its type defaults to `"submit"`, as in HTML, because citizen forms post to the server and
 * must work without JavaScript; pass `type="button"` for client-side actions. With `href` it renders a link that
 * looks like a button (`<a draggable="false">`), e.g. the start button of a service.
 */
export const Button = /* @__PURE__ */ forwardRef(function Button(
  props: ButtonProps,
  ref: ForwardedRef<HTMLAnchorElement | HTMLButtonElement>,
) {
  if (isLinkProps(props)) {
    const { variant = "primary", className, children, ...rest } = props;
    return (
      // With href the ref is an anchor's, as ButtonComponent's call signatures promise.
      <a
        ref={ref as ForwardedRef<HTMLAnchorElement>}
        className={buttonClassName(variant, className)}
        draggable="false"
        {...rest}
      >
        {children}
        {variant === "start" && <StartIcon />}
      </a>
    );
  }
  const { variant = "primary", type = "submit", className, children, ...rest } = props;
  return (
    <button
      ref={ref as ForwardedRef<HTMLButtonElement>}
      type={type}
      className={buttonClassName(variant, className)}
      {...rest}
    >
      {children}
      {variant === "start" && <StartIcon />}
    </button>
  );
}) as ButtonComponent;

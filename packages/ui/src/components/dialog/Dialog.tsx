import * as RadixDialog from "@radix-ui/react-dialog";
import {
  cloneElement,
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type RefObject,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { mergeRefs } from "../../internal/merge-refs.js";
import { copyTheme, elementRef, useHydrated } from "./client.js";
import { type DialogText, dialogMessages } from "./messages.js";

/**
 * `dialog` for content the user may read and close; `alertdialog` for a warning that needs a response (e.g. the
 * session timeout): clicking the overlay does not close it.
 */
export type DialogRole = "dialog" | "alertdialog";

/** The props the trigger element receives from Dialog (it must pass them on to its DOM element, as Button and Link do). */
interface TriggerProps {
  href?: unknown;
  type?: unknown;
  onClick?: ((event: MouseEvent<HTMLElement>) => void) | undefined;
  onKeyDown?: ((event: KeyboardEvent<HTMLElement>) => void) | undefined;
}

export interface DialogProps
  extends Omit<HTMLAttributes<HTMLDivElement>, "title" | "role" | "children">,
    LocalizedProps<DialogText> {
  /** The title, an `<h2>` at the top; it names the dialog (`aria-labelledby`). */
  title: ReactNode;
  /** One sentence on what the dialog is about, read out with the title when it opens (`aria-describedby`). */
  description?: ReactNode | undefined;
  /**
   * The element that opens the dialog: our Button or Link, or any element that passes `ref`, `onClick`,
   * `onKeyDown` and ARIA attributes on to its DOM element. Give it an `href` to a page with the same content: then
   * it is a plain link in the server HTML and without JavaScript, and once hydrated it opens the dialog instead
   * (as `role="button"`, with Enter and Space). A trigger without `href` gets `type="button"`.
   */
  trigger?: ReactElement | undefined;
  /** Whether the dialog is open (controlled); use with `onOpenChange`. */
  open?: boolean | undefined;
  /** Whether the dialog is open at first (uncontrolled; default `false`). It opens only after hydration. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog wants to open or close: trigger, close button, Escape, a click on the overlay. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The dialog's content: paragraphs, lists, links, a form. */
  children?: ReactNode | undefined;
  /** Buttons at the bottom, e.g. `<DialogClose asChild><Button variant="secondary">Abbrechen</Button></DialogClose>`. */
  actions?: ReactNode | undefined;
  /** `"alertdialog"` for a warning that needs a response (default `"dialog"`). */
  role?: DialogRole | undefined;
  /** Show the close button „Schließen“ at the top (default true). Leave it on unless the actions say what closing means. */
  closeButton?: boolean | undefined;
  /** The element to focus when the dialog opens (default: the first focusable element, the close button). */
  initialFocusRef?: RefObject<HTMLElement | null> | undefined;
  /**
   * Where the dialog is rendered (default: the end of `document.body`, with the theme, colour scheme and language
   * copied from where the trigger is). An app that gives a container themes it itself.
   */
  container?: HTMLElement | null | undefined;
  /** The dialog's id (default generated). */
  id?: string | undefined;
}

/**
 * A modal dialog on Radix Dialog: focus moves into it and stays there, Escape closes it, focus returns to where it
 * was, the page behind is inert and does not scroll. Renders in a portal at the end of the body, carrying the theme
 * of the place it was opened from. The ref is the dialog element (`role="dialog"`), present while it is open.
 */
export const Dialog = /* @__PURE__ */ forwardRef<HTMLDivElement, DialogProps>(function Dialog(
  {
    title,
    description,
    trigger,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    children,
    actions,
    role = "dialog",
    closeButton = true,
    initialFocusRef,
    container,
    id,
    locale,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const text = uiMessages(dialogMessages, { locale, messages });
  const hydrated = useHydrated();
  const generatedId = useId();
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const setOpen = useCallback(
    (next: boolean) => {
      setUncontrolledOpen(next);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );
  // The trigger, or a hidden marker where the dialog is in the page: where the theme is read from.
  const anchorRef = useRef<HTMLElement | null>(null);
  // Where focus was when the dialog opened: it returns there.
  const returnFocusRef = useRef<Element | null>(null);
  const alert = role === "alertdialog";

  const triggerRef = trigger && elementRef<HTMLElement>(trigger);
  const anchor = useMemo(() => mergeRefs(anchorRef, triggerRef), [triggerRef]);

  // The root of the portal: runs when it mounts, before Radix moves focus into the dialog.
  const layerRef = useCallback(
    (layer: HTMLDivElement | null) => {
      if (!layer) return;
      if (!layer.contains(document.activeElement)) returnFocusRef.current = document.activeElement;
      if (!container) copyTheme(anchorRef.current, layer);
    },
    [container],
  );

  let triggerElement: ReactNode = null;
  if (trigger) {
    const props = trigger.props as TriggerProps;
    const isLink = typeof props.href === "string";
    triggerElement = cloneElement(trigger as ReactElement<Record<string, unknown>>, {
      ref: anchor,
      ...(!isLink && props.type === undefined && { type: "button" }),
      // Only once hydrated: before that, and without JavaScript, a link trigger is a plain link to the same content.
      ...(hydrated && { "aria-haspopup": "dialog", ...(isLink && { role: "button" }) }),
      onClick(event: MouseEvent<HTMLElement>) {
        props.onClick?.(event);
        // Let the browser open a link in a new tab or window as asked.
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        setOpen(true);
      },
      onKeyDown(event: KeyboardEvent<HTMLElement>) {
        props.onKeyDown?.(event);
        // A link activates only with Enter; as a button it also does with Space (and must not scroll the page).
        if (isLink && event.key === " " && !event.defaultPrevented) {
          event.preventDefault();
          event.currentTarget.click();
        }
      },
    });
  } else if (!container) {
    triggerElement = <span ref={anchor} hidden />;
  }

  return (
    <>
      {triggerElement}
      <RadixDialog.Root open={open} onOpenChange={setOpen}>
        <RadixDialog.Portal container={container ?? null}>
          <div ref={layerRef} className={classNames("dk-dialog", alert && "dk-dialog--alert")}>
            <RadixDialog.Overlay className="dk-dialog__overlay" />
            <RadixDialog.Content
              ref={ref}
              id={id ?? generatedId}
              role={role}
              className={classNames("dk-dialog__content", className)}
              onOpenAutoFocus={(event) => {
                const target = initialFocusRef?.current;
                if (target) {
                  event.preventDefault();
                  target.focus();
                }
              }}
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                // Back to where focus was; after a click that did not focus the trigger (Safari), to the trigger.
                const previous = returnFocusRef.current;
                const target = previous && previous !== document.body ? previous : anchorRef.current;
                if (target instanceof HTMLElement && target.isConnected) target.focus();
              }}
              onPointerDownOutside={(event) => {
                // A warning that needs a response is not dismissed by a click beside it.
                if (alert) event.preventDefault();
              }}
              {...rest}
            >
              <div className="dk-dialog__header">
                <RadixDialog.Title className="dk-dialog__title">{title}</RadixDialog.Title>
                {closeButton && (
                  <RadixDialog.Close className="dk-dialog__close">
                    <svg
                      className="dk-dialog__close-icon"
                      viewBox="0 0 24 24"
                      width="20"
                      height="20"
                      aria-hidden="true"
                    >
                      <path
                        fill="currentColor"
                        d="m5.6 3.5 6.4 6.4 6.4-6.4 2.1 2.1-6.4 6.4 6.4 6.4-2.1 2.1-6.4-6.4-6.4 6.4-2.1-2.1 6.4-6.4-6.4-6.4z"
                      />
                    </svg>
                    {text.close}
                  </RadixDialog.Close>
                )}
              </div>
              {description !== undefined && (
                <RadixDialog.Description className="dk-dialog__description">{description}</RadixDialog.Description>
              )}
              {children !== undefined && <div className="dk-dialog__body">{children}</div>}
              {actions !== undefined && <div className="dk-dialog__actions">{actions}</div>}
            </RadixDialog.Content>
          </div>
        </RadixDialog.Portal>
      </RadixDialog.Root>
    </>
  );
});

export { Close as DialogClose, type DialogCloseProps } from "@radix-ui/react-dialog";

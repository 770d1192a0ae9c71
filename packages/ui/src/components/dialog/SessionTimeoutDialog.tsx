import { forwardRef, useRef } from "react";
import { fillPlaceholders, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { Button } from "../button/Button.js";
import { Dialog } from "./Dialog.js";
import { type SessionTimeoutDialogText, sessionTimeoutDialogMessages } from "./messages.js";

export interface SessionTimeoutDialogProps extends LocalizedProps<SessionTimeoutDialogText> {
  /** Whether the warning is shown: the app's timer opens it (see `useSessionTimeout`). */
  open: boolean;
  /** The time left in whole minutes (at least 1), shown in „… in {minutes} Minuten gelöscht …“. */
  minutes: number;
  /**
   * Called when the user wants more time: „Sitzung verlängern“ or Escape. Extend the session (e.g. a request to the
   * server) and close the warning by setting `open` to false.
   */
  onExtend: () => void;
  /** Called on „Abmelden“. */
  onSignOut?: (() => void) | undefined;
  /** Makes „Abmelden“ a link to the app's sign-out page (the browser follows it; `onSignOut` is called first). */
  signOutHref?: string | undefined;
  /** Where the dialog is rendered (see Dialog's `container`). */
  container?: HTMLElement | null | undefined;
}

/**
 * The warning before a session runs out (WCAG 2.2.1 Timing Adjustable): an `alertdialog` „Ihre Sitzung läuft bald
 * ab“ with „Sitzung verlängern“ (focused when it opens, also Escape) and „Abmelden“. It has no timer of its own:
 * the app opens it (`open`) and counts the minutes, e.g. with `useSessionTimeout`.
 */
export const SessionTimeoutDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, SessionTimeoutDialogProps>(
  function SessionTimeoutDialog({ open, minutes, onExtend, onSignOut, signOutHref, container, locale, messages }, ref) {
    const text = uiMessages(sessionTimeoutDialogMessages, { locale, messages });
    const extendRef = useRef<HTMLButtonElement | null>(null);
    return (
      <Dialog
        ref={ref}
        role="alertdialog"
        open={open}
        // Escape means "not now, I am still here": it extends, as the primary action does.
        onOpenChange={(next) => {
          if (!next) onExtend();
        }}
        title={text.title}
        description={fillPlaceholders(minutes === 1 ? text.descriptionOneMinute : text.description, { minutes })}
        closeButton={false}
        initialFocusRef={extendRef}
        container={container}
        locale={locale}
        actions={
          <>
            <Button ref={extendRef} type="button" onClick={onExtend}>
              {text.extend}
            </Button>
            {signOutHref === undefined ? (
              <Button type="button" variant="secondary" onClick={onSignOut}>
                {text.signOut}
              </Button>
            ) : (
              <Button href={signOutHref} variant="secondary" onClick={onSignOut}>
                {text.signOut}
              </Button>
            )}
          </>
        }
      />
    );
  },
);

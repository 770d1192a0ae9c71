export { Dialog, DialogClose, type DialogCloseProps, type DialogProps, type DialogRole } from "./Dialog.js";
export type { DialogText, SessionTimeoutDialogText } from "./messages.js";
export { SessionTimeoutDialog, type SessionTimeoutDialogProps } from "./SessionTimeoutDialog.js";
export {
  MIN_SESSION_WARNING_MS,
  type SessionTimeoutOptions,
  type SessionTimeoutState,
  useSessionTimeout,
} from "./use-session-timeout.js";

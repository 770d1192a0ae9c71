import type { UiMessages } from "../../internal/i18n.js";

export type DialogText = "close";

/** The built-in text of Dialog: the label of its close button. */
export const dialogMessages: UiMessages<DialogText> = {
  de: { close: "Schließen" },
  en: { close: "Close" },
};

export type SessionTimeoutDialogText = "title" | "description" | "descriptionOneMinute" | "extend" | "signOut";

/** The built-in texts of SessionTimeoutDialog; `{minutes}` is the time left in whole minutes. */
export const sessionTimeoutDialogMessages: UiMessages<SessionTimeoutDialogText> = {
  de: {
    title: "Ihre Sitzung läuft bald ab",
    description: "Aus Sicherheitsgründen werden Ihre Angaben in {minutes} Minuten gelöscht, wenn Sie nichts tun.",
    descriptionOneMinute: "Aus Sicherheitsgründen werden Ihre Angaben in 1 Minute gelöscht, wenn Sie nichts tun.",
    extend: "Sitzung verlängern",
    signOut: "Abmelden",
  },
  en: {
    title: "Your session will end soon",
    description: "For your security, we will delete your answers in {minutes} minutes if you do nothing.",
    descriptionOneMinute: "For your security, we will delete your answers in 1 minute if you do nothing.",
    extend: "Extend session",
    signOut: "Sign out",
  },
};

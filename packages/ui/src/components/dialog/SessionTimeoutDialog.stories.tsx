import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { Button } from "../button/Button.js";
import { SessionTimeoutDialog, type SessionTimeoutDialogProps } from "./SessionTimeoutDialog.js";
import { useSessionTimeout } from "./use-session-timeout.js";

const meta = {
  title: "Inhalt/SessionTimeoutDialog",
  component: SessionTimeoutDialog,
  args: { open: false, minutes: 2, onExtend: () => {} },
  parameters: {
    docs: {
      description: {
        component:
          "The warning before a session runs out, „Ihre Sitzung läuft bald ab“: an `alertdialog` described by " +
          "„Aus Sicherheitsgründen werden Ihre Angaben in {minutes} Minuten gelöscht, wenn Sie nichts tun.“, with " +
          "„Sitzung verlängern“ (focused when it opens) and „Abmelden“. The app opens it (`open`) and counts the " +
          "minutes, e.g. with `useSessionTimeout({ expiresAt, warnBefore })`, which opens it at least 20 seconds " +
          "(default 2 minutes) before the end. Keyboard: focus starts on „Sitzung verlängern“; Tab and Shift+Tab " +
          "move between the two buttons; Escape also extends. A click beside it does nothing. " +
          "WCAG 2.2: 2.2.1 Timing Adjustable (warned in time, one simple action extends), 4.1.2 (alertdialog " +
          "named by its title and described by the message), 2.4.3 (focus moves in and returns to where it was), " +
          "2.1.1 and 2.1.2 (keyboard), 1.4.10 (fits at 320 px).",
      },
    },
  },
} satisfies Meta<typeof SessionTimeoutDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

function Demo({ minutes, locale, messages, signOutHref }: Partial<SessionTimeoutDialogProps>) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const en = locale === "en";
  return (
    <div lang={en ? "en" : undefined}>
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {en ? "Show the warning (demo)" : "Warnung anzeigen (Demo)"}
      </Button>
      <p role="status">{status}</p>
      <SessionTimeoutDialog
        open={open}
        minutes={minutes ?? 2}
        locale={locale}
        messages={messages}
        signOutHref={signOutHref}
        onExtend={() => {
          setOpen(false);
          setStatus(en ? "Your session has been extended." : "Ihre Sitzung wurde verlängert.");
        }}
        onSignOut={() => {
          setOpen(false);
          setStatus(en ? "You have been signed out." : "Sie wurden abgemeldet.");
        }}
      />
    </div>
  );
}

/** Opened by a demo button here; in an app by its timer. */
export const Default: Story = {
  render: (args) => <Demo {...args} />,
};

export const OneMinute: Story = {
  args: { minutes: 1 },
  render: (args) => <Demo {...args} />,
};

/** „Abmelden“ as a link to the app's sign-out page. */
export const SignOutLink: Story = {
  args: { signOutHref: "/abmelden" },
  render: (args) => <Demo {...args} />,
};

export const English: Story = {
  args: { locale: "en" },
  render: (args) => <Demo {...args} />,
};

/** A session of 2 minutes 10 seconds: 10 seconds after „Sitzung starten“ the warning opens and counts down. */
function TimerDemo() {
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  return expiresAt === null ? (
    <Button type="button" variant="secondary" onClick={() => setExpiresAt(Date.now() + 130_000)}>
      Sitzung starten (Demo)
    </Button>
  ) : (
    <Session expiresAt={expiresAt} onExtend={() => setExpiresAt(Date.now() + 130_000)} />
  );
}

function Session({ expiresAt, onExtend }: { expiresAt: number; onExtend: () => void }) {
  const [signedOut, setSignedOut] = useState(false);
  const { warning, minutes, expired } = useSessionTimeout({ expiresAt, warnBefore: 120_000 });
  if (signedOut || expired) return <p>Sie wurden abgemeldet. Ihre Angaben wurden gelöscht.</p>;
  return (
    <>
      <p>Die Sitzung läuft. Die Warnung erscheint 2 Minuten vor dem Ende.</p>
      <SessionTimeoutDialog open={warning} minutes={minutes} onExtend={onExtend} onSignOut={() => setSignedOut(true)} />
    </>
  );
}

/** With the clock of `useSessionTimeout`. */
export const WithTimer: Story = {
  render: () => <TimerDemo />,
};

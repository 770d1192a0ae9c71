import { useEffect, useRef, useState } from "react";

/** The shortest warning time: WCAG 2.2.1 asks for at least 20 seconds to respond. */
export const MIN_SESSION_WARNING_MS = 20_000;

export interface SessionTimeoutOptions {
  /**
   * When the session ends, in milliseconds since the epoch (as `Date.now()`), e.g. from the server. After the user
   * extends, set it to the new end: the warning closes.
   */
  expiresAt: number;
  /** How long before the end the warning opens, in milliseconds (default 2 minutes, at least 20 seconds). */
  warnBefore?: number | undefined;
  /** Called once when the session has ended without being extended, e.g. to show the „abgemeldet“ page. */
  onExpire?: (() => void) | undefined;
}

export interface SessionTimeoutState {
  /** Whether to show the warning (SessionTimeoutDialog's `open`). */
  warning: boolean;
  /** The time left, in whole minutes rounded up, at least 1 (SessionTimeoutDialog's `minutes`). */
  minutes: number;
  /** Whether the session has ended. */
  expired: boolean;
}

/**
 * The client-side clock of a session: whether to warn and how many minutes are left. It starts after hydration
 * (the server render says "no warning"), checks once a second while the warning is due or shown, and reads the
 * real time on each check, so a tab that was in the background shows the right time when it comes back.
 */
export function useSessionTimeout({
  expiresAt,
  warnBefore = 120_000,
  onExpire,
}: SessionTimeoutOptions): SessionTimeoutState {
  const [now, setNow] = useState<number | null>(null);
  const onExpireRef = useRef(onExpire);
  const warnAt = expiresAt - Math.max(warnBefore, MIN_SESSION_WARNING_MS);
  // Before the first check (server render, hydration) the time left is taken as the warning time.
  const remaining = expiresAt - (now ?? warnAt);
  const expired = now !== null && remaining <= 0;

  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    function check() {
      const current = Date.now();
      setNow(current);
      if (current >= expiresAt) return;
      // Sleep until the warning is due, then tick each second to count the minutes down.
      timer = setTimeout(check, current < warnAt ? warnAt - current : 1000);
    }
    check();
    return () => clearTimeout(timer);
  }, [expiresAt, warnAt]);

  useEffect(() => {
    if (expired) onExpireRef.current?.();
  }, [expired]);

  return {
    warning: now !== null && now >= warnAt && !expired,
    minutes: Math.max(1, Math.ceil(remaining / 60_000)),
    expired,
  };
}

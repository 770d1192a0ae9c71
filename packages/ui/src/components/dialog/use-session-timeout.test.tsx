import { act, cleanup, renderHook } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type SessionTimeoutOptions, useSessionTimeout } from "./use-session-timeout.js";

const START = Date.parse("2026-11-24T10:00:00Z");
const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders whether a session that ended a minute ago warns. */
function Probe() {
  const { warning } = useSessionTimeout({ expiresAt: START - MINUTE });
  return <p>{String(warning)}</p>;
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe("useSessionTimeout", () => {
  it("warns from warnBefore until the end, counting whole minutes up, then expires once", () => {
    const onExpire = vi.fn();
    const { result } = renderHook(() =>
      useSessionTimeout({ expiresAt: START + 5 * MINUTE, warnBefore: 2 * MINUTE, onExpire }),
    );
    expect(result.current).toEqual({ warning: false, minutes: 5, expired: false });
    advance(3 * MINUTE - 1000);
    expect(result.current.warning).toBe(false);
    advance(1000);
    expect(result.current).toEqual({ warning: true, minutes: 2, expired: false });
    advance(1000);
    expect(result.current.minutes).toBe(2);
    advance(MINUTE);
    expect(result.current).toEqual({ warning: true, minutes: 1, expired: false });
    expect(onExpire).not.toHaveBeenCalled();
    advance(MINUTE);
    expect(result.current).toEqual({ warning: false, minutes: 1, expired: true });
    expect(onExpire).toHaveBeenCalledTimes(1);
    advance(10 * MINUTE);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it("closes the warning when the app extends the session (a new expiresAt)", () => {
    const { result, rerender } = renderHook((options: SessionTimeoutOptions) => useSessionTimeout(options), {
      initialProps: { expiresAt: START + 3 * MINUTE },
    });
    advance(MINUTE + 1000);
    expect(result.current.warning).toBe(true);
    rerender({ expiresAt: Date.now() + 20 * MINUTE });
    expect(result.current).toEqual({ warning: false, minutes: 20, expired: false });
    // The warning is due 2 minutes before the new end.
    advance(18 * MINUTE - 1000);
    expect(result.current.warning).toBe(false);
    advance(1000);
    expect(result.current.warning).toBe(true);
  });

  it("warns at least 20 seconds before the end (WCAG 2.2.1)", () => {
    const { result } = renderHook(() => useSessionTimeout({ expiresAt: START + MINUTE, warnBefore: 5000 }));
    advance(39_000);
    expect(result.current.warning).toBe(false);
    advance(1000);
    expect(result.current).toEqual({ warning: true, minutes: 1, expired: false });
  });

  it("shows the right time when a throttled background tab catches up", () => {
    const { result } = renderHook(() => useSessionTimeout({ expiresAt: START + 10 * MINUTE }));
    // The browser held the timer back; the clock went on.
    act(() => {
      vi.setSystemTime(START + 9 * MINUTE);
    });
    advance(8 * MINUTE);
    expect(result.current).toEqual({ warning: false, minutes: 1, expired: true });
  });

  it("does not warn in the server render", () => {
    expect(renderToString(<Probe />)).toBe("<p>false</p>");
  });
});

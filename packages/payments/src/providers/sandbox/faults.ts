/**
 * Fault injection for the sandbox's JSON API, so tests and demos can watch the payment service survive a
 * provider that fails: the next N API calls answer HTTP 500, hang past the client's timeout, or send a body
 * that is not JSON. The hosted page is never affected (the payer's side of a real outage is out of scope).
 */
import { FAULT_KINDS } from "./wire.js";

export type SandboxFaultKind = (typeof FAULT_KINDS)[number];

export interface SandboxFaults {
  /** Queues `kind` for the next `count` API calls (default 1), after any faults already queued. */
  next(kind: SandboxFaultKind, count?: number): void;
  /** Drops all queued faults. */
  clear(): void;
  /** The queued faults, first to be used first. */
  pending(): SandboxFaultKind[];
  /** Takes the fault for the current call, if any. */
  take(): SandboxFaultKind | undefined;
}

/** A queue big enough for any test, small enough that a runaway control script cannot exhaust memory. */
const MAX_QUEUED_FAULTS = 10_000;

export function createFaultQueue(): SandboxFaults {
  const queue: SandboxFaultKind[] = [];
  return {
    next(kind, count = 1) {
      if (!FAULT_KINDS.includes(kind)) throw new RangeError(`Unknown fault kind ${String(kind)}.`);
      if (!Number.isSafeInteger(count) || count < 1) throw new RangeError("count must be a positive integer.");
      if (queue.length + count > MAX_QUEUED_FAULTS) {
        throw new RangeError(`At most ${MAX_QUEUED_FAULTS} faults can be queued.`);
      }
      for (let index = 0; index < count; index++) queue.push(kind);
    },
    clear() {
      queue.length = 0;
    },
    pending() {
      return [...queue];
    },
    take() {
      return queue.shift();
    },
  };
}

/** Resolves after `ms`, or early when any of the signals aborts (client gave up, sandbox closed). */
export function hang(ms: number, signals: readonly AbortSignal[]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const signal of signals) {
      if (signal.aborted) {
        done();
        return;
      }
      signal.addEventListener("abort", done, { once: true });
    }
  });
}

/**
 * Delivers the sandbox's signed notifications to `notifyUrl`, in the background and with a few retries, as a
 * hosted-payment platform does. Delivery never blocks or breaks the payer's page. Every attempt is signed
 * afresh (so a late retry is not stale) and carries the same message id (so the receiver can drop repeats).
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { encodeNotificationPayload, type NotificationPayload } from "../../notifications/payload.js";
import { type NotificationSecret, SIGNATURE_HEADER, signNotification } from "../../notifications/signature.js";

export interface NotifierOptions {
  notifyUrl: string | undefined;
  /** Signs with every secret given (one `v1` each), which lets a receiver rotate. */
  secrets: readonly NotificationSecret[];
  /** Waits before the 2nd, 3rd, … attempt; default `[250, 1000, 4000]` (four attempts in all). */
  retryDelaysMs?: readonly number[];
  /** Per attempt; default 5000 ms. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Called once per notification when delivery has succeeded or every attempt failed. */
  onDelivery?: (record: DeliveryRecord) => void;
}

export interface DeliveryRecord {
  messageId: string;
  transactionId: string;
  type: string;
  attempts: number;
  delivered: boolean;
  /** HTTP status of the last attempt, or the error name when there was no answer. */
  lastResult: number | string;
}

export interface Notifier {
  /** Queues a notification; returns its message id at once. */
  send(event: Omit<NotificationPayload, "messageId" | "createdAt">): string;
  /** Resolves when every queued delivery has finished (delivered or given up): lets tests wait without timers. */
  idle(): Promise<void>;
  /** The most recent finished deliveries (at most 1000), oldest first. */
  deliveries(): DeliveryRecord[];
  /** Stops retries and aborts deliveries in flight. */
  close(): void;
}

const MAX_RECORDS = 1000;

export function createNotifier(options: NotifierOptions): Notifier {
  const retryDelays = options.retryDelaysMs ?? [250, 1000, 4000];
  const timeoutMs = options.timeoutMs ?? 5000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? (() => new Date());
  const closed = new AbortController();
  const inFlight = new Set<Promise<void>>();
  const records: DeliveryRecord[] = [];

  function record(entry: DeliveryRecord): void {
    records.push(entry);
    if (records.length > MAX_RECORDS) records.shift();
    options.onDelivery?.(entry);
  }

  async function deliver(url: string, payload: NotificationPayload): Promise<void> {
    const body = encodeNotificationPayload(payload);
    let lastResult: number | string = "not attempted";
    let attempts = 0;
    for (let attempt = 0; attempt <= retryDelays.length; attempt++) {
      if (attempt > 0) {
        try {
          await sleep(retryDelays[attempt - 1], undefined, { signal: closed.signal });
        } catch {
          break; // closed while waiting
        }
      }
      if (closed.signal.aborted) break;
      attempts++;
      try {
        const signature = signNotification(body, {
          secret: options.secrets,
          timestamp: Math.floor(now().getTime() / 1000),
        });
        const response = await doFetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature },
          body,
          redirect: "manual",
          signal: AbortSignal.any([closed.signal, AbortSignal.timeout(timeoutMs)]),
        });
        lastResult = response.status;
        // The receiver's answer is not read: only the status matters, and the connection is released.
        await response.body?.cancel();
        if (response.ok) {
          record({ ...summary(payload), attempts, delivered: true, lastResult });
          return;
        }
      } catch (error) {
        lastResult = error instanceof Error ? error.name : "error";
      }
    }
    record({ ...summary(payload), attempts, delivered: false, lastResult });
  }

  return {
    send(event) {
      const payload: NotificationPayload = {
        messageId: `msg_${randomBytes(16).toString("base64url")}`,
        ...event,
        createdAt: now().toISOString(),
      };
      const url = options.notifyUrl;
      if (url === undefined || closed.signal.aborted) return payload.messageId;
      const task = deliver(url, payload).finally(() => inFlight.delete(task));
      inFlight.add(task);
      return payload.messageId;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    deliveries() {
      return [...records];
    },
    close() {
      closed.abort();
    },
  };
}

function summary(payload: NotificationPayload): Pick<DeliveryRecord, "messageId" | "transactionId" | "type"> {
  return { messageId: payload.messageId, transactionId: payload.transactionId, type: payload.type };
}

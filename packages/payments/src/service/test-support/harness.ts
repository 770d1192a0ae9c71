/** Wires a payment service to a fresh store of a test backend, a scripted provider and a test clock. */
import type { TestBackend } from "../../../test/databases.js";
import type { AuditEntry } from "../../core/types.js";
import type { PaymentLogger } from "../logger.js";
import type { PaymentServiceOptions } from "../options.js";
import { createPaymentService, type PaymentService } from "../payment-service.js";
import { SECRET, TestClock } from "./fixtures.js";
import { ScriptedProvider } from "./scripted-provider.js";

export interface Harness {
  service: PaymentService;
  provider: ScriptedProvider;
  clock: TestClock;
  logs: { level: string; event: string; fields: Record<string, unknown> }[];
  store: PaymentServiceOptions["store"];
  /** Audit actions of a payment, in order. */
  actions(paymentId: string): Promise<string[]>;
  transitions(paymentId: string): Promise<AuditEntry[]>;
}

export async function harness(
  backend: TestBackend,
  options: { providers?: ScriptedProvider[]; service?: Partial<PaymentServiceOptions> } = {},
): Promise<Harness> {
  const { store } = await backend.freshStore();
  const providers = options.providers ?? [new ScriptedProvider()];
  const clock = new TestClock();
  const logs: Harness["logs"] = [];
  const logger: PaymentLogger = {
    info: (event, fields) => logs.push({ level: "info", event, fields }),
    warn: (event, fields) => logs.push({ level: "warn", event, fields }),
    error: (event, fields) => logs.push({ level: "error", event, fields }),
  };
  const service = createPaymentService({
    store,
    providers,
    now: clock.now,
    returnTokenSecret: SECRET,
    returnUrl: (token) => `https://portal.example.test/bezahlen/zurueck?token=${token}`,
    logger,
    ...options.service,
  });
  return {
    service,
    provider: providers[0] as ScriptedProvider,
    clock,
    logs,
    store,
    actions: async (paymentId) => (await store.listAudit(paymentId)).map((entry) => entry.action),
    transitions: async (paymentId) => (await store.listAudit(paymentId)).filter((e) => e.action === "transition"),
  };
}

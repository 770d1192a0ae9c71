/**
 * One payment service per server process: the store (PGlite or PostgreSQL), the sandbox platform mounted in this
 * portal, and a reconciliation run every five minutes so a lost redirect or notification never leaves a payment
 * stuck. Cities replace the sandbox provider by their own (XBezahldienste, bank transfer) in `providers`.
 */
import {
  createPaymentService,
  openPaymentStore,
  type PaymentLogger,
  type PaymentService,
} from "@digitale-kommune/payments";
import { createSandboxHandler, createSandboxProvider, type SandboxHandler } from "@digitale-kommune/payments/sandbox";
import { paymentSettings } from "./settings.server";

export const SANDBOX_PROVIDER_ID = "sandbox";
const RECONCILE_EVERY_MS = 5 * 60_000;

interface PortalPayments {
  service: PaymentService;
  sandbox: SandboxHandler;
}

// Structured log lines without personal data (the service never passes any).
const logger: PaymentLogger = {
  info: (event, fields) => console.log(JSON.stringify({ level: "info", event, ...fields })),
  warn: (event, fields) => console.warn(JSON.stringify({ level: "warn", event, ...fields })),
  error: (event, fields) => console.error(JSON.stringify({ level: "error", event, ...fields })),
};

let payments: Promise<PortalPayments> | undefined;

async function start(): Promise<PortalPayments> {
  const settings = paymentSettings();
  const sandbox = createSandboxHandler({
    basePath: "/sandbox",
    apiKey: settings.sandboxApiKey,
    notificationSecret: settings.sandboxNotificationSecret,
    notifyUrl: `${settings.origin}/bezahlen/benachrichtigung`,
  });
  const store = await openPaymentStore({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  const service = createPaymentService({
    store,
    providers: [
      createSandboxProvider({
        id: SANDBOX_PROVIDER_ID,
        baseUrl: `${settings.origin}/sandbox`,
        apiKey: settings.sandboxApiKey,
        notificationSecrets: [settings.sandboxNotificationSecret],
        timeoutMs: 10_000,
      }),
    ],
    returnTokenSecret: settings.returnTokenSecret,
    returnUrl: (token) => `${settings.origin}/bezahlen/zurueck/${token}`,
    logger,
  });
  const timer = setInterval(() => {
    service.reconcile().catch((error: unknown) => {
      logger.error("payment.reconcile_failed", { code: (error as { code?: string }).code ?? "unknown" });
    });
  }, RECONCILE_EVERY_MS);
  timer.unref();
  return { service, sandbox };
}

export function portalPayments(): Promise<PortalPayments> {
  payments ??= start().catch((error: unknown) => {
    payments = undefined;
    throw error;
  });
  return payments;
}

// Open the store when the production server starts, not on the first payment: a new PGlite database takes
// several seconds to create, and a citizen should not wait for it.
if (process.env.NODE_ENV === "production") {
  portalPayments().catch((error: unknown) => {
    logger.error("payment.start_failed", { code: (error as { code?: string }).code ?? "unknown" });
  });
}

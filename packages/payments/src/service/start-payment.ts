/**
 * `startPayment`: creates the transaction at the provider (our payment id is the provider's request id,
 * so a retry after a timeout finds the same transaction where the provider supports it) and moves the
 * payment from `created` to `pending`. A provider fault changes nothing but the audit log; call again.
 */
import type { Locale } from "@digitale-kommune/validators";
import { isPaymentError, PaymentError } from "../core/errors.js";
import type { AuditActor, Payment } from "../core/types.js";
import { applyEvent } from "../lifecycle/transitions.js";
import type { PaymentProvider } from "../providers/types.js";
import { getPaymentOrThrow, transitionUpdate, updateWithRetry } from "./compare-and-set.js";
import type { ResolvedOptions } from "./options.js";
import { callProvider, checkCreateResult, providerFor, recordProviderError } from "./provider-calls.js";
import { deriveReturnToken } from "./return-token.js";
import { invalid } from "./validate-input.js";

export interface StartPaymentOptions {
  /** Language of the provider's page (default `de`). */
  locale?: Locale;
}

export interface StartPaymentResult {
  payment: Payment;
  /**
   * Where to send the citizen (the provider's hosted page). Absent for bank transfers, and when the
   * payment had already been started: providers hand the URL out once, and we do not store it.
   */
  redirectUrl?: string;
}

const citizen: AuditActor = { kind: "citizen" };

export async function startPayment(
  options: ResolvedOptions,
  payment: Payment,
  startOptions: StartPaymentOptions = {},
): Promise<StartPaymentResult> {
  const locale = startOptions.locale ?? "de";
  if (locale !== "de" && locale !== "en") throw invalid("locale", 'locale must be "de" or "en".');
  if (payment.state === "pending") return { payment };
  // Any other state than created cannot be started: applyEvent says so with a clear illegal_transition.
  applyEvent(payment.state, { type: "redirect" }, payment.id);
  if (options.now().getTime() >= payment.expiresAt.getTime()) {
    // Reconciliation would expire it right away, perhaps while the citizen is paying: start a new one instead.
    throw new PaymentError(
      "illegal_transition",
      `Payment ${payment.id} is past its payment period; create a new payment.`,
      {
        field: "paymentId",
        details: { paymentId: payment.id, expiresAt: payment.expiresAt.toISOString() },
      },
    );
  }

  const provider = providerFor(options, payment.providerId);
  // A bank-transfer provider draws its Kassenzeichen (the transaction id) from a random or sequence part
  // without state of its own; the store's unique index finds the rare repeat, and drawing again settles it.
  const attempts = provider.capabilities.method === "bank_transfer" ? KASSENZEICHEN_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await createAndRecord(options, payment, provider, locale);
    } catch (error) {
      if (attempt >= attempts || !isPaymentError(error, "invalid_input") || error.field !== "providerPaymentId") {
        throw error;
      }
      await options.store.appendAudit(payment.id, {
        actor: citizen,
        action: "kassenzeichen_taken",
        cause: "The drawn Kassenzeichen was already issued; a new one is drawn.",
        details: { providerId: provider.id, attempt },
      });
    }
  }
}

const KASSENZEICHEN_ATTEMPTS = 5;

async function createAndRecord(
  options: ResolvedOptions,
  payment: Payment,
  provider: PaymentProvider,
  locale: "de" | "en",
): Promise<StartPaymentResult> {
  let created: ReturnType<typeof checkCreateResult>;
  try {
    created = checkCreateResult(
      provider,
      await callProvider(provider, "create", () =>
        provider.create({
          paymentId: payment.id,
          cityId: payment.cityId,
          serviceId: payment.serviceId,
          amount: payment.amount,
          currency: payment.currency,
          lineItems: payment.lineItems,
          reference: payment.reference,
          description: payment.explanation,
          returnUrl: options.returnUrl(deriveReturnToken(options.returnTokenSecret, payment.id)),
          locale,
        }),
      ),
    );
  } catch (error) {
    await recordProviderError(options, payment, citizen, "create", error);
    throw error;
  }

  const { payment: started, changed } = await updateWithRetry(options.store, payment.id, (current) => {
    if (current.state !== "created") return { decision: { kind: "none" } };
    const transition = applyEvent(current.state, { type: "redirect" }, current.id);
    return {
      decision: transitionUpdate(
        transition,
        {
          actor: citizen,
          cause:
            provider.capabilities.method === "bank_transfer"
              ? "Bank transfer details handed to the citizen."
              : "Transaction created at the provider; citizen sent to the payment page.",
          details: { providerId: provider.id, providerPaymentId: created.providerPaymentId },
        },
        {
          providerPaymentId: created.providerPaymentId,
          ...(created.kassenzeichen && !current.kassenzeichen ? { kassenzeichen: created.kassenzeichen } : {}),
        },
      ),
    };
  });
  if (!changed && started.providerPaymentId !== created.providerPaymentId) {
    // Someone else started it concurrently with another transaction (a provider without idempotent
    // creation); ours is an orphan the citizen never sees. Record it so the treasury can match it.
    await options.store.appendAudit(payment.id, {
      actor: citizen,
      action: "orphan_transaction",
      cause: "A concurrent start created a second transaction at the provider; it was not used.",
      details: { providerId: provider.id, providerPaymentId: created.providerPaymentId },
    });
    options.logger.warn("payment.orphan_transaction", { paymentId: payment.id, providerId: provider.id });
    return { payment: started };
  }
  options.logger.info("payment.started", { paymentId: started.id, providerId: provider.id, state: started.state });
  return created.redirectUrl === undefined
    ? { payment: started }
    : { payment: started, redirectUrl: created.redirectUrl };
}

export async function startPaymentById(
  options: ResolvedOptions,
  paymentId: string,
  startOptions?: StartPaymentOptions,
): Promise<StartPaymentResult> {
  return startPayment(options, await getPaymentOrThrow(options.store, paymentId), startOptions);
}

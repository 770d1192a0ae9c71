/**
 * `PaymentStore` over SQL, one implementation for PGlite and PostgreSQL (see `types.ts` for the
 * contract). Concurrency rests on the database, not on reads followed by writes:
 * - idempotent create claims the key with INSERT ... ON CONFLICT DO NOTHING before inserting the
 *   payment, so concurrent identical calls wait for the first and then read its payment;
 * - `updatePayment` is UPDATE ... WHERE id AND version ... RETURNING plus the audit insert, in one
 *   transaction: of concurrent updates from the same version exactly one matches;
 * - replayed notifications hit the primary key (ON CONFLICT DO NOTHING).
 */
import { PaymentError } from "../core/errors.js";
import type { AuditEntry, Payment, PaymentState, Refund, RefundState } from "../core/types.js";
import {
  type AuditRow,
  type PaymentRow,
  type RefundRow,
  toAuditEntry,
  toPayment,
  toRefund,
  toSafeInteger,
} from "./rows.js";
import { DEFAULT_SCHEMA, quoteSchema } from "./schema-name.js";
import { SQLSTATE, type SqlClient, SqlError, type SqlQueryable } from "./sql-client.js";
import type { AuditInput, IdempotencyClaim, NewPayment, PaymentChange, PaymentStore } from "./types.js";
import {
  assertNoPayerDataIn,
  type CheckedAudit,
  checkAudit,
  checkChange,
  checkIdempotency,
  checkNewPayment,
  isUuid,
  requireCents,
  requireDate,
  requireFlags,
  requireLimit,
  requireRefundState,
  requireStates,
  requireText,
  requireUuid,
} from "./validate-input.js";

export interface SqlPaymentStoreOptions {
  /** PostgreSQL schema holding the tables (default `dk_payments`); must be migrated first. */
  schema?: string;
}

const PAYMENT_COLUMNS = `id, city_id, service_id, provider_id, provider_payment_id, state, amount, currency,
  line_items, explanation, fee_table_version, reference, kassenzeichen, confirmed_amount, refunded_amount,
  flags, payer, return_token_hash, version, created_at, updated_at, expires_at`;
const AUDIT_COLUMNS = "id, payment_id, at, actor, action, from_state, to_state, cause, details";
const REFUND_COLUMNS = "id, payment_id, amount, state, reason, provider_refund_id, created_at, updated_at";

/** Rows erased per statement by retention, so one run never locks the whole table at once. */
const ERASE_BATCH = 500;

/** Which input field a constraint guards, for the error's `field`. */
const CONSTRAINT_FIELDS: Record<string, string> = {
  payments_pkey: "id",
  payments_return_token_hash_key: "returnTokenHash",
  payments_provider_payment_id: "providerPaymentId",
  payments_amount_check: "amount",
  payments_state_check: "state",
  refunds_pkey: "id",
};

/**
 * Database refusals of the data (constraints, bad values) become `PaymentError`s; other failures
 * (connection lost, programming errors) pass unchanged.
 */
function toPaymentError(error: unknown): unknown {
  if (!(error instanceof SqlError)) return error;
  const constraint = error.constraint;
  const details = { sqlstate: error.code, ...(constraint ? { constraint } : {}) };
  if (error.code === SQLSTATE.foreignKeyViolation) {
    return new PaymentError("not_found", "The payment referred to does not exist.", { field: "paymentId", details });
  }
  if (error.code === SQLSTATE.uniqueViolation) {
    const field = constraint ? CONSTRAINT_FIELDS[constraint] : undefined;
    return new PaymentError("invalid_input", `Another record already has this ${field ?? "key"}.`, {
      ...(field ? { field } : {}),
      details,
    });
  }
  const refused: string[] = [
    SQLSTATE.checkViolation,
    SQLSTATE.notNullViolation,
    SQLSTATE.invalidTextRepresentation,
    SQLSTATE.numericOutOfRange,
    SQLSTATE.stringTooLong,
  ];
  if (error.code && refused.includes(error.code)) {
    const field = constraint ? CONSTRAINT_FIELDS[constraint] : undefined;
    return new PaymentError("invalid_input", `The store refused the data${constraint ? ` (${constraint})` : ""}.`, {
      ...(field ? { field } : {}),
      details,
    });
  }
  return error;
}

async function mapErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw toPaymentError(error);
  }
}

export function createSqlPaymentStore(client: SqlClient, options: SqlPaymentStoreOptions = {}): PaymentStore {
  const s = quoteSchema(options.schema ?? DEFAULT_SCHEMA);

  async function selectPayment(q: SqlQueryable, id: string): Promise<Payment | undefined> {
    if (!isUuid(id)) return undefined;
    const result = await q.query<PaymentRow>(`SELECT ${PAYMENT_COLUMNS} FROM ${s}.payments WHERE id = $1`, [id]);
    const row = result.rows[0];
    return row ? toPayment(row) : undefined;
  }

  async function insertAudit(q: SqlQueryable, paymentId: string, audit: CheckedAudit): Promise<void> {
    await q.query(
      `INSERT INTO ${s}.audit_log (payment_id, actor, action, from_state, to_state, cause, details)
       VALUES ($1, ($2::text)::jsonb, $3, $4, $5, $6, ($7::text)::jsonb)`,
      [paymentId, audit.actor, audit.action, audit.fromState, audit.toState, audit.cause, audit.details],
    );
  }

  async function insertPayment(
    payment: NewPayment,
    audit: AuditInput,
    idempotency?: IdempotencyClaim,
  ): Promise<{ payment: Payment; created: boolean }> {
    const p = checkNewPayment(payment);
    const createdAudit = { ...checkAudit(audit), fromState: null, toState: "created" as const };
    assertNoPayerDataIn(createdAudit.details, payment.payer);
    const claim = idempotency === undefined ? undefined : checkIdempotency(idempotency);

    return mapErrors(
      client.transaction(async (tx) => {
        if (claim) {
          // Claim first: a concurrent call with the same key waits here until this transaction ends,
          // then finds the key taken and reads the payment committed with it.
          const claimed = await tx.query(
            `INSERT INTO ${s}.idempotency_keys (key, fingerprint, payment_id) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO NOTHING RETURNING key`,
            [claim.key, claim.fingerprint, p.id],
          );
          if (claimed.rowCount === 0) return replayIdempotent(tx, claim);
        }
        const inserted = await tx.query<PaymentRow>(
          `INSERT INTO ${s}.payments (id, city_id, service_id, provider_id, state, amount, line_items, explanation,
             fee_table_version, reference, kassenzeichen, payer, return_token_hash, created_at, updated_at, expires_at)
           VALUES ($1, $2, $3, $4, 'created', $5, ($6::text)::jsonb, ($7::text)::jsonb, $8, $9, $10,
             ($11::text)::jsonb, $12, $13::timestamptz, $13::timestamptz, $14::timestamptz)
           RETURNING ${PAYMENT_COLUMNS}`,
          [
            p.id,
            p.cityId,
            p.serviceId,
            p.providerId,
            p.amount,
            p.lineItems,
            p.explanation,
            p.feeTableVersion,
            p.reference,
            p.kassenzeichen,
            p.payer,
            p.returnTokenHash,
            p.createdAt.toISOString(),
            p.expiresAt.toISOString(),
          ],
        );
        await insertAudit(tx, p.id, createdAudit);
        return { payment: toPayment(inserted.rows[0] as PaymentRow), created: true };
      }),
    );
  }

  async function replayIdempotent(
    tx: SqlQueryable,
    claim: IdempotencyClaim,
  ): Promise<{ payment: Payment; created: boolean }> {
    const existing = await tx.query<{ fingerprint: string; payment_id: string }>(
      `SELECT fingerprint, payment_id FROM ${s}.idempotency_keys WHERE key = $1`,
      [claim.key],
    );
    const row = existing.rows[0];
    if (row && row.fingerprint !== claim.fingerprint) {
      throw new PaymentError(
        "idempotency_conflict",
        "This idempotency key was already used to create a payment with other parameters.",
        { field: "idempotencyKey", details: { paymentId: row.payment_id } },
      );
    }
    const stored = row ? await selectPayment(tx, row.payment_id) : undefined;
    if (!stored) {
      // Only possible if the key's row vanished between the conflict and the read: let the caller retry.
      throw new PaymentError("concurrent_update", "The idempotency key changed while it was read; try again.", {
        field: "idempotencyKey",
      });
    }
    return { payment: stored, created: false };
  }

  async function findOne(where: string, params: unknown[]): Promise<Payment | undefined> {
    const result = await client.query<PaymentRow>(
      `SELECT ${PAYMENT_COLUMNS} FROM ${s}.payments WHERE ${where}`,
      params,
    );
    const row = result.rows[0];
    return row ? toPayment(row) : undefined;
  }

  async function listPayments(
    where: string,
    params: unknown[],
    limit: number,
    order = "created_at, id",
  ): Promise<Payment[]> {
    const result = await client.query<PaymentRow>(
      `SELECT ${PAYMENT_COLUMNS} FROM ${s}.payments WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
      params,
    );
    return result.rows.map(toPayment);
  }

  async function updatePayment(
    id: string,
    expectedVersion: number,
    change: PaymentChange,
    audit: AuditInput & { fromState?: PaymentState; toState?: PaymentState },
  ): Promise<Payment | undefined> {
    const c = checkChange(change);
    const a = checkAudit({ ...audit, toState: audit.toState ?? change.state });
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
      throw new PaymentError("invalid_input", "expectedVersion must be a positive whole number.", {
        field: "expectedVersion",
      });
    }
    if (!isUuid(id)) return undefined;
    return mapErrors(
      client.transaction(async (tx) => {
        const updated = await tx.query<PaymentRow>(
          `UPDATE ${s}.payments SET
             state = COALESCE($3::text, state),
             provider_payment_id = COALESCE($4::text, provider_payment_id),
             kassenzeichen = COALESCE($5::text, kassenzeichen),
             confirmed_amount = COALESCE($6::integer, confirmed_amount),
             refunded_amount = COALESCE($7::integer, refunded_amount),
             flags = flags || ARRAY(
               SELECT added.flag FROM unnest($8::text[]) WITH ORDINALITY AS added (flag, position)
               WHERE added.flag <> ALL (flags) ORDER BY added.position),
             version = version + 1,
             updated_at = clock_timestamp()
           WHERE id = $1 AND version = $2
           RETURNING ${PAYMENT_COLUMNS}`,
          [
            id,
            expectedVersion,
            c.state,
            c.providerPaymentId,
            c.kassenzeichen,
            c.confirmedAmount,
            c.refundedAmount,
            c.addFlags,
          ],
        );
        const row = updated.rows[0];
        if (!row) return undefined;
        await insertAudit(tx, id, a);
        return toPayment(row);
      }),
    );
  }

  async function erasePersonalData(before: Date): Promise<number> {
    const cutoff = requireDate(before, "before").toISOString();
    let total = 0;
    for (;;) {
      // One statement clears a batch and writes one audit entry per payment; the entry names the
      // rule, never the erased values.
      const result = await mapErrors(
        client.query(
          `WITH erased AS (
             UPDATE ${s}.payments SET payer = NULL, personal_data_erased_at = clock_timestamp(),
               version = version + 1, updated_at = clock_timestamp()
             WHERE id IN (
               SELECT id FROM ${s}.payments WHERE payer IS NOT NULL AND created_at < $1::timestamptz
               ORDER BY created_at LIMIT ${ERASE_BATCH} FOR UPDATE)
             RETURNING id)
           INSERT INTO ${s}.audit_log (payment_id, actor, action, cause, details)
           SELECT id, '{"kind":"system"}'::jsonb, 'personal_data_erased',
             'Retention period ended: payer data removed, booking record kept.',
             jsonb_build_object('createdBefore', $1::text)
           FROM erased`,
          [cutoff],
        ),
      );
      total += result.rowCount;
      if (result.rowCount < ERASE_BATCH) return total;
    }
  }

  async function insertRefund(refund: Refund, audit: AuditInput): Promise<Refund> {
    const paymentId = requireUuid(refund?.paymentId, "paymentId");
    const values = [
      requireUuid(refund.id, "id"),
      paymentId,
      requireCents(refund.amount, "amount", 1),
      requireRefundState(refund.state),
      requireText(refund.reason, "reason", 1000),
      refund.providerRefundId === null ? null : requireText(refund.providerRefundId, "providerRefundId", 255),
      requireDate(refund.createdAt, "createdAt").toISOString(),
      requireDate(refund.updatedAt, "updatedAt").toISOString(),
    ];
    const a = checkAudit(audit);
    return mapErrors(
      client.transaction(async (tx) => {
        // Locking the payment row serialises refunds of one payment, so two concurrent requests
        // cannot together refund more than was paid.
        const locked = await tx.query<{ amount: unknown; confirmed_amount: unknown }>(
          `SELECT amount, confirmed_amount FROM ${s}.payments WHERE id = $1 FOR UPDATE`,
          [paymentId],
        );
        const payment = locked.rows[0];
        if (!payment)
          throw new PaymentError("not_found", "The payment to refund does not exist.", { field: "paymentId" });
        const paid =
          payment.confirmed_amount === null
            ? toSafeInteger(payment.amount, "amount")
            : toSafeInteger(payment.confirmed_amount, "confirmed_amount");
        const open = await tx.query<{ total: unknown }>(
          `SELECT COALESCE(SUM(amount), 0) AS total FROM ${s}.refunds WHERE payment_id = $1 AND state <> 'failed'`,
          [paymentId],
        );
        const alreadyRefunded = toSafeInteger(open.rows[0]?.total ?? 0, "refunds total");
        if (alreadyRefunded + refund.amount > paid) {
          throw new PaymentError(
            "refund_exceeds_payment",
            `A refund of ${refund.amount} cents exceeds what is left of the payment (${paid - alreadyRefunded} cents).`,
            { field: "amount", details: { paymentId, paid, alreadyRefunded, requested: refund.amount } },
          );
        }
        const inserted = await tx.query<RefundRow>(
          `INSERT INTO ${s}.refunds (id, payment_id, amount, state, reason, provider_refund_id, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8::timestamptz) RETURNING ${REFUND_COLUMNS}`,
          values,
        );
        await insertAudit(tx, paymentId, a);
        return toRefund(inserted.rows[0] as RefundRow);
      }),
    );
  }

  async function updateRefund(
    id: string,
    state: RefundState,
    providerRefundId: string | null,
  ): Promise<Refund | undefined> {
    const newState = requireRefundState(state);
    const providerId = providerRefundId === null ? null : requireText(providerRefundId, "providerRefundId", 255);
    if (!isUuid(id)) return undefined;
    return mapErrors(
      client.transaction(async (tx) => {
        // A refund leaves `requested` once; setting the state it already has is a harmless repeat.
        const updated = await tx.query<RefundRow>(
          `UPDATE ${s}.refunds SET state = $2, provider_refund_id = COALESCE($3::text, provider_refund_id),
             updated_at = clock_timestamp()
           WHERE id = $1 AND (state = 'requested' OR state = $2)
           RETURNING ${REFUND_COLUMNS}`,
          [id, newState, providerId],
        );
        const row = updated.rows[0];
        if (row) return toRefund(row);
        const current = await tx.query<{ state: string }>(`SELECT state FROM ${s}.refunds WHERE id = $1`, [id]);
        const existing = current.rows[0];
        if (!existing) return undefined;
        throw new PaymentError(
          "illegal_transition",
          `Refund ${id} cannot go from "${existing.state}" to "${newState}".`,
          {
            field: "state",
            details: { refundId: id, from: existing.state, to: newState },
          },
        );
      }),
    );
  }

  return {
    insertPayment,
    getPayment: (id) => mapErrors(selectPayment(client, id)),
    findByReturnTokenHash: (hash) =>
      typeof hash === "string" && hash.length === 64
        ? mapErrors(findOne("return_token_hash = $1", [hash]))
        : Promise.resolve(undefined),
    findByProviderPaymentId: (providerId, providerPaymentId) =>
      typeof providerId === "string" && typeof providerPaymentId === "string"
        ? mapErrors(findOne("provider_id = $1 AND provider_payment_id = $2", [providerId, providerPaymentId]))
        : Promise.resolve(undefined),
    async findByKassenzeichen(kassenzeichen) {
      if (typeof kassenzeichen !== "string" || kassenzeichen.length === 0 || kassenzeichen.length > 64) return [];
      return mapErrors(listPayments("kassenzeichen = $1", [kassenzeichen], 100));
    },
    updatePayment,
    async appendAudit(paymentId, audit) {
      const a = checkAudit(audit);
      if (!isUuid(paymentId)) {
        throw new PaymentError("not_found", "The payment referred to does not exist.", { field: "paymentId" });
      }
      await mapErrors(insertAudit(client, paymentId, a));
    },
    async listAudit(paymentId): Promise<AuditEntry[]> {
      if (!isUuid(paymentId)) return [];
      const result = await mapErrors(
        client.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM ${s}.audit_log WHERE payment_id = $1 ORDER BY id`, [
          paymentId,
        ]),
      );
      return result.rows.map(toAuditEntry);
    },
    async listByState(states, limit) {
      return mapErrors(listPayments("state = ANY ($1::text[])", [requireStates(states)], requireLimit(limit)));
    },
    async listExpiredSince(since, limit) {
      return mapErrors(
        listPayments(
          "state = 'expired' AND expires_at >= $1::timestamptz",
          [requireDate(since, "since").toISOString()],
          requireLimit(limit),
          "expires_at DESC, id",
        ),
      );
    },
    async listFlagged(flags, limit) {
      return mapErrors(listPayments("flags && $1::text[]", [requireFlags(flags)], requireLimit(limit)));
    },
    async rememberNotification(providerId, messageId, receivedAt) {
      const result = await mapErrors(
        client.query(
          `INSERT INTO ${s}.seen_notifications (provider_id, message_id, received_at) VALUES ($1, $2, $3::timestamptz)
           ON CONFLICT (provider_id, message_id) DO NOTHING RETURNING 1 AS inserted`,
          [
            requireText(providerId, "providerId", 200),
            requireText(messageId, "messageId", 255),
            requireDate(receivedAt, "receivedAt").toISOString(),
          ],
        ),
      );
      return result.rowCount === 1;
    },
    async pruneNotifications(olderThan) {
      const result = await mapErrors(
        client.query(`DELETE FROM ${s}.seen_notifications WHERE received_at < $1::timestamptz`, [
          requireDate(olderThan, "olderThan").toISOString(),
        ]),
      );
      return result.rowCount;
    },
    insertRefund,
    updateRefund,
    async listRefunds(paymentId) {
      if (!isUuid(paymentId)) return [];
      const result = await mapErrors(
        client.query<RefundRow>(
          `SELECT ${REFUND_COLUMNS} FROM ${s}.refunds WHERE payment_id = $1 ORDER BY created_at, id`,
          [paymentId],
        ),
      );
      return result.rows.map(toRefund);
    },
    erasePersonalData,
    close: () => client.close(),
  };
}

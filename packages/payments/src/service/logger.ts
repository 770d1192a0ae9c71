/**
 * The structured logger the payment service writes to. It only ever receives facts we build ourselves
 * (payment ids, provider ids, states, error codes, counts), never a payer's name, e-mail or IBAN and never
 * a provider's free-text error message (which could echo personal data back).
 */
export type LogValue = string | number | boolean | null;
export type LogFields = Readonly<Record<string, LogValue>>;

export interface PaymentLogger {
  info(event: string, fields: LogFields): void;
  warn(event: string, fields: LogFields): void;
  error(event: string, fields: LogFields): void;
}

export const silentLogger: PaymentLogger = {
  info() {},
  warn() {},
  error() {},
};

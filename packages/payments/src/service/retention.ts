/**
 * Retention: personal data of the payer (name, e-mail, IBAN) is deleted after a configurable time; the
 * booking record (amounts, line items, references, audit log) stays, as Kassen- and Haushaltsrecht require.
 */
import type { ResolvedOptions } from "./options.js";
import { invalid } from "./validate-input.js";

export interface EraseOptions {
  /** Payments created more than this many days ago lose their payer data. */
  olderThanDays: number;
}

const DAY = 24 * 60 * 60 * 1000;

export async function erasePersonalData(options: ResolvedOptions, erase: EraseOptions): Promise<{ erased: number }> {
  const days = erase?.olderThanDays;
  if (typeof days !== "number" || !Number.isSafeInteger(days) || days < 0 || days > 36_500) {
    throw invalid("olderThanDays", "olderThanDays must be a whole number of days from 0 to 36500.");
  }
  const before = new Date(options.now().getTime() - days * DAY);
  const erased = await options.store.erasePersonalData(before);
  options.logger.info("payment.personal_data_erased", { erased, olderThanDays: days });
  return { erased };
}

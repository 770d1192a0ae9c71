/** Bank transfer with Kassenzeichen: layout and check digits, GiroCode (EPC QR), CAMT.053 import and matching. */
export {
  type BankStatement,
  type BankStatementDocument,
  type BankStatementEntry,
  DEFAULT_MAX_STATEMENT_BYTES,
  type EntryStatus,
  type ParseCamt053Options,
  parseCamt053,
  statementEntries,
} from "./camt053.js";
export { CHECK_DIGIT_SCHEMES, type CheckDigitScheme } from "./check-digits.js";
export {
  createCreditorReference,
  isValidCreditorReference,
  referenceOfCreditorReference,
} from "./creditor-reference.js";
export {
  buildEpcQrPayload,
  EPC_MAX_AMOUNT_CENTS,
  EPC_MAX_PAYLOAD_BYTES,
  EPC_MIN_AMOUNT_CENTS,
  type EpcQrData,
  type EpcQrInput,
  type EpcRemittance,
  parseEpcQrPayload,
} from "./epc-payload.js";
export {
  EPC_MAX_QR_VERSION,
  type EpcQrMatrix,
  type EpcQrPngOptions,
  type EpcQrSvgOptions,
  epcQrMatrix,
  epcQrPng,
  epcQrSvg,
} from "./epc-qr.js";
export {
  createKassenzeichenGenerator,
  type KassenzeichenConfig,
  type KassenzeichenGenerator,
  type KassenzeichenGeneratorOptions,
  type KassenzeichenIssueCode,
  type KassenzeichenPart,
  type KassenzeichenValidateOptions,
  MAX_KASSENZEICHEN_LENGTH,
} from "./kassenzeichen.js";
export {
  type BankStatementMatch,
  type BankStatementMatchResult,
  type IgnoredEntry,
  type IgnoredReason,
  type MatchBankStatementOptions,
  type MatchCandidatePayment,
  matchBankStatement,
  type UnmatchedEntry,
  type UnmatchedReason,
} from "./match.js";
export {
  type BankTransferBeneficiary,
  type BankTransferDetails,
  type BankTransferProvider,
  type BankTransferProviderConfig,
  createBankTransferProvider,
} from "./provider.js";

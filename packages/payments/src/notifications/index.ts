export {
  encodeNotificationPayload,
  MAX_NOTIFICATION_BODY_BYTES,
  type NotificationPayload,
  notificationPayloadSchema,
  parseNotificationPayload,
  type VerifiedNotificationDetails,
  type VerifyNotificationOptions,
  verifySignedNotification,
} from "./payload.js";
export {
  DEFAULT_TOLERANCE_SECONDS,
  MAX_SIGNATURE_HEADER_LENGTH,
  type NotificationSecret,
  type ParsedSignatureHeader,
  parseSignatureHeader,
  type RawBody,
  SIGNATURE_HEADER,
  type SignNotificationOptions,
  signNotification,
  type VerifiedSignature,
  type VerifyNotificationSignatureOptions,
  verifyNotificationSignature,
} from "./signature.js";

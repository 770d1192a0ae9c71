/**
 * XBezahldienste (FITKO standard, API v1.0.0) adapter and its fake server for tests.
 * Not yet verified against a live platform; see `provider.ts`.
 */
export { centsToEuroNumber, euroNumberToCents, MAX_GROS_AMOUNT_CENTS } from "./amount.js";
export {
  DEFAULT_BOOKING_DATA_KEYS,
  type XBezahldiensteBasicAuth,
  type XBezahldiensteBookingDataKeys,
  type XBezahldiensteConfig,
  type XBezahldiensteOAuth2Auth,
} from "./config.js";
export {
  FAKE_API_BASE_PATH,
  type FakeXBezahldiensteAuth,
  type FakeXBezahldiensteFault,
  type FakeXBezahldiensteServer,
  type FakeXBezahldiensteServerOptions,
  type FakeXBezahldiensteTransaction,
  startFakeXBezahldiensteServer,
} from "./fake/server.js";
export {
  createXBezahldiensteProvider,
  type XBezahldiensteProvider,
  type XBezahldiensteProviderOptions,
} from "./provider.js";
export { PURPOSE_MAX_LENGTH, sanitisePurpose } from "./purpose.js";
export {
  XBEZAHLDIENSTE_FUNCTIONAL_CODES,
  XBEZAHLDIENSTE_STATUSES,
  type XBezahldiensteFunctionalCode,
  type XBezahldiensteStatus,
} from "./wire.js";

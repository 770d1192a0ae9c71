// Test doubles for cities' own tests: a fake XBezahldienste platform written from the published standard.
export {
  FAKE_API_BASE_PATH,
  type FakeXBezahldiensteAuth,
  type FakeXBezahldiensteFault,
  type FakeXBezahldiensteServer,
  type FakeXBezahldiensteServerOptions,
  type FakeXBezahldiensteTransaction,
  startFakeXBezahldiensteServer,
} from "./providers/xbezahldienste/index.js";

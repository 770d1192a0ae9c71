// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentError } from "../../core/errors.js";
import { DEFAULT_BOOKING_DATA_KEYS, resolveXBezahldiensteConfig, type XBezahldiensteConfig } from "./config.js";

const valid: XBezahldiensteConfig = {
  id: "xbezahldienste-giessen",
  baseUrl: "https://epay-qs.example.de/xbezahldienste/api/v1.0.0/",
  originatorId: "bewohnerparken",
  endPointId: "06531005",
  auth: { type: "basic", username: "giessen", password: "s3cret-Passw0rd" },
  timeoutMs: 10_000,
};

function configError(config: unknown): PaymentError {
  try {
    resolveXBezahldiensteConfig(config);
  } catch (error) {
    if (isPaymentError(error, "configuration_error")) return error;
    throw error;
  }
  throw new Error("expected a configuration_error");
}

describe("resolveXBezahldiensteConfig", () => {
  it("accepts a valid configuration, strips trailing slashes and fills default booking data keys", () => {
    const resolved = resolveXBezahldiensteConfig(valid);
    expect(resolved.baseUrl).toBe("https://epay-qs.example.de/xbezahldienste/api/v1.0.0");
    expect(resolved.bookingDataKeys).toEqual(DEFAULT_BOOKING_DATA_KEYS);
  });

  it("accepts OAuth2 and custom booking data keys", () => {
    const resolved = resolveXBezahldiensteConfig({
      ...valid,
      auth: {
        type: "oauth2",
        tokenUrl: "https://payment-test.example.de/oauth/token/",
        clientId: "client",
        clientSecret: "secret",
        scope: "payment",
      },
      bookingDataKeys: { haushaltsstelle: "HHST" },
    });
    expect(resolved.bookingDataKeys).toEqual({ ...DEFAULT_BOOKING_DATA_KEYS, haushaltsstelle: "HHST" });
    expect(resolved.auth.type).toBe("oauth2");
  });

  it.each(["http://127.0.0.1:8080/api", "http://localhost/api"])("allows plain http for %s", (baseUrl) => {
    expect(resolveXBezahldiensteConfig({ ...valid, baseUrl }).baseUrl).toBe(baseUrl);
  });

  it.each([
    ["baseUrl", { ...valid, baseUrl: "http://epay.example.de/api" }],
    ["baseUrl", { ...valid, baseUrl: "https://user:pw@epay.example.de/api" }],
    ["baseUrl", { ...valid, baseUrl: "https://epay.example.de/api?x=1" }],
    ["baseUrl", { ...valid, baseUrl: "not a url" }],
    ["originatorId", { ...valid, originatorId: "a".repeat(37) }],
    ["originatorId", { ...valid, originatorId: "form/1" }],
    ["endPointId", { ...valid, endPointId: "0653 1005" }],
    ["endPointId", { ...valid, endPointId: "" }],
    ["id", { ...valid, id: "" }],
    ["timeoutMs", { ...valid, timeoutMs: 0 }],
    ["timeoutMs", { ...valid, timeoutMs: 1.5 }],
    ["auth.username", { ...valid, auth: { type: "basic", username: "a:b", password: "x" } }],
    ["auth.password", { ...valid, auth: { type: "basic", username: "a", password: "" } }],
    [
      "auth.tokenUrl",
      { ...valid, auth: { type: "oauth2", tokenUrl: "http://idp.example.de/token", clientId: "c", clientSecret: "s" } },
    ],
    [
      "auth.clientSecret",
      { ...valid, auth: { type: "oauth2", tokenUrl: "https://idp.example.de/token", clientId: "c" } },
    ],
    ["auth.endpointId", { ...valid, auth: { ...valid.auth, endpointId: "typo" } }],
    ["endpointId", { ...valid, endpointId: "typo" }],
    ["bookingDataKeys.objektnummer", { ...valid, bookingDataKeys: { objektnummer: "with space" } }],
    ["bookingDataKeys", { ...valid, bookingDataKeys: { objektnummer: "haushaltsstelle" } }],
  ])("names %s when it is wrong", (field, config) => {
    const error = configError(config);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field.split(".").at(-1));
  });

  it("names auth.type when the auth kind is unknown or missing", () => {
    expect(configError({ ...valid, auth: { type: "mtls" } }).message).toMatch(/auth\.type/);
    expect(configError({ ...valid, auth: undefined }).message).toMatch(/auth/);
  });

  it("never repeats a secret in its message", () => {
    const error = configError({
      ...valid,
      auth: { type: "oauth2", tokenUrl: "http://idp.example.de/token", clientId: "c", clientSecret: "TOPSECRET-42" },
    });
    expect(JSON.stringify({ message: error.message, details: error.details, field: error.field })).not.toContain(
      "TOPSECRET",
    );
    const passwordError = configError({ ...valid, auth: { type: "basic", username: "a:b", password: "TOPSECRET-42" } });
    expect(passwordError.message).not.toContain("TOPSECRET");
  });

  it("refuses something that is not an object", () => {
    expect(configError(null).code).toBe("configuration_error");
    expect(configError("https://epay.example.de").code).toBe("configuration_error");
  });
});

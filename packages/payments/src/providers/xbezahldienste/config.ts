/**
 * Per-city configuration of the XBezahldienste adapter, checked once when the provider is created. A bad
 * configuration is a `PaymentError` `configuration_error` whose `field` names the setting (e.g.
 * `auth.tokenUrl`); messages never repeat a configured value, so secrets cannot leak through them.
 */
import { z } from "zod";
import { PaymentError } from "../../core/errors.js";

/** HTTP Basic, as epay21 (ekom21) uses it. */
export interface XBezahldiensteBasicAuth {
  type: "basic";
  username: string;
  password: string;
}

/** OAuth2 client credentials (RFC 6749 § 4.4), as pmPayment/govconnect use it. */
export interface XBezahldiensteOAuth2Auth {
  type: "oauth2";
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
  /** How the client authenticates at the token endpoint (default `client_secret_basic`, RFC 6749 § 2.3.1). */
  clientAuthentication?: "client_secret_basic" | "client_secret_post";
}

/**
 * Which `bookingData` key carries which booking field of a line item. XBezahldienste has no dedicated
 * fields for Haushaltsstelle, Objektnummer or Buchungstext; the keys are agreed with each platform operator.
 */
export interface XBezahldiensteBookingDataKeys {
  haushaltsstelle: string;
  objektnummer: string;
  buchungstext: string;
}

/**
 * Placeholder keys until agreed with the provider (the keys epay21 expects are not public; ask ekom21).
 * A city overrides them with `bookingDataKeys`.
 */
export const DEFAULT_BOOKING_DATA_KEYS: Readonly<XBezahldiensteBookingDataKeys> = Object.freeze({
  haushaltsstelle: "haushaltsstelle",
  objektnummer: "objektnummer",
  buchungstext: "buchungstext",
});

export interface XBezahldiensteConfig {
  /** Id of this provider configuration, stored with each payment, e.g. `xbezahldienste-giessen`. */
  id: string;
  /** API base including the version path, e.g. `https://epay-qs.ekom21.de/xbezahldienste/api/v1.0.0`. */
  baseUrl: string;
  /** Issued by the platform (often the online service or form id); ≤ 36 characters `[A-Za-z0-9_-]`. */
  originatorId: string;
  /** Issued by the platform (often the AGS or the responsible office); ≤ 36 characters `[A-Za-z0-9_-]`. */
  endPointId: string;
  auth: XBezahldiensteBasicAuth | XBezahldiensteOAuth2Auth;
  /** Upper bound for each HTTP exchange (including reading the body), in milliseconds. */
  timeoutMs: number;
  bookingDataKeys?: Partial<XBezahldiensteBookingDataKeys>;
}

/** The configuration after validation, with defaults filled in. */
export interface ResolvedXBezahldiensteConfig extends Omit<XBezahldiensteConfig, "baseUrl" | "bookingDataKeys"> {
  /** Without trailing slash. */
  baseUrl: string;
  bookingDataKeys: XBezahldiensteBookingDataKeys;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

function isAcceptableEndpointUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") return false;
  if (url.protocol === "https:") return true;
  // Plain HTTP only for a server on this machine (the fake server in tests and development).
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
}

const endpointUrl = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .max(2000, { error: `${what} is too long` })
    .refine(isAcceptableEndpointUrl, {
      error: `${what} must be an https URL without credentials, query or fragment (http only for 127.0.0.1 or localhost)`,
    });

const requiredText = (what: string, max: number) =>
  z
    .string({ error: `${what} is required` })
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must have at most ${max} characters` });

const platformId = (what: string) =>
  requiredText(what, 36).regex(/^[\w-]+$/, { error: `${what} may contain only letters A-Z, digits, "_" and "-"` });

const bookingDataKey = (what: string) =>
  requiredText(what, 64).regex(/^[\w.-]+$/, {
    error: `${what} may contain only letters A-Z, digits, "_", "." and "-"`,
  });

const basicAuthSchema = z.strictObject({
  type: z.literal("basic"),
  // RFC 7617: a user id containing a colon cannot be sent in Basic auth.
  username: requiredText("auth.username", 256).refine((value) => !value.includes(":"), {
    error: 'auth.username must not contain ":"',
  }),
  password: requiredText("auth.password", 1024),
});

const oauth2AuthSchema = z.strictObject({
  type: z.literal("oauth2"),
  tokenUrl: endpointUrl("auth.tokenUrl"),
  clientId: requiredText("auth.clientId", 256),
  clientSecret: requiredText("auth.clientSecret", 1024),
  scope: requiredText("auth.scope", 1000).optional(),
  clientAuthentication: z
    .enum(["client_secret_basic", "client_secret_post"], {
      error: 'auth.clientAuthentication must be "client_secret_basic" or "client_secret_post"',
    })
    .optional(),
});

const configSchema = z.strictObject(
  {
    id: requiredText("id", 64).regex(/^[\w-]+$/, { error: 'id may contain only letters A-Z, digits, "_" and "-"' }),
    baseUrl: endpointUrl("baseUrl"),
    originatorId: platformId("originatorId"),
    endPointId: platformId("endPointId"),
    auth: z.discriminatedUnion("type", [basicAuthSchema, oauth2AuthSchema], {
      error: 'auth.type must be "basic" or "oauth2"',
    }),
    timeoutMs: z
      .number({ error: "timeoutMs is required" })
      .int({ error: "timeoutMs must be a whole number of milliseconds" })
      .min(1, { error: "timeoutMs must be at least 1" })
      .max(300_000, { error: "timeoutMs must be at most 300000 (5 minutes)" }),
    bookingDataKeys: z
      .strictObject({
        haushaltsstelle: bookingDataKey("bookingDataKeys.haushaltsstelle").optional(),
        objektnummer: bookingDataKey("bookingDataKeys.objektnummer").optional(),
        buchungstext: bookingDataKey("bookingDataKeys.buchungstext").optional(),
      })
      .optional(),
  },
  { error: "the configuration must be an object" },
);

/** Validates a city's configuration; throws `PaymentError` `configuration_error` naming the first bad field. */
export function resolveXBezahldiensteConfig(config: unknown): ResolvedXBezahldiensteConfig {
  const result = configSchema.safeParse(config);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.map(String) ?? [];
    if (issue?.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    const field = path.join(".") || undefined;
    const label = typeof (config as { id?: unknown } | null)?.id === "string" ? (config as { id: string }).id : "?";
    // Zod's own texts say what was expected and of which type, never the received value.
    const reason = issue?.code === "unrecognized_keys" ? `unknown setting ${issue.keys.join(", ")}` : issue?.message;
    throw new PaymentError(
      "configuration_error",
      `XBezahldienste configuration "${label.slice(0, 64)}": ${reason ?? "invalid"}${field && !reason?.includes(field) ? ` (${field})` : ""}.`,
      { ...(field ? { field } : {}), details: { providerType: "xbezahldienste" } },
    );
  }
  const { bookingDataKeys, baseUrl, ...rest } = result.data;
  const keys: XBezahldiensteBookingDataKeys = {
    ...DEFAULT_BOOKING_DATA_KEYS,
    ...(stripUndefined(bookingDataKeys ?? {}) as Partial<XBezahldiensteBookingDataKeys>),
  };
  if (new Set(Object.values(keys)).size !== 3) {
    throw new PaymentError(
      "configuration_error",
      "XBezahldienste configuration: bookingDataKeys must name three different keys.",
      { field: "bookingDataKeys", details: { providerType: "xbezahldienste" } },
    );
  }
  return {
    ...(rest as Omit<ResolvedXBezahldiensteConfig, "baseUrl" | "bookingDataKeys">),
    baseUrl: withoutTrailingSlashes(baseUrl),
    bookingDataKeys: keys,
  };
}

function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end -= 1;
  return url.slice(0, end);
}

function stripUndefined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}

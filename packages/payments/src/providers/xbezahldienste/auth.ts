/**
 * Authentication towards the platform: HTTP Basic (epay21 of ekom21) or an OAuth2 client-credentials token
 * (RFC 6749 § 4.4) that is cached until shortly before it expires and fetched again once when the API
 * answers 401. Credentials and tokens stay inside this module: never in errors, details or logs.
 */
import { z } from "zod";
import { PaymentError } from "../../core/errors.js";
import type { XBezahldiensteBasicAuth, XBezahldiensteOAuth2Auth } from "./config.js";
import { exchange, parseJson } from "./http.js";

export interface Authorizer {
  /** The `Authorization` header for the next API call. */
  authorization(): Promise<string>;
  /** Called after a 401; true when a fresh credential exists and one retry makes sense. */
  invalidate(): boolean;
}

export interface AuthorizerContext {
  providerId: string;
  timeoutMs: number;
  /** Milliseconds since the epoch; injectable so tests move time without waiting. */
  now: () => number;
}

export function createAuthorizer(
  auth: XBezahldiensteBasicAuth | XBezahldiensteOAuth2Auth,
  context: AuthorizerContext,
): Authorizer {
  return auth.type === "basic" ? basicAuthorizer(auth) : oauth2Authorizer(auth, context);
}

function basicAuthorizer(auth: XBezahldiensteBasicAuth): Authorizer {
  const header = `Basic ${Buffer.from(`${auth.username}:${auth.password}`, "utf8").toString("base64")}`;
  return {
    authorization: async () => header,
    // The same password would be rejected again.
    invalidate: () => false,
  };
}

/** When the token endpoint does not say how long a token lives; a 401 still forces a new one earlier. */
const ASSUMED_TOKEN_LIFETIME_MS = 5 * 60_000;
/** Refresh this long before expiry so a token never expires in flight (at most half its lifetime). */
const REFRESH_MARGIN_MS = 30_000;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1).max(8192),
  token_type: z.string().refine((type) => type.toLowerCase() === "bearer", { error: "token_type must be Bearer" }),
  expires_in: z.number().positive().max(31_536_000).nullish(),
});

const tokenErrorSchema = z.object({ error: z.string().max(100) });

interface CachedToken {
  header: string;
  refreshAt: number;
}

function oauth2Authorizer(auth: XBezahldiensteOAuth2Auth, context: AuthorizerContext): Authorizer {
  let cached: CachedToken | undefined;
  // Concurrent calls share one token request instead of each fetching their own.
  let inFlight: Promise<CachedToken> | undefined;

  async function fetchToken(): Promise<CachedToken> {
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (auth.scope !== undefined) form.set("scope", auth.scope);
    const headers: Record<string, string> = {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
    };
    if (auth.clientAuthentication === "client_secret_post") {
      form.set("client_id", auth.clientId);
      form.set("client_secret", auth.clientSecret);
    } else {
      // RFC 6749 § 2.3.1: id and secret are form-encoded before they are joined for Basic.
      const pair = `${encodeURIComponent(auth.clientId)}:${encodeURIComponent(auth.clientSecret)}`;
      headers.authorization = `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
    }
    const requestedAt = context.now();
    const answer = await exchange({
      method: "POST",
      url: auth.tokenUrl,
      headers,
      body: form.toString(),
      timeoutMs: context.timeoutMs,
      operation: "token",
      providerId: context.providerId,
    });
    const details = { providerId: context.providerId, operation: "token", httpStatus: answer.status };
    const body = parseJson(answer.text);
    if (answer.status >= 500) {
      throw new PaymentError(
        "provider_unavailable",
        `The OAuth2 token endpoint of ${context.providerId} failed with HTTP ${answer.status}.`,
        { details },
      );
    }
    if (answer.status !== 200) {
      const oauthError = tokenErrorSchema.safeParse(body);
      throw new PaymentError(
        "provider_rejected",
        `The OAuth2 token endpoint of ${context.providerId} refused the client credentials (HTTP ${answer.status}); check auth.clientId and auth.clientSecret.`,
        { details: { ...details, ...(oauthError.success ? { oauthError: oauthError.data.error } : {}) } },
      );
    }
    const token = tokenResponseSchema.safeParse(body);
    if (!token.success) {
      throw new PaymentError(
        "provider_malformed_response",
        `The OAuth2 token endpoint of ${context.providerId} answered without a usable bearer token.`,
        { details },
      );
    }
    const lifetime = (token.data.expires_in ?? ASSUMED_TOKEN_LIFETIME_MS / 1000) * 1000;
    return {
      header: `Bearer ${token.data.access_token}`,
      refreshAt: requestedAt + lifetime - Math.min(REFRESH_MARGIN_MS, lifetime / 2),
    };
  }

  return {
    async authorization() {
      if (cached && context.now() < cached.refreshAt) return cached.header;
      if (!inFlight) {
        inFlight = fetchToken().finally(() => {
          inFlight = undefined;
        });
      }
      cached = await inFlight;
      return cached.header;
    },
    invalidate() {
      cached = undefined;
      return true;
    },
  };
}

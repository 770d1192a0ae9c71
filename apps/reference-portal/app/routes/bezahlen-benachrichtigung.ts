import { isPaymentError } from "@digitale-kommune/payments";
import { portalPayments, SANDBOX_PROVIDER_ID } from "../payments/service.server";
import type { Route } from "./+types/bezahlen-benachrichtigung";

/**
 * Where the sandbox pushes signed notifications. The raw body is verified (never re-serialised JSON); the
 * service then confirms the status with the provider, so a notification never decides a payment alone.
 */
export async function action({ request }: Route.ActionArgs) {
  const { service } = await portalPayments();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  try {
    await service.handleNotification(SANDBOX_PROVIDER_ID, {
      headers,
      rawBody: new Uint8Array(await request.arrayBuffer()),
    });
    return new Response(null, { status: 204 });
  } catch (error) {
    // A replay was handled before: the sender must stop retrying.
    if (isPaymentError(error, "replayed_notification")) return new Response(null, { status: 200 });
    if (isPaymentError(error, "invalid_signature") || isPaymentError(error, "stale_notification")) {
      return new Response(null, { status: 400 });
    }
    if (isPaymentError(error, "not_found")) return new Response(null, { status: 404 });
    // Provider faults: the sender retries, and reconciliation catches up anyway.
    return new Response(null, { status: 503 });
  }
}

export function loader() {
  return new Response(null, { status: 405, headers: { allow: "POST" } });
}

import { isPaymentError } from "@digitale-kommune/payments";
import { PaymentStatus } from "@digitale-kommune/payments/react";
import { Heading, Link } from "@digitale-kommune/ui";
import { portalPayments } from "../payments/service.server";
import type { Route } from "./+types/bezahlen-zurueck";

export function meta(): Route.MetaDescriptors {
  // The return token is a credential for this payment's status: keep it out of search engines.
  return [{ title: "Ihre Zahlung – Bürgerportal" }, { name: "robots", content: "noindex" }];
}

/**
 * The citizen's way back from the payment page, and the page to return to after a lost redirect: the status is
 * confirmed with the provider before it is shown. Unknown or wrong tokens get a 404 without telling why.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const { service } = await portalPayments();
  try {
    const view = await service.lookupByReturnToken(params.token, { refresh: true });
    return {
      state: view.state,
      flags: view.flags,
      amount: view.amount,
      refundedAmount: view.refundedAmount,
      reference: view.reference,
    };
  } catch (error) {
    if (isPaymentError(error, "not_found") || isPaymentError(error, "invalid_input")) {
      throw new Response("Nicht gefunden", { status: 404 });
    }
    throw error;
  }
}

export default function BezahlenZurueck({ loaderData }: Route.ComponentProps) {
  return (
    <main className="portal-main">
      <Heading level={1}>Ihre Zahlung</Heading>
      <PaymentStatus
        state={loaderData.state}
        flags={loaderData.flags}
        amount={loaderData.amount}
        refundedAmount={loaderData.refundedAmount}
        reference={loaderData.reference}
        method="online"
        actionHref="/bezahlen"
      />
      <p>
        <Link href="/">Zur Startseite</Link>
      </p>
    </main>
  );
}

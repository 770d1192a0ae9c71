import { randomUUID } from "node:crypto";
import { berlinDate, isPaymentError } from "@digitale-kommune/payments";
import { PaymentSummary } from "@digitale-kommune/payments/react";
import { Alert, Button, Heading, InsetText } from "@digitale-kommune/ui";
import { data, Form, redirect } from "react-router";
import { DEMO_PAYMENT, demoFee } from "../payments/fees.server";
import { portalPayments, SANDBOX_PROVIDER_ID } from "../payments/service.server";
import type { Route } from "./+types/bezahlen";

const SUBMISSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function meta(): Route.MetaDescriptors {
  return [{ title: "Gebühr bezahlen – Bürgerportal" }];
}

/** The fee is computed here, on the server, from the catalogue; the form only carries a submission id. */
export function loader() {
  const fee = demoFee(berlinDate(new Date()));
  return { fee, submission: randomUUID() };
}

/**
 * Creates the payment (idempotent per form submission, so a double click or a resent form gives the same
 * payment) and sends the citizen to the provider's page with a plain 303 redirect, which works without JavaScript.
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const submission = form.get("submission");
  if (typeof submission !== "string" || !SUBMISSION_ID.test(submission)) {
    return data({ error: "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu." }, { status: 400 });
  }
  const fee = demoFee(berlinDate(new Date()));
  const { service } = await portalPayments();
  try {
    const { payment, returnToken } = await service.createPayment({
      cityId: DEMO_PAYMENT.cityId,
      serviceId: DEMO_PAYMENT.serviceId,
      providerId: SANDBOX_PROVIDER_ID,
      lineItems: fee.lineItems,
      explanation: fee.explanation,
      feeTableVersion: fee.feeTableVersion,
      idempotencyKey: `portal-${submission}`,
    });
    const { redirectUrl } = await service.startPayment(payment.id, { locale: "de" });
    return redirect(redirectUrl ?? `/bezahlen/zurueck/${returnToken}`, 303);
  } catch (error) {
    if (isPaymentError(error) && error.code.startsWith("provider_")) {
      return data(
        { error: "Der Bezahldienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut." },
        { status: 503 },
      );
    }
    throw error;
  }
}

export default function Bezahlen({ loaderData, actionData }: Route.ComponentProps) {
  const { fee, submission } = loaderData;
  return (
    <main className="portal-main">
      {actionData?.error ? <Alert variant="error" title={actionData.error} /> : null}
      <Heading level={1}>Führungszeugnis: Gebühr bezahlen</Heading>
      <PaymentSummary lineItems={fee.lineItems} total={fee.total} explanation={fee.explanation} />
      <InsetText>
        Dieses Referenzportal bezahlt über die Sandbox: Es wird kein echtes Geld bewegt. Jede Stadt bindet hier ihren
        eigenen Bezahldienst an.
      </InsetText>
      <Form method="post" reloadDocument>
        <input type="hidden" name="submission" value={submission} />
        <Button type="submit">Weiter zur Zahlung</Button>
      </Form>
    </main>
  );
}

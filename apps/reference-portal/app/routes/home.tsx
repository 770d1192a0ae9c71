import { Button, ErrorSummary, Heading, NotificationBanner, TextField } from "@digitale-kommune/ui";
import { errorFor, errorSummaryItems, fieldErrors } from "@digitale-kommune/ui/forms";
import { postleitzahl, type ValidationIssue } from "@digitale-kommune/validators";
import { data, Form } from "react-router";
import type { Route } from "./+types/home";

export function meta(): Route.MetaDescriptors {
  return [
    { title: "Bürgerportal – Digitale Kommune@Hessen" },
    {
      name: "description",
      content: "Referenzportal der Städte Fulda, Gießen, Limburg, Marburg, Offenbach und Wetzlar.",
    },
  ];
}

export type PostleitzahlCheck = { ok: true; plz: string } | { ok: false; input: string; issues: ValidationIssue[] };

/** Checks the posted Postleitzahl on the server, so the form works the same with and without JavaScript. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const submitted = formData.get("plz");
  const input = typeof submitted === "string" ? submitted : "";
  const result = postleitzahl.validate(input, { path: ["plz"] });
  if (!result.ok) {
    return data<PostleitzahlCheck>({ ok: false, input, issues: result.issues }, { status: 400 });
  }
  return data<PostleitzahlCheck>({ ok: true, plz: postleitzahl.format(result.value) });
}

export default function Home({ actionData }: Route.ComponentProps) {
  const issues = actionData && !actionData.ok ? actionData.issues : [];
  const errors = fieldErrors(issues);

  return (
    <main className="portal-main">
      {actionData?.ok ? (
        <NotificationBanner type="success" heading={`Die Postleitzahl ${actionData.plz} ist gültig.`} focusOnMount />
      ) : null}
      <ErrorSummary errors={errorSummaryItems(issues)} />
      <Heading level={1}>Bürgerportal</Heading>
      <p>
        Das Referenzportal von Digitale Kommune@Hessen: Fulda, Gießen, Limburg, Marburg, Offenbach und Wetzlar
        entwickeln ihre Online-Dienste gemeinsam. Jede Stadt übernimmt dieses Portal und richtet es für sich ein.
      </p>

      <Heading level={2}>Postleitzahl prüfen</Heading>
      <Form method="post" noValidate>
        <TextField
          id="plz"
          name="plz"
          label="Postleitzahl"
          hint="5 Ziffern, zum Beispiel 35390"
          width="5"
          inputMode="numeric"
          autoComplete="postal-code"
          spellCheck={false}
          defaultValue={actionData && !actionData.ok ? actionData.input : ""}
          error={errorFor(errors, "plz")}
        />
        <Button>Prüfen</Button>
      </Form>
    </main>
  );
}

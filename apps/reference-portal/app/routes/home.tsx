import { Button } from "@digitale-kommune/ui";
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
  const error = actionData && !actionData.ok ? actionData.issues[0] : undefined;
  const describedBy = ["plz-hint", error ? "plz-error" : undefined].filter(Boolean).join(" ");

  return (
    <main className="portal-main">
      <h1>Bürgerportal</h1>
      <p>
        Das Referenzportal von Digitale Kommune@Hessen: Fulda, Gießen, Limburg, Marburg, Offenbach und Wetzlar
        entwickeln ihre Online-Dienste gemeinsam. Jede Stadt übernimmt dieses Portal und richtet es für sich ein.
      </p>

      <h2>Postleitzahl prüfen</h2>
      <Form method="post" noValidate>
        <div className="portal-field">
          <label htmlFor="plz">Postleitzahl</label>
          <span id="plz-hint" className="portal-hint">
            5 Ziffern, zum Beispiel 35390
          </span>
          {error ? (
            <span id="plz-error" className="portal-error">
              <span className="portal-visually-hidden">Fehler: </span>
              {error.message}
            </span>
          ) : null}
          <input
            id="plz"
            name="plz"
            type="text"
            inputMode="numeric"
            autoComplete="postal-code"
            spellCheck={false}
            defaultValue={actionData && !actionData.ok ? actionData.input : ""}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <Button>Prüfen</Button>
      </Form>

      {actionData?.ok ? (
        <p className="portal-result" role="status">
          Die Postleitzahl {actionData.plz} ist gültig.
        </p>
      ) : null}
    </main>
  );
}

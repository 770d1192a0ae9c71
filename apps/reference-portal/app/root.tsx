import paymentStyles from "@digitale-kommune/payments/styles/payments.css?url";
import uiStyles from "@digitale-kommune/ui/styles.css?url";
import type { ReactNode } from "react";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import type { Route } from "./+types/root";
import portalStyles from "./portal.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: uiStyles },
  { rel: "stylesheet", href: paymentStyles },
  { rel: "stylesheet", href: portalStyles },
];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="de" className="dk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="portal-main">
      <h1>{notFound ? "Seite nicht gefunden" : "Ein Fehler ist aufgetreten"}</h1>
      <p>
        {notFound
          ? "Die aufgerufene Seite gibt es nicht. Bitte prüfen Sie die Adresse."
          : "Bitte versuchen Sie es später noch einmal."}
      </p>
      <p>
        <a href="/">Zur Startseite</a>
      </p>
    </main>
  );
}

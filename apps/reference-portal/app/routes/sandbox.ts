import { portalPayments } from "../payments/service.server";
import type { Route } from "./+types/sandbox";

async function handle(request: Request): Promise<Response> {
  const { sandbox } = await portalPayments();
  const response = await sandbox(request);
  if (!response) throw new Response("Nicht gefunden", { status: 404 });
  return response;
}

export async function loader({ request }: Route.LoaderArgs) {
  return handle(request);
}

export async function action({ request }: Route.ActionArgs) {
  return handle(request);
}

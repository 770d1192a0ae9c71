/**
 * Where the portal's payments live and which secrets they use. Everything has an embedded default so
 * `pnpm start` works on a fresh machine: PGlite in `.data/payments`, the sandbox platform mounted at
 * `/sandbox`, and development secrets generated once into `.data/secrets.json` (never in the repository).
 * A city sets the environment instead: DATABASE_URL, PORTAL_ORIGIN, PAYMENT_RETURN_SECRET,
 * DK_SANDBOX_API_KEY, DK_SANDBOX_NOTIFICATION_SECRET.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface PaymentSettings {
  /** Absolute origin of this portal, for return URLs and the sandbox's notifications. */
  origin: string;
  databaseUrl: string | undefined;
  dataDir: string;
  returnTokenSecret: string;
  sandboxApiKey: string;
  sandboxNotificationSecret: string;
}

interface DevelopmentSecrets {
  returnTokenSecret: string;
  sandboxApiKey: string;
  sandboxNotificationSecret: string;
}

function developmentSecrets(dataRoot: string): DevelopmentSecrets {
  const file = join(dataRoot, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as DevelopmentSecrets;
  const secrets: DevelopmentSecrets = {
    returnTokenSecret: randomBytes(32).toString("base64url"),
    sandboxApiKey: randomBytes(24).toString("base64url"),
    sandboxNotificationSecret: randomBytes(32).toString("base64url"),
  };
  mkdirSync(dataRoot, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}

export function paymentSettings(env: NodeJS.ProcessEnv = process.env): PaymentSettings {
  const dataRoot = resolve(env.PORTAL_DATA_DIR ?? ".data");
  const secrets = developmentSecrets(dataRoot);
  const port = env.PORT ?? "3000";
  return {
    origin: (env.PORTAL_ORIGIN ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ""),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: join(dataRoot, "payments"),
    returnTokenSecret: env.PAYMENT_RETURN_SECRET ?? secrets.returnTokenSecret,
    sandboxApiKey: env.DK_SANDBOX_API_KEY ?? secrets.sandboxApiKey,
    sandboxNotificationSecret: env.DK_SANDBOX_NOTIFICATION_SECRET ?? secrets.sandboxNotificationSecret,
  };
}

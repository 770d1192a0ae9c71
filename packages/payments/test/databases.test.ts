// @vitest-environment node
import { describe, expect, it } from "vitest";
import { postgresSetup, sharedPglite, testStores } from "./databases.js";

const backends = testStores();

describe("test databases helper", () => {
  it("uses PostgreSQL only when DK_TEST_DATABASE_URL is set, and demands it under CI", () => {
    expect(postgresSetup({})).toBeUndefined();
    expect(postgresSetup({ CI: "false" })).toBeUndefined();
    expect(postgresSetup({ DK_TEST_DATABASE_URL: "postgres://u@h:1/d" })).toEqual({ url: "postgres://u@h:1/d" });
    const missing = postgresSetup({ CI: "true" });
    expect(missing && "missing" in missing ? missing.missing : "").toMatch(
      /DK_TEST_DATABASE_URL is not set but CI=true/,
    );
    expect(postgresSetup({ CI: "true", DK_TEST_DATABASE_URL: "  " })).toHaveProperty("missing");
  });

  it("lists PGlite always, and PostgreSQL exactly when the environment asks for it", () => {
    expect(backends.map((backend) => backend.name)).toEqual(postgresSetup() ? ["pglite", "postgresql"] : ["pglite"]);
  });

  it("starts PGlite once per worker process however many stores are handed out", { timeout: 60_000 }, async () => {
    const pglite = backends[0];
    if (!pglite) throw new Error("no PGlite backend");
    const stores = [
      await pglite.freshStore(),
      await pglite.freshStore(),
      await pglite.freshStore(),
      await pglite.freshStore(),
    ];
    expect(new Set(stores.map((store) => store.schema)).size).toBe(4);
    expect(sharedPglite().stats.starts).toBe(1);
    expect(await sharedPglite().instance).toBe(await sharedPglite().instance);
    // Closing a store must not close the shared instance the others use.
    await stores[0]?.store.close();
    expect(await stores[1]?.store.getPayment("00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { action } from "./home";

async function submit(plz: string | null) {
  const body = new URLSearchParams();
  if (plz !== null) body.set("plz", plz);
  const request = new Request("http://portal.test/?index", { method: "POST", body });
  const result = await action({ request, params: {}, context: {} } as Parameters<typeof action>[0]);
  return { status: result.init?.status ?? 200, payload: result.data };
}

describe("home action: Postleitzahl check", () => {
  it("accepts a valid Postleitzahl and returns it normalised", async () => {
    expect(await submit(" 35390 ")).toEqual({ status: 200, payload: { ok: true, plz: "35390" } });
  });

  it("answers 400 with the issue on the plz field and keeps the input for the form", async () => {
    expect(await submit("4312")).toEqual({
      status: 400,
      payload: {
        ok: false,
        input: "4312",
        issues: [{ path: ["plz"], code: "too_short", message: expect.stringContaining("zu kurz") }],
      },
    });
  });

  it("treats a missing field as empty", async () => {
    expect(await submit(null)).toMatchObject({ status: 400, payload: { issues: [{ code: "empty" }] } });
  });
});

import { describe, expect, it } from "vitest";
import { createIssue, fillPlaceholders } from "./issues.js";

const catalog = {
  de: { too_young: "Sie müssen mindestens {minAge} Jahre alt sein." },
  en: { too_young: "You must be at least {minAge} years old." },
};

describe("createIssue", () => {
  it("fills placeholders in the chosen language and joins the caller's path with the field's", () => {
    expect(createIssue("too_young", catalog, { locale: "en", path: ["child"] }, { minAge: 18 }, ["birthDate"])).toEqual(
      { path: ["child", "birthDate"], code: "too_young", message: "You must be at least 18 years old." },
    );
  });

  it("fills placeholders in an app's overriding message too", () => {
    const issue = createIssue(
      "too_young",
      catalog,
      { messages: { too_young: "Mindestalter: {minAge}." } },
      { minAge: 16 },
    );
    expect(issue.message).toBe("Mindestalter: 16.");
  });
});

describe("fillPlaceholders", () => {
  it("leaves unknown placeholders and unbalanced braces as written", () => {
    expect(fillPlaceholders("{a} und {b} und {", { a: 1 })).toBe("1 und {b} und {");
    expect(fillPlaceholders("ohne Platzhalter", { a: 1 })).toBe("ohne Platzhalter");
  });
});

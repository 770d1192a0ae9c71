import validator from "validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lowerAscii } from "../core/normalize.js";
import { issuesFromZodError } from "../core/zod.js";
import { email, emailSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = email.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("email: the WHATWG production, where it differs from RFC 5322", () => {
  it.each([".leading@example.com", "trailing.@example.com", "double..dot@example.com", ".@example.com"])(
    "accepts %j: dots may stand anywhere before the @ (RFC 5322's dot-atom forbids this)",
    (input) => {
      expect(email.isValid(input)).toBe(true);
    },
  );

  it.each([
    ['"john"@example.com', "a quoted local part"],
    ['"john..doe"@example.com', "a quoted local part with dots"],
    ["john(comment)@example.com", "a comment"],
    ["john@(comment)example.com", "a comment in the domain"],
    ["john\\@x@example.com", "an escaped character"],
    ["user@[IPv6:2001:db8::1]", "an address literal"],
  ])("rejects %j as invalid_characters (%s, allowed by RFC 5322)", (input) => {
    expect(codeOf(input)).toBe("invalid_characters");
  });

  it("accepts a single-label domain and a domain that looks like an IPv4 address, as browsers do", () => {
    expect(email.isValid("admin@localhost")).toBe(true);
    expect(email.isValid("user@127.0.0.1")).toBe(true);
  });

  it("accepts labels of 63 characters and rejects 64", () => {
    expect(email.isValid(`a@${"b".repeat(63)}.de`)).toBe(true);
    expect(codeOf(`a@${"b".repeat(64)}.de`)).toBe("invalid_domain");
  });

  it("keeps hyphens inside labels only", () => {
    expect(email.isValid("a@b--c.de")).toBe(true);
    expect(codeOf("a@-b.de")).toBe("invalid_domain");
    expect(codeOf("a@b.de-")).toBe("invalid_domain");
  });
});

describe("email lengths (RFC 5321 section 4.5.3.1)", () => {
  const local64 = "a".repeat(64);
  const domain189 = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(61)}`;

  it("accepts 254 characters and 64 before the @, rejects 255 and 65", () => {
    expect(`${local64}@${domain189}`).toHaveLength(254);
    expect(email.isValid(`${local64}@${domain189}`)).toBe(true);
    expect(codeOf(`${local64}@${domain189}a`)).toBe("too_long");
    expect(codeOf(`${"a".repeat(65)}@example.com`)).toBe("too_long");
  });

  it("counts the ASCII form that is sent: a short Unicode domain can be too long in Punycode", () => {
    const domain = `${Array.from({ length: 4 }, () => "ü".repeat(40)).join(".")}.de`;
    const input = `${local64}@${domain}`;
    expect(input.length).toBeLessThanOrEqual(254);
    expect(`${local64}@${new URL(`http://${domain}`).hostname}`.length).toBeGreaterThan(254);
    expect(codeOf(input)).toBe("too_long");
  });

  it("rejects 100,000 characters at once, before the URL parser", () => {
    expect(codeOf(`a@${"ü".repeat(100_000)}`)).toBe("too_long");
    expect(codeOf("a".repeat(100_000))).toBe("too_long");
  });
});

describe("email with internationalised domain names", () => {
  it("keeps the domain as typed and converts it with toAscii", () => {
    expect(email.validate("info@gießen.de")).toEqual({ ok: true, value: "info@gießen.de" });
    expect(email.toAscii("info@gießen.de")).toBe("info@xn--gieen-nqa.de"); // non-transitional: ß is kept
    expect(email.toAscii("Info@Gießen.DE")).toBe("Info@xn--gieen-nqa.de");
    expect(email.toAscii("post@müllheim.de")).toBe("post@xn--mllheim-n2a.de");
  });

  it("gives two spellings of one domain the same ASCII form", () => {
    expect(email.toAscii("info@xn--gieen-nqa.de")).toBe(email.toAscii("info@gießen.de"));
  });

  it("leaves an ASCII domain and an invalid input alone in toAscii", () => {
    expect(email.toAscii(" Max@Example.org ")).toBe("Max@example.org");
    expect(email.toAscii("bürger@gießen.de")).toBe("bürger@gießen.de");
  });

  it("lower-cases ASCII letters only; UTS #46 folds the others in the ASCII form", () => {
    expect(email.validate("info@GÜSTROW.DE")).toEqual({ ok: true, value: "info@gÜstrow.de" });
    expect(email.toAscii("info@GÜSTROW.DE")).toBe(email.toAscii("info@güstrow.de"));
  });

  it("accepts a decomposed umlaut (combining diaeresis), as macOS may send it", () => {
    expect(email.toAscii("info@gu\u0308strow.de")).toBe(email.toAscii("info@güstrow.de"));
  });

  it.each([
    ["info@\uff47\uff49\uff45\uff53\uff53\uff45\uff4e.de", "fullwidth letters"],
    ["info@giessen\uff0ede", "fullwidth full stop"],
    ["info@giessen\uff61de", "halfwidth ideographic full stop"],
    ["info@\u212a\u00f6ln.de", "Kelvin sign for K"],
    ["info@\ud835\udc20iessen.de", "mathematical bold g"],
    ["info@\ufb01nanzamt.de", "the ligature fi"],
    ["info@gie\u200dssen.de", "zero width joiner"],
    ["info@gie\u00adssen.de", "soft hyphen"],
    ["info@gie\ufe0fssen.de", "variation selector"],
    ["info@\u24d6iessen.de", "circled letter"],
    ["info@\u1e9eee.de", "capital sharp s, mapped to ss"],
  ])("rejects %j as invalid_characters (%s: UTS #46 would fold or drop it)", (input) => {
    expect(codeOf(input)).toBe("invalid_characters");
  });

  it("keeps the URL parser away from its own syntax", () => {
    expect(codeOf("info@gießen.de/pfad")).toBe("invalid_domain");
    expect(codeOf("info@gießen.de%2e")).toBe("invalid_domain");
    expect(codeOf("info@gießen.de?x")).toBe("invalid_domain");
    expect(codeOf("info@gießen.de:25")).toBe("invalid_characters"); // ":" is allowed nowhere
  });

  it("rejects what the URL parser rejects", () => {
    expect(codeOf("info@xn--ü.de")).toBe("invalid_domain");
    expect(codeOf("info@gießen.0x1")).toBe("invalid_domain");
  });

  it("does not detect look-alike letters in a domain: a Cyrillic і is a valid IDN (documented limit)", () => {
    expect(email.validate("info@g\u0456essen.de")).toEqual({ ok: true, value: "info@g\u0456essen.de" });
    expect(email.toAscii("info@g\u0456essen.de")).not.toBe("info@giessen.de");
  });
});

describe("email normalisation", () => {
  it("trims ASCII whitespace only", () => {
    expect(email.normalize("\t info@giessen.de \r\n")).toBe("info@giessen.de");
    expect(codeOf("\u00a0info@giessen.de")).toBe("invalid_characters");
    expect(codeOf("info@giessen.de\u2003")).toBe("invalid_characters");
  });

  it("keeps the case of the local part and lower-cases the domain's ASCII letters", () => {
    expect(email.validate("Max.MUSTERMANN@Stadt-Giessen.DE")).toEqual({
      ok: true,
      value: "Max.MUSTERMANN@stadt-giessen.de",
    });
    expect(email.format("Max@Stadt.DE")).toBe("Max@stadt.de");
  });

  it("lowerAscii leaves the Kelvin sign and other non-ASCII letters alone", () => {
    expect(lowerAscii("AZ az \u212a \u00c4 \u0130")).toBe("az az \u212a \u00c4 \u0130");
  });
});

describe("email messages and schema", () => {
  it("names the field in German and English", () => {
    expect(email.validate("giessen.de")).toEqual({
      ok: false,
      issues: [
        { path: [], code: "missing_at", message: "Die E-Mail-Adresse muss ein @ enthalten, z. B. name@beispiel.de." },
      ],
    });
    const english = email.validate("giessen.de", { locale: "en", path: ["kontakt", "email"] });
    expect(english).toEqual({
      ok: false,
      issues: [{ path: ["kontakt", "email"], code: "missing_at", message: email.messages.en.missing_at }],
    });
  });

  it("outputs the normalised address inside an object and reports codes with the field path", () => {
    const form = z.object({ email: emailSchema });
    expect(form.parse({ email: " Info@Gießen.DE " })).toEqual({ email: "Info@gießen.de" });
    const result = form.safeParse({ email: "info@giessen..de" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["email"], code: "invalid_domain", message: email.messages.de.invalid_domain },
      ]);
    }
  });
});

describe("peer library validator.js (isEmail defaults), where it differs", () => {
  it.each([
    [".a..b.@example.com", false, true], // validator follows RFC 5322 dot-atom, HTML does not
    ["x@localhost", false, true], // validator requires a top-level domain by default
    ['"john doe"@example.com', true, false], // validator allows quoted local parts, HTML does not
    ["bürger@gießen.de", true, false], // validator allows non-ASCII local parts (RFC 6531), HTML does not
  ])("%j: validator.isEmail %s, email.isValid %s", (input, validatorResult, ours) => {
    expect(validator.isEmail(input)).toBe(validatorResult);
    expect(email.isValid(input)).toBe(ours);
  });
});

import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { email } from "./index.js";

const ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LET_DIG = `${ASCII_LETTERS}0123456789`;
const ATEXT = `${LET_DIG}!#$%&'*+/=?^_\`{|}~-`;

const stringOf = (characters: string, minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...characters), { minLength, maxLength }).map((list) => list.join(""));

// The WHATWG production, kept short enough for 254 characters: 1*(atext / ".") "@" label *("." label).
const localPart = stringOf(`${ATEXT}.`, 1, 30);
const label = (letDig: string) =>
  fc
    .tuple(stringOf(letDig, 1, 1), fc.option(fc.tuple(stringOf(`${letDig}-`, 0, 12), stringOf(letDig, 1, 1))))
    .map(([first, rest]) => (rest ? first + rest[0] + rest[1] : first))
    .filter((value) => !value.toLowerCase().startsWith("xn--"));
// Internationalised labels use letters UTS #46 keeps (German umlauts, ß, é); the last label is letters only,
// because the URL parser reads a numeric last label as part of an IPv4 address.
const asciiDomain = fc.array(label(LET_DIG), { minLength: 1, maxLength: 4 }).map((labels) => labels.join("."));
const internationalDomain = fc
  .tuple(fc.array(label(`${LET_DIG}äöüßé`), { minLength: 1, maxLength: 3 }), stringOf(ASCII_LETTERS, 2, 6))
  .map(([labels, topLevel]) => [...labels, topLevel].join("."));
const validEmail = fc
  .tuple(localPart, fc.oneof(asciiDomain, internationalDomain), fc.constantFrom("", " ", "\t"))
  .map(([local, domain, space]) => `${space}${local}@${domain}${space}`);

const local64 = "a".repeat(64);
const domain189 = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(61)}`;

describeKindContract({
  name: "email",
  kind: email,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "buergerbuero@giessen.de", value: "buergerbuero@giessen.de" },
    { input: " Max.Mustermann@Example.ORG\t", value: "Max.Mustermann@example.org" },
    { input: "info@gießen.de", value: "info@gießen.de" },
    { input: "info@GIEßEN.DE", value: "info@gießen.de" },
    { input: "info@xn--gieen-nqa.de", value: "info@xn--gieen-nqa.de" },
    { input: "vorname.nachname+formular@stadt-marburg.de", value: "vorname.nachname+formular@stadt-marburg.de" },
    { input: "!#$%&'*+/=?^_`{|}~-@example.com", value: "!#$%&'*+/=?^_`{|}~-@example.com" },
    { input: ".a..b.@example.com", value: ".a..b.@example.com" }, // WHATWG allows dots anywhere before the @
    { input: "x@localhost", value: "x@localhost" }, // a single label is a valid domain
    { input: "a@1-2.3com", value: "a@1-2.3com" }, // labels may start with a digit
    { input: `${local64}@${domain189}`, value: `${local64}@${domain189}` }, // exactly 254 characters
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " \n ", code: "empty" },
    { input: "bürger@gießen.de", code: "invalid_characters" }, // HTML allows no umlaut before the @
    { input: '"john doe"@example.com', code: "invalid_characters" }, // no quoted local part
    { input: "john doe@example.com", code: "invalid_characters" },
    { input: "m\u0430x@example.com", code: "invalid_characters" }, // Cyrillic а (U+0430)
    { input: "\u039ftto@example.com", code: "invalid_characters" }, // Greek Ο (U+039F)
    { input: "\u0410nna@example.com", code: "invalid_characters" }, // Cyrillic А (U+0410)
    { input: "\uff49\uff4e\uff46\uff4f@giessen.de", code: "invalid_characters" }, // fullwidth local part
    { input: "info@\uff47\uff49\uff45\uff53\uff53\uff45\uff4e.de", code: "invalid_characters" }, // fullwidth domain
    { input: "info@giessen\u3002de", code: "invalid_characters" }, // ideographic full stop
    { input: "info@gie\u00adssen.de", code: "invalid_characters" }, // soft hyphen, removed by UTS #46
    { input: "info@[127.0.0.1]", code: "invalid_characters" }, // no address literals
    { input: "a\u00a0@example.com", code: "invalid_characters" }, // no-break space
    { input: `${"a".repeat(65)}@example.com`, code: "too_long" },
    { input: `${local64}@${domain189}x`, code: "too_long" }, // 255 characters
    { input: "giessen.de", code: "missing_at" },
    { input: "@giessen.de", code: "invalid_format" },
    { input: "a@b@giessen.de", code: "invalid_format" },
    { input: "info@", code: "invalid_domain" },
    { input: "info@-giessen.de", code: "invalid_domain" },
    { input: "info@giessen-.de", code: "invalid_domain" },
    { input: "info@giessen..de", code: "invalid_domain" },
    { input: "info@.giessen.de", code: "invalid_domain" },
    { input: "info@giessen.de.", code: "invalid_domain" },
    { input: "info@giessen_stadt.de", code: "invalid_domain" },
    { input: `info@${"a".repeat(64)}.de`, code: "invalid_domain" }, // a label of 64 characters
    { input: "info@gießen-.de", code: "invalid_domain" },
    { input: "info@gießen.123", code: "invalid_domain" }, // rejected by the URL parser (IPv4)
  ],
  validArbitrary: validEmail,
  adversarial: [
    "@".repeat(100_000),
    ".".repeat(100_000),
    `a@${"a.".repeat(50_000)}`,
    `a@${"ü".repeat(100_000)}`,
    `a@${"-".repeat(100_000)}`,
    `a@${"ü".repeat(252)}`,
    `a@${"\u0301".repeat(252)}`,
    `a@${"\uff47".repeat(252)}`,
    `${"a".repeat(64)}@${"ü.".repeat(94)}de`,
  ],
});

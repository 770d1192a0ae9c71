import { describe, expect, it } from "vitest";
import { stemGerman } from "./stem.js";

describe("stemGerman", () => {
  it("gives verb and noun of a service the same stem", () => {
    expect(stemGerman("anmelden")).toBe("anmeld");
    expect(stemGerman("anmeldung")).toBe("anmeld");
    expect(stemGerman("anmeldungen")).toBe("anmeld");
    expect(stemGerman("beantragt")).toBe(stemGerman("beantragen"));
  });

  it("strips plural endings", () => {
    expect(stemGerman("hunde")).toBe("hund");
    expect(stemGerman("urkunden")).toBe(stemGerman("urkunde"));
  });

  it("leaves short words and a final ss alone", () => {
    expect(stemGerman("hund")).toBe("hund");
    expect(stemGerman("ehe")).toBe("ehe");
    expect(stemGerman("reisepass")).toBe("reisepass");
  });
});

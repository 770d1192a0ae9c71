import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { germanMetadata, LIBPHONENUMBER_VERSION } from "./metadata-de.js";

const require = createRequire(import.meta.url);

describe("the German phone metadata", () => {
  it("is the installed libphonenumber-js max metadata for +49, unchanged (run the generator after an update)", () => {
    const installed = require("libphonenumber-js/package.json") as { version: string };
    const full = require("libphonenumber-js/metadata.max.json") as {
      version: number;
      countries: Record<string, unknown>;
    };
    expect(LIBPHONENUMBER_VERSION).toBe(installed.version);
    expect(germanMetadata).toEqual({
      version: full.version,
      country_calling_codes: { 49: ["DE"] },
      countries: { DE: full.countries.DE },
    });
  });
});

import { describe, expect, it } from "vitest";
import { formatIssue, formatSize } from "./report.js";

describe("formatIssue", () => {
  const issue = { source: "data/overlays/fulda.json", path: ["services", 3, "fees", 0, "amount"], code: "too_small" };

  it("names file, line, column, path, message and code", () => {
    expect(formatIssue({ ...issue, message: "Zu klein.", line: 12, column: 9 })).toBe(
      "data/overlays/fulda.json:12:9: services[3].fees[0].amount: Zu klein. (too_small)",
    );
  });

  it("leaves out what is not known", () => {
    expect(formatIssue({ ...issue, message: "Zu klein." })).toBe(
      "data/overlays/fulda.json: services[3].fees[0].amount: Zu klein. (too_small)",
    );
    expect(formatIssue({ ...issue, path: [], code: "invalid_encoding", message: "Kein UTF-8." })).toBe(
      "data/overlays/fulda.json: Kein UTF-8. (invalid_encoding)",
    );
  });
});

describe("formatSize", () => {
  it.each([
    [0, "de", "0 B"],
    [999, "de", "999 B"],
    [1000, "de", "1,0 kB"],
    [47_040, "de", "47,0 kB"],
    [47_040, "en", "47.0 kB"],
    [999_949, "de", "999,9 kB"],
    [999_950, "de", "1,0 MB"],
    [1_534_000, "en", "1.5 MB"],
  ] as const)("%i bytes in %s: %s", (bytes, locale, text) => {
    expect(formatSize(bytes, locale)).toBe(text);
  });
});

// @vitest-environment node
// The React pieces render text and SVG as React elements only: no component may inject an HTML string.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const folder = fileURLToPath(new URL(".", import.meta.url));
const sources = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter(
  // Test support is excluded: it puts server HTML into the page to simulate hydration, as a browser would receive it.
  (file) => /\.tsx?$/.test(file) && !file.includes(".test.") && !file.startsWith("test-support"),
);

describe("React pieces", () => {
  it("never set raw HTML", () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
    const offenders = sources.filter((file) => {
      const text = readFileSync(`${folder}/${file}`, "utf8");
      return text.includes("dangerouslySetInnerHTML") || text.includes("innerHTML");
    });
    expect(offenders).toEqual([]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collectTestOutcomes, countReport, totalsLine, type VitestJsonReport } from "./test-reports.js";

function report(overrides: Partial<VitestJsonReport> = {}): VitestJsonReport {
  return {
    numPassedTests: 0,
    numFailedTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    testResults: [],
    ...overrides,
  };
}

describe("countReport", () => {
  it("takes passed, failed and skipped (pending and todo) from the runner", () => {
    expect(countReport(report({ numPassedTests: 7, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1 }))).toEqual({
      passed: 7,
      failed: 2,
      skipped: 2,
    });
  });

  it("counts a test file that failed without a failed test (it did not load) as one failure", () => {
    const counts = countReport(
      report({
        numPassedTests: 3,
        testResults: [
          { name: "a.test.ts", status: "passed", assertionResults: [{ status: "passed" }] },
          { name: "b.test.ts", status: "failed", message: "SyntaxError", assertionResults: [] },
        ],
      }),
    );
    expect(counts).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it("does not count a failed file twice when its tests failed", () => {
    const counts = countReport(
      report({
        numFailedTests: 1,
        testResults: [{ name: "c.test.ts", status: "failed", assertionResults: [{ status: "failed" }] }],
      }),
    );
    expect(counts.failed).toBe(1);
  });
});

describe("collectTestOutcomes", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("reads each package's reports and reports a missing one as a failure", () => {
    root = mkdtempSync(join(tmpdir(), "dk-ci-"));
    const withReport = join(root, "a");
    mkdirSync(join(withReport, "reports"), { recursive: true });
    writeFileSync(join(withReport, "reports", "vitest.json"), JSON.stringify(report({ numPassedTests: 4 })));
    const outcomes = collectTestOutcomes([
      { name: "a", dir: withReport, scripts: { test: "vitest run" } },
      { name: "b", dir: join(root, "b"), scripts: { test: "vitest run", "test:browser": "vitest run" } },
      { name: "c", dir: join(root, "c"), scripts: { build: "tsup" } },
    ]);
    expect(outcomes.map(({ packageName, task, passed, failed }) => ({ packageName, task, passed, failed }))).toEqual([
      { packageName: "a", task: "test", passed: 4, failed: 0 },
      { packageName: "b", task: "test", passed: 0, failed: 1 },
      { packageName: "b", task: "test:browser", passed: 0, failed: 1 },
    ]);
    expect(outcomes[1]?.problem).toContain("wrote no report");
  });
});

describe("totalsLine", () => {
  it("prints the plain line CI reads, with skipped only when there are any", () => {
    expect(
      totalsLine([
        { passed: 10, failed: 0, skipped: 0 },
        { passed: 5, failed: 1, skipped: 0 },
      ]),
    ).toBe("15 passed, 1 failed");
    expect(totalsLine([{ passed: 2, failed: 0, skipped: 3 }])).toBe("2 passed, 0 failed, 3 skipped");
    expect(totalsLine([])).toBe("0 passed, 0 failed");
  });
});

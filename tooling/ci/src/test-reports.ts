import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkspacePackage } from "./workspace-packages.js";

/** The turbo tasks whose runners write a JSON report, and where each writes it. */
export const TEST_TASKS = {
  test: "reports/vitest.json",
  "test:browser": "reports/vitest-browser.json",
} as const;

export type TestTask = keyof typeof TEST_TASKS;

/** The parts of Vitest's JSON report (Jest-compatible) that the summary reads. */
export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ status: string }>;
  }>;
}

export interface TaskCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface TaskOutcome extends TaskCounts {
  packageName: string;
  task: string;
  /** Why the outcome counts as a failure beyond its failed tests, if it does. */
  problem?: string;
}

/**
 * Counts one report. A test file that failed without any failed test (it did not load, or a hook
 * threw before any test ran) counts as one failure, so a broken file can never pass silently.
 */
export function countReport(report: VitestJsonReport): TaskCounts {
  let failed = report.numFailedTests;
  for (const file of report.testResults) {
    const anyTestFailed = file.assertionResults.some((test) => test.status === "failed");
    if (file.status === "failed" && !anyTestFailed) failed += 1;
  }
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

/** An outcome that counts as one failed check, e.g. a task that wrote no report or exited non-zero. */
export function failedCheck(packageName: string, task: string, problem: string): TaskOutcome {
  return { packageName, task, passed: 0, failed: 1, skipped: 0, problem };
}

/** Reads the reports every test task of every package was expected to write. */
export function collectTestOutcomes(packages: WorkspacePackage[]): TaskOutcome[] {
  const outcomes: TaskOutcome[] = [];
  for (const pkg of packages) {
    for (const [task, reportPath] of Object.entries(TEST_TASKS)) {
      if (!(task in pkg.scripts)) continue;
      const file = join(pkg.dir, reportPath);
      if (!existsSync(file)) {
        outcomes.push(failedCheck(pkg.name, task, `wrote no report (${reportPath}): the task did not run or crashed`));
        continue;
      }
      try {
        const report = JSON.parse(readFileSync(file, "utf8")) as VitestJsonReport;
        outcomes.push({ packageName: pkg.name, task, ...countReport(report) });
      } catch (error) {
        outcomes.push(failedCheck(pkg.name, task, `report ${reportPath} is unreadable: ${(error as Error).message}`));
      }
    }
  }
  return outcomes;
}

/** Adds up outcomes into the one line CI reads: `N passed, N failed` (and `, N skipped` if any). */
export function totalsLine(outcomes: TaskCounts[]): string {
  const total = outcomes.reduce(
    (sum, outcome) => ({
      passed: sum.passed + outcome.passed,
      failed: sum.failed + outcome.failed,
      skipped: sum.skipped + outcome.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const line = `${total.passed} passed, ${total.failed} failed`;
  return total.skipped > 0 ? `${line}, ${total.skipped} skipped` : line;
}

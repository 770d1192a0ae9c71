/**
 * The README's test command (`pnpm test`), also run by .ci/run:
 * 1. installs what the tests need beyond npm packages (Debian's chromium and postgresql) where it is missing,
 *    and starts a throwaway PostgreSQL for the payment store's tests (DK_TEST_DATABASE_URL),
 * 2. runs build, typecheck, lint, test and test:browser for every package through turbo (cached),
 * 3. totals the real results of every test runner and ends with one line: `N passed, N failed`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startTestPostgres, type TestPostgres } from "./postgres.js";
import { collectTestOutcomes, failedCheck, type TaskOutcome, TEST_TASKS, totalsLine } from "./test-reports.js";
import { failedNonTestTasks, latestRunSummaryFile } from "./turbo-run.js";
import { listWorkspacePackages } from "./workspace-packages.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const testTasks = Object.keys(TEST_TASKS);
const tasks = ["build", "typecheck", "lint", "lint:root", ...testTasks];

const summaryPath = join(root, "reports", "summary.txt");

function step(title: string): void {
  console.log(`\n=== ${title}`);
}

/** Prints the totals as the last line and keeps them in reports/summary.txt for .ci/run. */
function finish(line: string, failed: boolean): never {
  mkdirSync(dirname(summaryPath), { recursive: true });
  writeFileSync(summaryPath, `${line}\n`);
  console.log(line);
  process.exit(failed ? 1 : 0);
}

rmSync(summaryPath, { force: true });
step("Preparing the machine");
const setup = spawnSync("bash", [join(root, "tooling/ci/setup-test-env.sh")], { stdio: "inherit" });
if (setup.status !== 0) {
  console.log("\nThe machine could not be prepared (see above).");
  finish("0 passed, 1 failed", true);
}

const packages = listWorkspacePackages(root);
// Reports of an earlier run must not count: turbo restores them from its cache when a task is cached.
for (const pkg of packages) rmSync(join(pkg.dir, "reports"), { recursive: true, force: true });
rmSync(join(root, ".turbo", "runs"), { recursive: true, force: true });

let postgres: TestPostgres | undefined;
try {
  postgres = await startTestPostgres();
  console.log(`setup: PostgreSQL for the store tests at ${postgres.url}`);
} catch (error) {
  // The store tests fail with a clear message without it (they never skip under CI=true).
  console.log(`setup: could not start PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
}

step(`turbo run ${tasks.join(" ")}`);
const turbo = spawnSync(
  join(root, "node_modules", ".bin", "turbo"),
  ["run", ...tasks, "--continue", "--summarize", "--output-logs=new-only"],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      TURBO_TELEMETRY_DISABLED: "1",
      ...(postgres ? { DK_TEST_DATABASE_URL: postgres.url } : {}),
    },
  },
);
postgres?.stop();

const outcomes: TaskOutcome[] = collectTestOutcomes(packages);
const summaryFile = latestRunSummaryFile(root);
if (summaryFile) outcomes.push(...failedNonTestTasks(summaryFile, testTasks));
else if (turbo.status !== 0) {
  outcomes.push(failedCheck("turbo", "run", `failed to run (exit ${turbo.status})`));
}

step("Results");
for (const outcome of outcomes) {
  const counts = `${outcome.passed} passed, ${outcome.failed} failed${outcome.skipped ? `, ${outcome.skipped} skipped` : ""}`;
  console.log(`${outcome.packageName} ${outcome.task}: ${outcome.problem ?? counts}`);
}

finish(totalsLine(outcomes), turbo.status !== 0 || outcomes.some((outcome) => outcome.failed > 0));

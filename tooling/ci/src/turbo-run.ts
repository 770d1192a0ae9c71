import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { failedCheck, type TaskOutcome } from "./test-reports.js";

/** The parts of turbo's `--summarize` run file that the summary reads. */
interface TurboRunSummary {
  tasks: Array<{ taskId: string; task: string; package: string; execution?: { exitCode?: number | null } }>;
}

/** The newest run summary turbo wrote under .turbo/runs, if any. */
export function latestRunSummaryFile(root: string): string | undefined {
  const runsDir = join(root, ".turbo", "runs");
  if (!existsSync(runsDir)) return undefined;
  const files = readdirSync(runsDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => join(runsDir, file));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/**
 * Non-test tasks (build, typecheck, lint) that failed in the run. Each counts as one failed check in
 * the totals: a lint error must not leave a line that reads "0 failed".
 */
export function failedNonTestTasks(summaryFile: string, testTasks: readonly string[]): TaskOutcome[] {
  const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as TurboRunSummary;
  return summary.tasks
    .filter((task) => !testTasks.includes(task.task))
    .filter((task) => typeof task.execution?.exitCode === "number" && task.execution.exitCode !== 0)
    .map((task) => failedCheck(task.package, task.task, `exited with code ${task.execution?.exitCode}`));
}

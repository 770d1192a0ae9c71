import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { failedNonTestTasks } from "./turbo-run.js";

describe("failedNonTestTasks", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reports each failed build, typecheck or lint task once, and leaves test tasks to their reports", () => {
    dir = mkdtempSync(join(tmpdir(), "dk-turbo-"));
    const file = join(dir, "run.json");
    const task = (pkg: string, name: string, exitCode: number | null) => ({
      taskId: `${pkg}#${name}`,
      task: name,
      package: pkg,
      execution: { exitCode },
    });
    writeFileSync(
      file,
      JSON.stringify({
        tasks: [
          task("a", "build", 0),
          task("a", "lint", 1),
          task("b", "typecheck", 2),
          task("b", "test", 1),
          task("c", "build", null),
        ],
      }),
    );
    expect(failedNonTestTasks(file, ["test", "test:browser"])).toEqual([
      { packageName: "a", task: "lint", passed: 0, failed: 1, skipped: 0, problem: "exited with code 1" },
      { packageName: "b", task: "typecheck", passed: 0, failed: 1, skipped: 0, problem: "exited with code 2" },
    ]);
  });
});

/**
 * Scores a search over a labelled query set: top-1 and top-3 hits per group, and the misses with what
 * came instead. Shared by the quality test and the benchmark; the search is passed in as a function
 * from query to ranked ids, so any engine can be measured the same way.
 */

export interface LabelledQuery {
  query: string;
  group: string;
  expected: readonly string[];
  top1?: boolean;
}

export interface GroupScore {
  total: number;
  top1: number;
  top3: number;
}

export interface Miss {
  query: string;
  group: string;
  expected: readonly string[];
  got: string[];
  /** The query demands the first expected id in first place and did not get it. */
  top1Required: boolean;
}

export interface QualityReport {
  all: GroupScore;
  groups: Map<string, GroupScore>;
  misses: Miss[];
}

export function evaluate(queries: readonly LabelledQuery[], run: (query: string) => string[]): QualityReport {
  const all: GroupScore = { total: 0, top1: 0, top3: 0 };
  const groups = new Map<string, GroupScore>();
  const misses: Miss[] = [];
  for (const labelled of queries) {
    const got = run(labelled.query).slice(0, 3);
    const top1 = got[0] !== undefined && labelled.expected.includes(got[0]);
    const top3 = got.some((id) => labelled.expected.includes(id));
    const group = groups.get(labelled.group) ?? { total: 0, top1: 0, top3: 0 };
    groups.set(labelled.group, group);
    for (const score of [all, group]) {
      score.total++;
      if (top1) score.top1++;
      if (top3) score.top3++;
    }
    const top1Required = labelled.top1 === true && got[0] !== labelled.expected[0];
    if (!top3 || top1Required) {
      misses.push({ query: labelled.query, group: labelled.group, expected: labelled.expected, got, top1Required });
    }
  }
  return { all, groups, misses };
}

function percent(part: number, total: number): string {
  return total === 0 ? "-" : `${((100 * part) / total).toFixed(1)} %`;
}

/** The report as a small table, one line per group. */
export function formatReport(report: QualityReport): string {
  const lines = ["group      queries  top-1          top-3"];
  const row = (name: string, score: GroupScore) =>
    `${name.padEnd(10)} ${String(score.total).padStart(7)}  ${`${score.top1} (${percent(score.top1, score.total)})`.padEnd(14)} ${score.top3} (${percent(score.top3, score.total)})`;
  for (const [name, score] of report.groups) lines.push(row(name, score));
  lines.push(row("all", report.all));
  for (const miss of report.misses) {
    const reason = miss.top1Required ? "not first" : "miss";
    lines.push(
      `${reason}: [${miss.group}] "${miss.query}" expected ${miss.expected.join("|")}, got ${miss.got.join(", ")}`,
    );
  }
  return lines.join("\n");
}

/**
 * Side-by-side throughput of two functions on the same inputs, in interleaved rounds: in each round
 * both run for a fixed time, the order alternating, so drift in machine load hits both alike.
 * Reports median operations per second and the ratio of the medians. Prints figures; asserts nothing.
 */

export interface Contender {
  name: string;
  run: (input: string) => unknown;
}

export interface Comparison {
  title: string;
  inputs: string[];
  ours: Contender;
  theirs: Contender;
  /** The ratio ours/theirs the project aims for (e.g. 3 for "at least 3x"). */
  goal: number;
}

export interface ComparisonResult {
  title: string;
  ours: { name: string; median: number; min: number; max: number };
  theirs: { name: string; median: number; min: number; max: number };
  ratio: number;
  goal: number;
}

// The results are folded into this value so the engine cannot drop the calls as dead code.
let sink = 0;

function opsPerSecond(contender: Contender, inputs: string[], durationMs: number): number {
  const deadline = process.hrtime.bigint() + BigInt(durationMs) * 1_000_000n;
  const started = process.hrtime.bigint();
  let calls = 0;
  let now = started;
  while (now < deadline) {
    for (const input of inputs) {
      if (contender.run(input)) sink++;
    }
    calls += inputs.length;
    now = process.hrtime.bigint();
  }
  return calls / (Number(now - started) / 1e9);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function summary(name: string, samples: number[]) {
  return { name, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/** Runs one comparison: a warm-up, then `rounds` interleaved rounds of `roundMs` per contender. */
export function compare(comparison: Comparison, rounds = 5, roundMs = 1000): ComparisonResult {
  const { ours, theirs, inputs } = comparison;
  opsPerSecond(ours, inputs, 200);
  opsPerSecond(theirs, inputs, 200);
  const oursSamples: number[] = [];
  const theirsSamples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      oursSamples.push(opsPerSecond(ours, inputs, roundMs));
      theirsSamples.push(opsPerSecond(theirs, inputs, roundMs));
    } else {
      theirsSamples.push(opsPerSecond(theirs, inputs, roundMs));
      oursSamples.push(opsPerSecond(ours, inputs, roundMs));
    }
  }
  const oursSummary = summary(ours.name, oursSamples);
  const theirsSummary = summary(theirs.name, theirsSamples);
  return {
    title: comparison.title,
    ours: oursSummary,
    theirs: theirsSummary,
    ratio: oursSummary.median / theirsSummary.median,
    goal: comparison.goal,
  };
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** One printed block per comparison, figures in operations per second. */
export function printResult(result: ComparisonResult): void {
  const row = (entry: ComparisonResult["ours"]) =>
    `  ${entry.name.padEnd(44)} ${integer.format(entry.median).padStart(13)} ops/s  (${integer.format(entry.min)} – ${integer.format(entry.max)})`;
  const verdict = result.ratio >= result.goal ? "goal met" : "goal MISSED";
  console.log(`${result.title}\n${row(result.ours)}\n${row(result.theirs)}`);
  console.log(`  ratio ${result.ratio.toFixed(2)}x (goal ≥ ${result.goal}x: ${verdict})\n`);
  if (sink < 0) console.log(sink);
}

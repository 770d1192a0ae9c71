/**
 * `pnpm bench`: the browser search benchmark of reference/service-catalog.md §4, rerun on our search.
 * 10,000 generated documents and 200 labelled queries (see corpus.ts and queries.ts), three engines:
 * (a) ours: MiniSearch with the German layer (src/search),
 * (b) MiniSearch basic: prefix, fuzzy 0.2, boosts title 3 / synonyms 2, no German layer,
 * (c) Fuse.js basic: ignoreLocation, threshold 0.4, ignoreDiacritics, on every fourth query only.
 * Prints build time, serialised size (JSON and gzip), load time, heap after GC, p50/p95 latency (median
 * of 3 runs per query after a warm-up pass) and top-1/top-3 hits per group. Asserts nothing.
 * Run with `--expose-gc` for the heap column.
 */
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { buildSearchIndex, loadSearchIndex, search, serializeSearchIndex } from "../src/search/index.js";
import { evaluate, type LabelledQuery, type QualityReport } from "../test/search-quality/evaluate.js";
import { type BenchDocument, generateBenchCorpus } from "./corpus.js";
import {
  canMeasureHeap,
  formatBytes,
  formatMs,
  heapAfterGc,
  median,
  now,
  percentile,
  sizes,
  timed,
} from "./measure.js";
import { generateBenchQueries } from "./queries.js";

type Search = (query: string) => string[];

interface Engine {
  name: string;
  /** Builds the index and returns its search, its serialised form and a loader for that form. */
  build(documents: readonly BenchDocument[]): {
    search: Search;
    serialize: () => string;
    load: (json: string) => unknown;
  };
  /** Only every n-th query is run (Fuse.js takes seconds per query). */
  queryStride: number;
  runs: number;
}

const ours: Engine = {
  name: "ours (MiniSearch + German layer)",
  queryStride: 1,
  runs: 3,
  build(documents) {
    const index = buildSearchIndex(documents.map((document) => ({ ...document, keywords: [] })));
    return {
      search: (query) => search(index, query, { limit: 10 }).map((hit) => hit.id),
      serialize: () => serializeSearchIndex(index),
      load: (json) => loadSearchIndex(json),
    };
  },
};

const miniSearchOptions = {
  fields: ["title", "synonyms", "text"],
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, synonyms: 2 } },
};

const miniSearchBasic: Engine = {
  name: "MiniSearch basic",
  queryStride: 1,
  runs: 3,
  build(documents) {
    const index = new MiniSearch(miniSearchOptions);
    index.addAll(documents.map((document) => ({ ...document, synonyms: document.synonyms.join(" ") })));
    return {
      search: (query) =>
        index
          .search(query)
          .slice(0, 3)
          .map((result) => result.id as string),
      serialize: () => JSON.stringify(index),
      load: (json) => MiniSearch.loadJSON(json, miniSearchOptions),
    };
  },
};

const fuseOptions = {
  keys: ["title", "synonyms", "text"],
  ignoreLocation: true,
  threshold: 0.4,
  ignoreDiacritics: true,
};

const fuseBasic: Engine = {
  name: "Fuse.js basic (every 4th query)",
  queryStride: 4,
  runs: 1,
  build(documents) {
    const fuse = new Fuse(documents, fuseOptions);
    return {
      search: (query) => fuse.search(query, { limit: 3 }).map((result) => result.item.id),
      serialize: () => JSON.stringify(fuse.getIndex().toJSON()),
      load: (json) => new Fuse(documents, fuseOptions, Fuse.parseIndex(JSON.parse(json))),
    };
  },
};

interface Row {
  name: string;
  buildMs: number;
  heap: number;
  json: number;
  gzip: number;
  loadMs: number;
  p50: number;
  p95: number;
  report: QualityReport;
}

function measure(engine: Engine, documents: readonly BenchDocument[], queries: readonly LabelledQuery[]): Row {
  const selected = queries.filter((_, index) => index % engine.queryStride === 0);
  const baseline = heapAfterGc();
  const built = timed(() => engine.build(documents));
  const heap = heapAfterGc() - baseline;
  const { search: run, serialize, load } = built.value;
  const json = serialize();
  const size = sizes(json);
  const loadMs = timed(() => load(json)).ms;

  // Warm-up pass, then `runs` timed runs per query; a query's latency is the median of its runs.
  for (const labelled of selected.slice(0, engine.runs > 1 ? selected.length : 1)) run(labelled.query);
  const latencies = selected.map((labelled) => {
    const samples: number[] = [];
    for (let round = 0; round < engine.runs; round++) {
      const start = now();
      run(labelled.query);
      samples.push(now() - start);
    }
    return median(samples);
  });
  return {
    name: engine.name,
    buildMs: built.ms,
    heap,
    json: size.json,
    gzip: size.gzip,
    loadMs,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    report: evaluate(selected, run),
  };
}

const GROUPS = ["exact", "typo", "umlaut", "part", "synonym"];

function printTable(rows: Row[]): void {
  const header = [
    "engine",
    "build",
    "heap",
    "JSON (gzip)",
    "load",
    "p50",
    "p95",
    "top-1",
    "top-3",
    "top-3 by group: exact / typo / umlaut / part / synonym",
  ];
  const lines = rows.map((row) => {
    const { all, groups } = row.report;
    const byGroup = GROUPS.map((group) => {
      const score = groups.get(group);
      return score === undefined ? "-" : `${score.top3}/${score.total}`;
    }).join(", ");
    return [
      row.name,
      formatMs(row.buildMs),
      formatBytes(row.heap),
      `${formatBytes(row.json)} (${formatBytes(row.gzip)})`,
      formatMs(row.loadMs),
      formatMs(row.p50),
      formatMs(row.p95),
      `${all.top1}/${all.total}`,
      `${all.top3}/${all.total}`,
      byGroup,
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? "").length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

function main(): void {
  const started = now();
  const documents = generateBenchCorpus();
  const queries = generateBenchQueries(documents);
  console.log(
    `Corpus: ${documents.length} documents (${formatBytes(sizes(JSON.stringify(documents)).json)} JSON), ${queries.length} queries. Node ${process.version}.`,
  );
  if (!canMeasureHeap) console.log("Heap is not measured: start Node with --expose-gc.");
  const rows: Row[] = [];
  // `--only-ours` skips the other engines while tuning.
  const engines = process.argv.includes("--only-ours") ? [ours] : [ours, miniSearchBasic, fuseBasic];
  for (const engine of engines) {
    rows.push(measure(engine, documents, queries));
    console.log(`measured ${engine.name}`);
  }
  console.log("");
  printTable(rows);
  console.log("Reference (§4) best, MiniSearch tuned: top-3 191/200, p50 0.49 ms, p95 4.1 ms, 5.4 MB (1.5 MB gzip).");
  console.log("Fuse.js: every 4th query, 1 run per query (seconds each), as in the reference.");
  // Ours stores a 200-character excerpt per service for the result list; the others store no text.
  const bare = sizes(
    serializeSearchIndex(
      buildSearchIndex(
        documents.map((document) => ({ ...document, keywords: [] })),
        { excerptLength: 0 },
      ),
    ),
  );
  console.log(`Ours without excerpts (excerptLength 0): ${formatBytes(bare.json)} (${formatBytes(bare.gzip)} gzip).`);
  const first = rows[0];
  if (first !== undefined && first.report.misses.length > 0) {
    console.log(`\nMisses of ${first.name} (top 3 shown):`);
    for (const miss of first.report.misses) {
      console.log(
        `  [${miss.group}] "${miss.query}" expected ${miss.expected.join(" | ")}; got ${miss.got.join(", ")}`,
      );
    }
  }
  console.log(`\nTotal ${formatMs(now() - started)}.`);
}

main();

/**
 * Measuring helpers for the search benchmark: timing, percentiles, heap after garbage collection and
 * the size of a serialised index. Prints nothing and asserts nothing.
 */
import { gzipSync } from "node:zlib";

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Milliseconds `run` takes, and its result. */
export function timed<T>(run: () => T): { ms: number; value: T } {
  const start = now();
  const value = run();
  return { ms: now() - start, value };
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile of `values` (`share` between 0 and 1). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] as number;
}

const collect = (globalThis as { gc?: () => void }).gc;

/** Whether the heap can be measured (Node started with `--expose-gc`). */
export const canMeasureHeap = collect !== undefined;

/** Bytes on the heap after a full collection, or NaN without `--expose-gc`. */
export function heapAfterGc(): number {
  if (collect === undefined) return Number.NaN;
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

export function sizes(json: string): { json: number; gzip: number } {
  return { json: Buffer.byteLength(json), gzip: gzipSync(json).byteLength };
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(0)} KB`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

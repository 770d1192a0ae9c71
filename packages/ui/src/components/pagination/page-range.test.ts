// @vitest-environment node
import { describe, expect, it } from "vitest";
import { pageRange } from "./page-range.js";

const E = "ellipsis";

describe("pageRange", () => {
  it.each([
    // [current, total, expected]
    [5, 20, [1, E, 4, 5, 6, E, 20]],
    [1, 20, [1, 2, E, 20]],
    [2, 20, [1, 2, 3, E, 20]],
    [3, 20, [1, 2, 3, 4, E, 20]],
    [4, 20, [1, 2, 3, 4, 5, E, 20]],
    [17, 20, [1, E, 16, 17, 18, 19, 20]],
    [18, 20, [1, E, 17, 18, 19, 20]],
    [19, 20, [1, E, 18, 19, 20]],
    [20, 20, [1, E, 19, 20]],
    [50, 120, [1, E, 49, 50, 51, E, 120]],
  ] as const)("page %i of %i shows %j", (current, total, expected) => {
    expect(pageRange(current, total)).toEqual(expected);
  });

  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [2, 2, [1, 2]],
    [1, 3, [1, 2, 3]],
    [2, 3, [1, 2, 3]],
    [3, 3, [1, 2, 3]],
    [1, 4, [1, 2, 3, 4]],
    [1, 5, [1, 2, E, 5]],
    [2, 4, [1, 2, 3, 4]],
    [4, 5, [1, 2, 3, 4, 5]],
    [5, 5, [1, E, 4, 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ] as const)("small totals: page %i of %i shows %j", (current, total, expected) => {
    expect(pageRange(current, total)).toEqual(expected);
  });

  it("never leaves an ellipsis for a single page", () => {
    for (let total = 1; total <= 30; total += 1) {
      for (let current = 1; current <= total; current += 1) {
        const items = pageRange(current, total);
        const numbers = items.filter((item): item is number => item !== E);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(total);
        expect(numbers).toContain(current);
        // Pages ascend; an ellipsis always stands between pages at least two apart.
        items.forEach((item, index) => {
          if (item === E) {
            const before = items[index - 1];
            const after = items[index + 1];
            expect(typeof before === "number" && typeof after === "number" && after - before).toBeGreaterThan(2);
          } else if (index > 0 && items[index - 1] !== E) {
            expect(item).toBe((items[index - 1] as number) + 1);
          }
        });
        expect(items.length).toBeLessThanOrEqual(7);
      }
    }
  });

  it("gives no pages for totals below 1", () => {
    expect(pageRange(1, 0)).toEqual([]);
    expect(pageRange(1, -3)).toEqual([]);
    expect(pageRange(1, Number.NaN)).toEqual([]);
  });

  it("keeps the current page within the pages and cuts off fractions", () => {
    expect(pageRange(0, 20)).toEqual(pageRange(1, 20));
    expect(pageRange(-5, 20)).toEqual(pageRange(1, 20));
    expect(pageRange(99, 20)).toEqual(pageRange(20, 20));
    expect(pageRange(5.7, 20.9)).toEqual(pageRange(5, 20));
    expect(pageRange(Number.NaN, 3)).toEqual([1, 2, 3]);
  });

  it("shows more or fewer pages around the current one", () => {
    expect(pageRange(10, 20, 2)).toEqual([1, E, 8, 9, 10, 11, 12, E, 20]);
    expect(pageRange(10, 20, 0)).toEqual([1, E, 10, E, 20]);
    expect(pageRange(1, 20, 0)).toEqual([1, E, 20]);
    expect(pageRange(3, 20, 0)).toEqual([1, 2, 3, E, 20]);
    expect(pageRange(10, 20, -1)).toEqual([1, E, 10, E, 20]);
    expect(pageRange(4, 7, 3)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

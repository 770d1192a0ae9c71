/** One entry of a pagination: a page number, or a gap of two or more pages left out. */
export type PageRangeItem = number | "ellipsis";

/**
 * The pages a pagination shows: always the first and the last page and the current page with `siblings` pages on
 * either side; the pages in between become one `"ellipsis"`. A gap of a single page shows that page instead, as an
 * ellipsis standing for one page saves nothing. Page 5 of 20: `[1, "ellipsis", 4, 5, 6, "ellipsis", 20]`.
 *
 * `total` below 1 gives no pages; `current` is kept within 1 and `total`; fractions are cut off. Pure, so the
 * server and the tests compute the same range.
 *
 * @param current the current page, counted from 1
 * @param total the number of pages
 * @param siblings how many pages to show on either side of the current one (default 1)
 */
export function pageRange(current: number, total: number, siblings = 1): PageRangeItem[] {
  const last = Number.isFinite(total) ? Math.trunc(total) : 0;
  if (last < 1) return [];
  const page = Math.min(Math.max(Number.isFinite(current) ? Math.trunc(current) : 1, 1), last);
  const around = Math.max(Number.isFinite(siblings) ? Math.trunc(siblings) : 0, 0);
  const from = Math.max(page - around, 1);
  const to = Math.min(page + around, last);
  const shown = [1, ...Array.from({ length: to - from + 1 }, (_, index) => from + index), last];
  const items: PageRangeItem[] = [];
  let previous = 0;
  for (const number of shown) {
    if (number <= previous) continue;
    if (number - previous === 2) items.push(previous + 1);
    else if (number - previous > 2) items.push("ellipsis");
    items.push(number);
    previous = number;
  }
  return items;
}

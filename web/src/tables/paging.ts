/** Paging of a long table: how many pages, and which rows a page shows. */

/** How many pages `total` rows fill (at least 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** The 1-based positions of the first and last row shown on `page`. */
export function shownRange(total: number, page: number, pageSize: number): [number, number] {
  if (total === 0) return [0, 0];
  const first = (page - 1) * pageSize + 1;
  return [first, Math.min(total, page * pageSize)];
}

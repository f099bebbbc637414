// When a HELD span counts as covering a date. A span runs from the first to the last report that gave the
// person the post, dated by the report's publication day; a meeting is reported a day or a few after it
// happens, and offices rarely change hands twice within a month. So a span covers a date up to
// HELD_TOLERANCE_DAYS outside it (both stores and the analyst queries use this one figure).
export const HELD_TOLERANCE_DAYS = 30;

/** An ISO date moved by a number of days. */
export function shiftDay(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first and last dates a span covers, the tolerance included. */
export function coveredDates(span: { firstSeen: string; lastSeen: string }): { from: string; to: string } {
  return { from: shiftDay(span.firstSeen, -HELD_TOLERANCE_DAYS), to: shiftDay(span.lastSeen, HELD_TOLERANCE_DAYS) };
}

export function spanCovers(span: { firstSeen: string; lastSeen: string }, date: string): boolean {
  const { from, to } = coveredDates(span);
  return from <= date && date <= to;
}

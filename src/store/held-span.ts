// The HELD span of a person on a post, as both stores keep it: the first and last dates the reports give,
// the articles that give them (provenance), and the titles as written in them.
import type { HeldRow } from "./graph-rows.js";
import { coveredDates } from "./held-tolerance.js";

export interface HeldSpan {
  firstSeen: string;
  lastSeen: string;
  articleIds: string[];
  articleCount: number;
  evidence: string[];
  source: "extraction" | "authority";
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

export const spanOf = (row: HeldRow): HeldSpan => ({
  firstSeen: row.date,
  lastSeen: row.date,
  articleIds: [row.articleId],
  articleCount: 1,
  evidence: [...row.evidence].sort(),
  source: "extraction",
});

/** Widens a span by another (a new report, or the span of a person merged into this one). */
export function widen(span: HeldSpan, other: HeldSpan): void {
  if (other.firstSeen < span.firstSeen) span.firstSeen = other.firstSeen;
  if (other.lastSeen > span.lastSeen) span.lastSeen = other.lastSeen;
  span.articleIds = union(span.articleIds, other.articleIds);
  span.articleCount = span.articleIds.length;
  span.evidence = union(span.evidence, other.evidence);
  // An analyst's authority file outranks what the reports suggest; the reports still widen its span.
  if (other.source === "authority") span.source = "authority";
}

/** The dates a HELD span covers, as a store holds them before a batch's rows widen it. */
export type SpanBounds = Pick<HeldSpan, "firstSeen" | "lastSeen">;

/** Dates of a post's references whose resolution may change (null: unbounded), tolerance included. */
export interface PostWindow {
  postId: string;
  from: string | null;
  to: string | null;
}

/**
 * Where a batch's HELD rows change who covers a date: a new span covers its dates, a widened one the
 * stretch it gains at either end. Post resolution reads only who held a post when, so a reference outside
 * these windows stays resolved as it is: re-resolving every event of a popular post at every batch made
 * each write cost grow with the graph.
 */
export function coverageChanges(rows: HeldRow[], known: Map<string, SpanBounds>): PostWindow[] {
  const after = new Map<string, { postId: string; firstSeen: string; lastSeen: string }>();
  for (const row of rows) {
    const key = `${row.personId}|${row.postId}`;
    const span = after.get(key) ?? {
      postId: row.postId,
      ...(known.get(key) ?? { firstSeen: row.date, lastSeen: row.date }),
    };
    if (row.date < span.firstSeen) span.firstSeen = row.date;
    if (row.date > span.lastSeen) span.lastSeen = row.date;
    after.set(key, span);
  }
  const windows: PostWindow[] = [];
  const covered = (postId: string, firstSeen: string, lastSeen: string) =>
    windows.push({ postId, ...coveredDates({ firstSeen, lastSeen }) });
  for (const [key, span] of after) {
    const before = known.get(key);
    if (!before) covered(span.postId, span.firstSeen, span.lastSeen);
    else {
      if (span.firstSeen < before.firstSeen) covered(span.postId, span.firstSeen, before.firstSeen);
      if (span.lastSeen > before.lastSeen) covered(span.postId, before.lastSeen, span.lastSeen);
    }
  }
  return mergeWindows(windows);
}

/** Overlapping windows of one post joined, in post and date order. */
function mergeWindows(windows: PostWindow[]): PostWindow[] {
  const sorted = [...windows].sort((a, b) => cmp(a.postId, b.postId) || cmp(a.from ?? "", b.from ?? ""));
  const out: PostWindow[] = [];
  for (const w of sorted) {
    const last = out.at(-1);
    if (last && last.postId === w.postId && (last.to === null || w.from === null || w.from <= last.to)) {
      if (last.to !== null && (w.to === null || w.to > last.to)) last.to = w.to;
    } else out.push({ ...w });
  }
  return out;
}

/** Whether an event's date falls in one of a post's windows (undated events are never resolved). */
export const inWindow = (w: PostWindow, date: string | null) =>
  date !== null && (w.from === null || date >= w.from) && (w.to === null || date <= w.to);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Day counts from GET /activity gathered into weeks (Monday first) or months, with every bucket between
// the first and the last (and one empty on each side) so the time axis has no holes, and a brushed span
// snapped to whole buckets.

export interface DayCount {
  date: string;
  kind: "meeting" | "call" | "visit";
  events: number;
}

export type Unit = "week" | "month";

export interface Buckets {
  unit: Unit;
  /** First day of each bucket, ISO. */
  starts: string[];
  meetings: number[];
  calls: number[];
  visits: number[];
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The first day of the bucket a date falls in. */
export function bucketStart(date: string, unit: Unit): string {
  if (unit === "month") return `${date.slice(0, 7)}-01`;
  const t = ms(date);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
  return iso(t - weekday * DAY);
}

/** The first day of the bucket after this one. */
export function nextBucket(start: string, unit: Unit): string {
  if (unit === "week") return iso(ms(start) + 7 * DAY);
  const d = new Date(ms(start));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** The last day of the bucket starting on `start`. */
export const bucketEnd = (start: string, unit: Unit) => iso(ms(nextBucket(start, unit)) - DAY);

const previousBucket = (start: string, unit: Unit) => bucketStart(iso(ms(start) - DAY), unit);

export function bucketActivity(items: DayCount[]): Buckets | null {
  const dates = items.map((i) => i.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return null;
  // Months beyond half a year, else weeks: a few dozen bars either way.
  const unit: Unit = ms(last) - ms(first) > 182 * DAY ? "month" : "week";
  const starts: string[] = [];
  const end = nextBucket(bucketStart(last, unit), unit);
  for (let s = previousBucket(bucketStart(first, unit), unit); s <= end; s = nextBucket(s, unit)) starts.push(s);
  const index = new Map(starts.map((s, i) => [s, i]));
  const zeros = () => starts.map(() => 0);
  const out: Buckets = { unit, starts, meetings: zeros(), calls: zeros(), visits: zeros() };
  const series = { meeting: out.meetings, call: out.calls, visit: out.visits };
  for (const item of items) {
    const i = index.get(bucketStart(item.date, unit)) as number;
    series[item.kind][i] = (series[item.kind][i] ?? 0) + item.events;
  }
  return out;
}

/** A brushed span (any two dates) widened to whole buckets: [first day, last day]. */
export function snapSpan(from: string, to: string, unit: Unit): [string, string] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return [bucketStart(a, unit), bucketEnd(bucketStart(b, unit), unit)];
}

export const toSeconds = (date: string) => ms(date) / 1000;
export const fromSeconds = (seconds: number) => iso(seconds * 1000);

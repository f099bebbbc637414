// The visitors of a place counted by country, the same way on both stores: each visit event adds one to
// every distinct country among its visitors.
import type { PlaceCount } from "./graph-store.js";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function countVisitors(perVisit: Iterable<Iterable<string>>): PlaceCount["visitors"] {
  const counts = new Map<string, number>();
  for (const countries of perVisit) for (const c of new Set(countries)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.keys()].sort(cmp).map((country) => ({ country, visits: counts.get(country) as number }));
}

// Whole invented articles in wire layouts, read end to end: every meeting, call, plan and visit a careful
// reader would record, and nothing else (the photographer in the caption and the credited reporters are
// not persons; a phone call, a denied meeting and an absent leader are not meetings).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Extraction, misplacedEvidence } from "../../src/domain/extraction.js";
import { extract } from "../../src/extract/extract.js";

interface Expected {
  file: string;
  publishedAt: string | null;
  persons: string[];
  met: string[];
  spoke: string[];
  planned: string[];
  visited: string[];
  dates: Record<string, string>;
}

const dir = join(import.meta.dirname, "fixtures");
const cases = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected[];

describe.each(cases)("fixture $file", (want) => {
  const text = readFileSync(join(dir, want.file), "utf8");
  const x = extract({ text, publishedAt: want.publishedAt });
  const name = (id: string) => x.entities.find((e) => e.id === id)!.name;
  const pair = (from: string, to: string) => [name(from), name(to)].sort().join(" + ");
  const pairs = (type: string, status: string) => [
    ...new Set(x.relations.filter((r) => r.type === type && r.status === status).map((r) => pair(r.from, r.to))),
  ];

  it("is a valid extraction whose evidence points at its text", () => {
    expect(Extraction.safeParse(x).success).toBe(true);
    expect(misplacedEvidence(x, text)).toEqual([]);
  });

  it("finds exactly the persons of the story", () => {
    expect(
      x.entities
        .filter((e) => e.type === "Person")
        .map((e) => e.name)
        .sort(),
    ).toEqual([...want.persons].sort());
  });

  it("records exactly the meetings, calls, plans and visits", () => {
    expect(pairs("MET_WITH", "occurred").sort()).toEqual([...want.met].sort());
    expect(pairs("SPOKE_WITH", "occurred").sort()).toEqual([...want.spoke].sort());
    expect(pairs("MET_WITH", "planned").sort()).toEqual([...want.planned].sort());
    const visited = x.relations
      .filter((r) => r.type === "VISITED" && r.status === "occurred")
      .map((r) => `${name(r.from)} @ ${name(r.to)}`);
    expect([...new Set(visited)].sort()).toEqual([...want.visited].sort());
  });

  it("dates the meetings and calls it can", () => {
    for (const [p, day] of Object.entries(want.dates)) {
      const dates = x.relations
        .filter((r) => (r.type === "MET_WITH" || r.type === "SPOKE_WITH") && pair(r.from, r.to) === p)
        .map((r) => r.date);
      expect(dates, p).toContain(day);
    }
  });
});

import { describe, expect, it } from "vitest";
import { HELD_TOLERANCE_DAYS, shiftDay } from "./held-tolerance.js";
import { type OfficeRefFacts, planPostResolutions } from "./post-resolution.js";

const ref = (over: Partial<OfficeRefFacts> = {}): OfficeRefFacts => ({
  eventId: "event:1",
  kind: "meeting",
  status: "occurred",
  date: "2024-03-04",
  postId: "post:foreign-minister:country:IR",
  role: "participant",
  namedIds: ["person:lavrov"],
  ...over,
});
const span = (personId: string, firstSeen: string, lastSeen: string) => ({
  personId,
  postId: "post:foreign-minister:country:IR",
  firstSeen,
  lastSeen,
});

describe("planPostResolutions", () => {
  it("resolves to the one holder whose span covers the date, with the pairs it gives", () => {
    const [r, ...rest] = planPostResolutions([ref()], [span("person:araghchi", "2024-01-01", "2024-05-01")]);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      personId: "person:araghchi",
      pairType: "MET_WITH",
      pairs: [["person:araghchi", "person:lavrov"]],
    });
  });

  it("follows a change of holder between two dates", () => {
    const spans = [span("person:old", "2023-01-01", "2023-06-01"), span("person:new", "2024-01-01", "2024-06-01")];
    const resolved = planPostResolutions(
      [ref({ eventId: "event:a", date: "2023-03-01" }), ref({ eventId: "event:b", date: "2024-03-01" })],
      spans,
    );
    expect(resolved.map((r) => [r.eventId, r.personId])).toEqual([
      ["event:a", "person:old"],
      ["event:b", "person:new"],
    ]);
  });

  it("covers dates up to the tolerance outside a span and no further", () => {
    const spans = [span("person:araghchi", "2024-03-01", "2024-03-01")];
    const edge = shiftDay("2024-03-01", HELD_TOLERANCE_DAYS);
    expect(planPostResolutions([ref({ date: edge })], spans)).toHaveLength(1);
    expect(planPostResolutions([ref({ date: shiftDay(edge, 1) })], spans)).toEqual([]);
  });

  it("leaves ambiguous, unheld and undated references unresolved", () => {
    const two = [span("person:a", "2024-01-01", "2024-05-01"), span("person:b", "2024-02-01", "2024-04-01")];
    expect(planPostResolutions([ref()], two)).toEqual([]);
    expect(planPostResolutions([ref()], [])).toEqual([]);
    expect(planPostResolutions([ref({ date: null })], [span("person:a", "2024-01-01", "2024-05-01")])).toEqual([]);
  });

  it("gives a call SPOKE_WITH, a visit no pair, and never resolves a named participant to themself", () => {
    const spans = [span("person:araghchi", "2024-01-01", "2024-05-01")];
    expect(planPostResolutions([ref({ kind: "call" })], spans)[0]?.pairType).toBe("SPOKE_WITH");
    expect(planPostResolutions([ref({ kind: "visit", role: "host" })], spans)[0]).toMatchObject({
      pairType: null,
      pairs: [],
    });
    expect(planPostResolutions([ref({ namedIds: ["person:araghchi"] })], spans)).toEqual([]);
  });
});

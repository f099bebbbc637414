import { describe, expect, it } from "vitest";
import { LEDE, read } from "./read-extraction.test-support.js";

describe("visits", () => {
  it("takes a visitor named in a relative clause with an appositive ('X, now minister of ..., paid a visit to')", () => {
    const r = read(
      `${LEDE}Kowal's predecessor, Marta Zielinska, now secretary of the security council, paid a visit to Vilnius in May.`,
      "2024-03-27",
    );
    expect(r.persons).toContain("Marta Zielinska");
    expect(r.visited.map((v) => v.replace(/ occurred.*/, ""))).toEqual(["Marta Zielinska + Vilnius"]);
  });

  it("counts those travelling with the visitor", () => {
    const r = read(
      `${LEDE}Estonian Prime Minister Ivo Laht arrived in Vilnius on Tuesday, accompanied by Foreign Minister Karl Ude and Finance Minister Mari Tamm.`,
      "2024-03-27",
    );
    expect(r.visited).toEqual([
      "Ivo Laht + Vilnius occurred 2024-03-26",
      "Karl Ude + Vilnius occurred 2024-03-26",
      "Mari Tamm + Vilnius occurred 2024-03-26",
    ]);
  });

  it("makes a meeting in a city of the country someone is visiting a visit to that city", () => {
    const r = read(
      `${LEDE}Estonian Prime Minister Ivo Laht, who is on an official visit to Lithuania, met Lithuanian President Jonas Petraitis in Kaunas on Tuesday.`,
      "2024-03-27",
    );
    expect(r.visited).toContain("Ivo Laht + Kaunas occurred 2024-03-26");
    // The host is at home.
    expect(r.visited.some((v) => v.startsWith("Jonas Petraitis"))).toBe(false);
  });

  it("makes the foreign participant of talks held 'during a visit' the visitor of the city", () => {
    const r = read(
      `${LEDE}Estonian Prime Minister Ivo Laht held talks with Lithuanian President Jonas Petraitis in Kaunas on Tuesday during a visit marking the anniversary of the treaty.`,
      "2024-03-27",
    );
    expect(r.visited).toEqual(["Ivo Laht + Kaunas occurred 2024-03-26"]);
  });

  it("follows 'he' after a short opening to the subject of the sentence before, not the agent of a passive", () => {
    const r = read(
      `${LEDE}Estonian Prime Minister Ivo Laht was hosted in Vilnius by Lithuanian President Jonas Petraitis. On Sunday he travelled to Kaunas.`,
      "2024-03-27",
    );
    expect(r.visited).toContain("Ivo Laht + Kaunas occurred 2024-03-24");
    expect(r.visited.some((v) => v.startsWith("Jonas Petraitis"))).toBe(false);
  });

  it("reads 'flew into' and 'is also in' as travel", () => {
    const r = read(
      `${LEDE}Chancellor Otto Brenner flew into Tallinn on Monday. Estonian Prime Minister Ivo Laht is also in Vilnius for the conference.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, ""))).toEqual([
      "Ivo Laht + Vilnius",
      "Otto Brenner + Tallinn",
    ]);
  });

  it("does not make a visitor of a meeting abroad without any word of travel", () => {
    const r = read(
      `${LEDE}Estonian Prime Minister Ivo Laht held talks with Lithuanian President Jonas Petraitis in Kaunas on Tuesday.`,
      "2024-03-27",
    );
    expect(r.visited).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { LEDE, pairs, read } from "./read-extraction.test-support.js";

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

describe("visits: arrivals, departures and companions", () => {
  it("keeps a visit when only another clause of the sentence is denied", () => {
    const r = read(
      `${LEDE}Chancellor Otto Brenner is also in Vilnius for the talks, but no meeting between him and Laht has been arranged.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, ""))).toEqual(["Otto Brenner + Vilnius"]);
  });

  it("places an arrival that names no place at the dateline, and the city left 'where he held talks'", () => {
    const r = read(
      `${LEDE}Chancellor Otto Brenner flew in from Vilnius, where he held talks with President Jonas Petraitis on Friday.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, "")).sort()).toEqual([
      "Otto Brenner + Riga",
      "Otto Brenner + Vilnius",
    ]);
  });

  it("does not send someone to the dateline's city when 'the delegation landed'", () => {
    const r = read(
      `${LEDE}Foreign Minister Karl Ude met Chancellor Otto Brenner on Monday, shortly after the delegation landed.`,
      "2024-03-27",
    );
    expect(r.visited).toEqual([]);
  });

  it("gives those who accompanied a visitor the visits of that trip only", () => {
    const r = read(
      `${LEDE}Estonian Prime Minister Ivo Laht landed in Vilnius on Tuesday. Army chief General Peeter Saar, who accompanied Laht, attended the talks. Last October Laht attended a forum in Kaunas.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, "")).sort()).toEqual([
      "Ivo Laht + Kaunas",
      "Ivo Laht + Vilnius",
      "Peeter Saar + Vilnius",
    ]);
  });

  it("sends the subject, not the person named last, on a trip joined by ', and'", () => {
    const r = read(
      `${LEDE}On Monday, Chancellor Otto Brenner met with President Jonas Petraitis, chairman of the council, and attended a business forum in Kaunas.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, ""))).toEqual(["Kaunas + Otto Brenner"]);
  });

  it("finds the traveller after a trip told as a noun ('The tour began in X, where Y was hosted')", () => {
    const r = read(
      `${LEDE}The tour began on Saturday in Vilnius, where Premier Ivo Laht was hosted by President Jonas Petraitis.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, ""))).toEqual(["Ivo Laht + Vilnius"]);
  });

  it("places a meeting 'for a state visit' that names no place at the dateline, for the foreign guest only", () => {
    const r = read(
      `${LEDE}Latvian President Anna Kowal welcomed Estonian President Karl Ude to the palace on Tuesday for the first state visit by an Estonian leader in a decade.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, ""))).toEqual(["Karl Ude + Riga"]);
  });

  it("makes the persons after 'visiting' the visitors, not the host before it", () => {
    const r = read(
      `${LEDE}Latvian President Anna Kowal hosted a dinner for visiting Estonian Prime Minister Ivo Laht and Lithuanian Premier Ruta Vaitkute at the castle in Riga.`,
      "2024-03-27",
    );
    expect(r.visited.map((v) => v.replace(/ occurred.*/, "")).sort()).toEqual([
      "Ivo Laht + Riga",
      "Riga + Ruta Vaitkute",
    ]);
  });

  it("takes every coordinated subject as a visitor and as a guest of the clause that goes on with them", () => {
    const r = read(
      `${LEDE}Lithuanian Foreign Minister Karl Ude, and Finnish Foreign Minister Anna Kowal arrived in Tallinn on Saturday and were received by Prime Minister Ivo Laht. Senator Otto Brenner arrived to Vilnius on Sunday, and Premier Marta Zielinska left for Helsinki.`,
    );
    expect(pairs(r.visited)).toEqual([
      "Anna Kowal + Tallinn",
      "Helsinki + Marta Zielinska",
      "Karl Ude + Tallinn",
      "Otto Brenner + Vilnius",
    ]);
    expect(pairs(r.met)).toEqual(["Anna Kowal + Ivo Laht", "Anna Kowal + Karl Ude", "Ivo Laht + Karl Ude"]);
  });

  it("reads 'Visiting' at the start of a sentence like 'visiting' inside one", () => {
    const r = read(
      "TALLINN, June 5 (XA) - Visiting Latvian President Ivo Laht had talks with President Karl Ude today.",
    );
    expect(pairs(r.visited)).toEqual(["Ivo Laht + Tallinn"]);
  });

  it("gives those listed as having accompanied a visitor the visitor's trip, and reads taking part in a meeting somewhere as travel", () => {
    const r = read(
      `${LEDE}Prime Minister Karl Ude arrived in Vilnius on Tuesday. Officials who accompanied Ude during the visit were Trade Minister Anna Kowal and Adviser Otto Brenner. Interior Minister Marta Zielinska participated in the regional ministers' meeting in Tallinn.`,
    );
    expect(pairs(r.visited)).toEqual([
      "Anna Kowal + Vilnius",
      "Karl Ude + Vilnius",
      "Marta Zielinska + Tallinn",
      "Otto Brenner + Vilnius",
    ]);
  });

  it("sends a delegation's members where the delegation went", () => {
    const r = read(
      `${LEDE}A Latvian delegation left Riga for Tallinn on Friday for talks. The delegation is led by Foreign Minister Anna Kowal and includes Trade Minister Otto Brenner. The Estonian government delegation to Finland included Premier Ivo Laht and Minister Karl Ude.`,
      "2024-03-27",
    );
    expect(pairs(r.visited)).toEqual([
      "Anna Kowal + Tallinn",
      "Finland + Ivo Laht",
      "Finland + Karl Ude",
      "Otto Brenner + Tallinn",
    ]);
  });

  it("finds 'the Estonia President' by the country's name and a nickname in quotes after a full name", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht received President Karl Ude. The Estonia President is on his official visit to Latvia. Laht spoke with Foreign Minister Anna Kowal 'Annushka' about Annushka's recent visit to Vilnius.`,
    );
    expect(pairs(r.visited)).toEqual(["Anna Kowal + Vilnius", "Karl Ude + Latvia"]);
  });
});

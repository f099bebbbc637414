import { describe, expect, it } from "vitest";
import { analyzeLayout, isHeadingLine } from "./layout.js";

describe("analyzeLayout", () => {
  it.each([
    ["LUSAKA, Feb. 20 (ZNA) - The minister arrived.", "LUSAKA", { month: 2, day: 20 }],
    ["ZNA (Mar 26) - The minister arrived.", "ZNA", { month: 3, day: 26 }],
    ["QUITO (XA) - The minister arrived.", "QUITO", null],
    ["HANOI, October 23. /VNA/. The minister arrived.", "HANOI", { month: 10, day: 23 }],
    ["Lima, Dec 6 (EFE).- The minister arrived.", "Lima", { month: 12, day: 6 }],
    ["OSLO, May 9 (NTB) The minister arrived.", "OSLO", { month: 5, day: 9 }],
  ])("reads the dateline %j", (line, place, date) => {
    const layout = analyzeLayout(`Headline here\n${line}`);
    expect(layout.dateline?.place).toBe(place);
    expect(layout.dateline?.date ? { month: layout.dateline.date.month, day: layout.dateline.date.day } : null).toEqual(
      date,
    );
    // The dateline is blanked from the working text, offsets unchanged.
    expect(layout.work.length).toBe(`Headline here\n${line}`.length);
    expect(layout.work).toContain("The minister arrived.");
    expect(layout.work).not.toContain(place);
  });

  it("finds the headline and a timestamp line, reading day.month.year the European way", () => {
    const text = "Envoys meet in Lima\n04.06.2024\n\nLIMA (XA) - Two envoys met on Tuesday.";
    const layout = analyzeLayout(text);
    expect(text.slice(layout.headline!.start, layout.headline!.end)).toBe("Envoys meet in Lima");
    expect(layout.stamp).toMatchObject({ year: 2024, month: 6, day: 4 });
  });

  it("blanks photographers, reporting lines and bylines, so credits are never persons", () => {
    const text = [
      "Leaders meet",
      "By Tomas Verhoeven",
      "Caption: President Anna Kowal greets Premier Ivo Laht in Riga, March 3, 2024. Pavel Rudnik/BALTA (Baltic Agency)",
      "(Photo by Mira Solberg / AFP)",
      "(Reporting by Jonas Eklund; Editing by Ruth Alder)",
    ].join("\n");
    const { work } = analyzeLayout(text);
    for (const credit of ["Tomas Verhoeven", "Pavel Rudnik", "Mira Solberg", "Jonas Eklund", "Ruth Alder"])
      expect(work).not.toContain(credit);
    expect(work).toContain("President Anna Kowal greets Premier Ivo Laht in Riga");
    expect(analyzeLayout(text).years).toContain(2024);
  });

  it.each([
    ["Norland Amir Receives Visiting Latvian Foreign Minister", true],
    ["OPINION: Why the talks in Riga stalled", true],
    ["World | Europe", true],
    ["KABUL: Foreign Minister Anna Kowal met President Karl Ude on Monday.", false],
    ["Foreign Minister Anna Kowal met President Karl Ude in Riga on Monday", false],
  ])("tells a heading line from running text: %j", (line, heading) => {
    expect(isHeadingLine(line)).toBe(heading);
  });

  it("reads a colon dateline after a known place, and a label before a colon as no dateline", () => {
    expect(analyzeLayout("Talks\nKABUL: Minister Anna Kowal met Karl Ude.").dateline?.place).toBe("KABUL");
    expect(analyzeLayout("Talks\nOPINION: Minister Anna Kowal met Karl Ude.").dateline).toBeNull();
  });
});

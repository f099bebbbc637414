import { describe, expect, it } from "vitest";
import { csvRecords } from "./csv.js";

describe("csvRecords", () => {
  it("reads quoted commas, doubled quotes and line breaks, with the line each record starts on", () => {
    const text = 'id,name\r\nQ1,"Dahl, Lars"\n\nQ2,"The ""Elder"" Statesman"\nQ3,"two\nlines"\nQ4,last';
    expect([...csvRecords(text)]).toEqual([
      { line: 1, fields: ["id", "name"] },
      { line: 2, fields: ["Q1", "Dahl, Lars"] },
      { line: 4, fields: ["Q2", 'The "Elder" Statesman'] },
      { line: 5, fields: ["Q3", "two\nlines"] },
      { line: 7, fields: ["Q4", "last"] },
    ]);
  });

  it("refuses a quoted field left open", () => {
    expect(() => [...csvRecords('id,name\nQ1,"open')]).toThrow(/line 2/);
  });
});

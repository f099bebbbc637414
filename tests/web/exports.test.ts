// CSV cells: separators and quotes survive a round trip through a spreadsheet, and a cell cannot start
// a formula.
import { describe, expect, it } from "vitest";
import { csvCell } from "../../src/web/exports.js";

describe("CSV cells", () => {
  it("quotes what needs it and leaves the rest as it is", () => {
    expect(csvCell("Tehran")).toBe("Tehran");
    expect(csvCell("Haniyeh, Ismail")).toBe('"Haniyeh, Ismail"');
    expect(csvCell('the "Amir"')).toBe('"the ""Amir"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("never lets a cell start a formula", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-2,3")).toBe('"\'-2,3"');
  });
});

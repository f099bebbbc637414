import { describe, expect, it } from "vitest";
import { countAxisWidth, countLabels } from "../../src/web/count-axis.js";

/** A font where every character is 7 px wide. */
const sevenPx = (text: string) => 7 * text.length;

describe("the timeline's count axis", () => {
  it("labels whole counts with thousands separated and leaves fractions bare", () => {
    expect(countLabels([0, 0.5, 1, 1200, 25000])).toEqual(["0", "", "1", "1,200", "25,000"]);
  });

  it("is as wide as its widest label plus the ticks", () => {
    expect(countAxisWidth(["0", "500", "1,000"], sevenPx)).toBe(15 + 35);
    expect(countAxisWidth(["0", "5"], sevenPx)).toBe(15 + 7);
  });

  it("grows with the labels, so no label is cut", () => {
    const small = countAxisWidth(countLabels([0, 50, 100]), sevenPx);
    const large = countAxisWidth(countLabels([0, 5000, 10000]), sevenPx);
    expect(large - small).toBe(7 * ("10,000".length - "100".length));
  });

  it("keeps room for the ticks when nothing is labelled yet", () => {
    expect(countAxisWidth(null, sevenPx)).toBe(15);
    expect(countAxisWidth(["", ""], sevenPx)).toBe(15);
  });
});

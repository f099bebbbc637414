import { describe, expect, it } from "vitest";
import { HELD_TOLERANCE_DAYS, shiftDay, spanCovers } from "./held-tolerance.js";

describe("HELD spans around a date", () => {
  it("moves dates across month, year and leap-day boundaries", () => {
    expect(shiftDay("2024-01-31", 1)).toBe("2024-02-01");
    expect(shiftDay("2024-03-01", -1)).toBe("2024-02-29");
    expect(shiftDay("2023-12-15", 30)).toBe("2024-01-14");
  });

  it(`covers a date up to ${HELD_TOLERANCE_DAYS} days outside the span and not one day more`, () => {
    const span = { firstSeen: "2024-05-10", lastSeen: "2024-06-10" };
    expect(spanCovers(span, "2024-05-20")).toBe(true);
    expect(spanCovers(span, shiftDay("2024-05-10", -HELD_TOLERANCE_DAYS))).toBe(true);
    expect(spanCovers(span, shiftDay("2024-05-10", -HELD_TOLERANCE_DAYS - 1))).toBe(false);
    expect(spanCovers(span, shiftDay("2024-06-10", HELD_TOLERANCE_DAYS))).toBe(true);
    expect(spanCovers(span, shiftDay("2024-06-10", HELD_TOLERANCE_DAYS + 1))).toBe(false);
  });
});

// Bucketing the timeline strip's day counts: weeks start on Monday, months on the 1st, no holes in the
// axis, and a brushed span snaps to whole buckets.
import { describe, expect, it } from "vitest";
import { bucketActivity, bucketEnd, bucketStart, snapSpan } from "../../src/web/activity-buckets.js";

describe("activity buckets", () => {
  it("gathers a short span into Monday weeks with an empty week on each side", () => {
    const b = bucketActivity([
      { date: "2025-05-13", kind: "meeting", events: 1 },
      { date: "2025-05-14", kind: "meeting", events: 2 },
      { date: "2025-05-13", kind: "call", events: 1 },
      { date: "2025-05-27", kind: "visit", events: 1 },
    ]);
    expect(b?.unit).toBe("week");
    expect(b?.starts).toEqual(["2025-05-05", "2025-05-12", "2025-05-19", "2025-05-26", "2025-06-02"]);
    expect(b?.meetings).toEqual([0, 3, 0, 0, 0]);
    expect(b?.calls).toEqual([0, 1, 0, 0, 0]);
    expect(b?.visits).toEqual([0, 0, 0, 1, 0]);
  });

  it("uses months past half a year, across a year's end", () => {
    const b = bucketActivity([
      { date: "2024-11-26", kind: "meeting", events: 2 },
      { date: "2025-06-02", kind: "call", events: 1 },
    ]);
    expect(b?.unit).toBe("month");
    expect(b?.starts[0]).toBe("2024-10-01");
    expect(b?.starts.at(-1)).toBe("2025-07-01");
    expect(b?.starts).toHaveLength(10);
    expect(b?.meetings[1]).toBe(2);
    expect(b?.calls[8]).toBe(1);
    expect(bucketActivity([])).toBeNull();
  });

  it("snaps a brushed span to whole buckets, whichever way it was drawn", () => {
    expect(snapSpan("2025-05-15", "2025-05-21", "week")).toEqual(["2025-05-12", "2025-05-25"]);
    expect(snapSpan("2025-03-20", "2024-12-02", "month")).toEqual(["2024-12-01", "2025-03-31"]);
    expect(bucketStart("2024-03-03", "week")).toBe("2024-02-26");
    expect(bucketEnd("2024-02-01", "month")).toBe("2024-02-29");
  });
});

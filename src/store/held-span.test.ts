import { describe, expect, it } from "vitest";
import type { HeldRow } from "./graph-rows.js";
import { coverageChanges, inWindow } from "./held-span.js";

const row = (personId: string, postId: string, date: string): HeldRow => ({
  personId,
  postId,
  date,
  articleId: `a-${date}`,
  evidence: [],
});

describe("coverageChanges", () => {
  const known = new Map([["p:ana|fm", { firstSeen: "2024-02-01", lastSeen: "2024-05-31" }]]);
  it("gives nothing when the stored span already covers every row", () => {
    expect(coverageChanges([row("p:ana", "fm", "2024-02-01"), row("p:ana", "fm", "2024-05-31")], known)).toEqual([]);
  });
  it("gives the stretch a span gains at either end, with the tolerance on both sides", () => {
    expect(coverageChanges([row("p:ana", "fm", "2024-06-10")], known)).toEqual([
      { postId: "fm", from: "2024-05-01", to: "2024-07-10" },
    ]);
    expect(coverageChanges([row("p:ana", "fm", "2024-01-31")], known)).toEqual([
      { postId: "fm", from: "2024-01-01", to: "2024-03-02" },
    ]);
  });
  it("gives a new holder's whole span, dates between its rows included", () => {
    const rows = [row("p:bo", "dm", "2024-03-01"), row("p:bo", "dm", "2024-09-01"), row("p:bo", "fm", "2024-03-01")];
    expect(coverageChanges(rows, known)).toEqual([
      { postId: "dm", from: "2024-01-31", to: "2024-10-01" },
      { postId: "fm", from: "2024-01-31", to: "2024-03-31" },
    ]);
  });
  it("joins a post's overlapping windows and keeps distant ones apart", () => {
    const rows = [row("p:bo", "fm", "2024-03-01"), row("p:ana", "fm", "2024-06-10"), row("p:cy", "fm", "2025-06-01")];
    expect(coverageChanges(rows, known)).toEqual([
      { postId: "fm", from: "2024-01-31", to: "2024-03-31" },
      { postId: "fm", from: "2024-05-01", to: "2024-07-10" },
      { postId: "fm", from: "2025-05-02", to: "2025-07-01" },
    ]);
    const overlapping = [row("p:bo", "fm", "2024-05-20"), row("p:ana", "fm", "2024-06-10")];
    expect(coverageChanges(overlapping, known)).toEqual([{ postId: "fm", from: "2024-04-20", to: "2024-07-10" }]);
  });
});

describe("inWindow", () => {
  it("reads null bounds as open and never takes an undated event", () => {
    expect(inWindow({ postId: "fm", from: "2024-01-01", to: "2024-01-31" }, "2024-01-31")).toBe(true);
    expect(inWindow({ postId: "fm", from: "2024-01-01", to: "2024-01-31" }, "2024-02-01")).toBe(false);
    expect(inWindow({ postId: "fm", from: null, to: null }, "1990-01-01")).toBe(true);
    expect(inWindow({ postId: "fm", from: null, to: null }, null)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { INDEPENDENT_REPORT, WIRE_STORY } from "../../tests/syndication/stories.js";
import { allEdits, copyEdits, newHeadline, otherCredit, shortenedTail } from "../../tests/syndication/variants.js";
import { fingerprint } from "./minhash.js";
import { assignGroups, lookupKeys } from "./same-story.js";

const art = (id: string, text: string) => ({ id, fingerprint: fingerprint(text) });

describe("same-story grouping", () => {
  it.each([
    ["a new headline", newHeadline],
    ["a tail cut to 70%", (t: string) => shortenedTail(t, 0.7)],
    ["another outlet's credit line", otherCredit],
    ["copy edits", copyEdits],
    ["every edit at once", allEdits],
  ])("puts a copy with %s in the original's group", (_label, edit) => {
    const groups = assignGroups([art("wire", WIRE_STORY), art("copy", edit(WIRE_STORY))], []);
    expect(groups.map((g) => g.group)).toEqual(["wire", "wire"]);
  });

  it("keeps an independent report of the same meeting in a group of its own", () => {
    const groups = assignGroups([art("wire", WIRE_STORY), art("other", INDEPENDENT_REPORT)], []);
    expect(groups.map((g) => g.group)).toEqual(["wire", "other"]);
  });

  it("names a group by its first-seen article and indexes only that one", () => {
    const [first, copy] = assignGroups([art("b-first", WIRE_STORY), art("a-later", newHeadline(WIRE_STORY))], []);
    expect(first).toMatchObject({ group: "b-first" });
    expect(first?.bands.length).toBeGreaterThan(0);
    expect(copy).toEqual({ id: "a-later", group: "b-first", bands: [] });
  });

  it("joins a copy to a founder stored by an earlier batch", () => {
    const founder = { id: "stored", fingerprint: fingerprint(WIRE_STORY) };
    const copy = art("new", otherCredit(WIRE_STORY));
    expect(lookupKeys([copy]).length).toBeGreaterThan(0);
    expect(assignGroups([copy, art("indep", INDEPENDENT_REPORT)], [founder]).map((g) => g.group)).toEqual([
      "stored",
      "indep",
    ]);
  });

  it("leaves an article without a fingerprint alone", () => {
    const groups = assignGroups([art("wire", WIRE_STORY), { id: "old", fingerprint: null }], []);
    expect(groups[1]).toEqual({ id: "old", group: "old", bands: [] });
    expect(lookupKeys([{ id: "old", fingerprint: null }])).toEqual([]);
  });
});

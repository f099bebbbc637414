// The view's round trip through the URL: what the page writes it reads back the same, and a link typed
// by hand with bad values opens the default for those values instead of failing.
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, readView, type ViewState, writeView } from "../../src/web/view-state.js";

describe("view state in the URL", () => {
  it("reads back what it writes", () => {
    const views: ViewState[] = [
      DEFAULT_VIEW,
      {
        person: "person:ismalhanah",
        from: "2024-01-01",
        to: "2024-12-31",
        depth: 2,
        kinds: ["meetings", "visits"],
        statuses: ["planned"],
        minReports: 3,
        country: "IR",
        organization: "Hamas",
        nodes: 5000,
        view: "map",
      },
    ];
    for (const v of views) expect(readView(writeView(v))).toEqual(v);
    expect(writeView(DEFAULT_VIEW)).toBe("");
  });

  it("falls back to the default for each malformed value, keeping the good ones", () => {
    const v = readView(
      "?person=person:x&from=yesterday&depth=9&kinds=hugs,calls&statuses=&minReports=-1&nodes=99999&view=globe&country=Iran",
    );
    expect(v).toEqual({ ...DEFAULT_VIEW, person: "person:x", kinds: ["calls"] });
  });
});

import { describe, expect, it } from "vitest";
import type { HeldRow } from "./graph-rows.js";
import { postsWidened } from "./held-span.js";

const row = (personId: string, postId: string, date: string): HeldRow => ({
  personId,
  postId,
  date,
  articleId: `a-${date}`,
  evidence: [],
});

describe("postsWidened", () => {
  const known = new Map([["p:ana|fm", { firstSeen: "2024-02-01", lastSeen: "2024-05-31" }]]);
  it("leaves out a post whose stored span already covers every row", () => {
    expect(postsWidened([row("p:ana", "fm", "2024-02-01"), row("p:ana", "fm", "2024-05-31")], known)).toEqual([]);
  });
  it("names a post a row widens at either end, or a holder not stored yet", () => {
    expect(postsWidened([row("p:ana", "fm", "2024-06-01")], known)).toEqual(["fm"]);
    expect(postsWidened([row("p:ana", "fm", "2024-01-31")], known)).toEqual(["fm"]);
    expect(postsWidened([row("p:bo", "fm", "2024-03-01"), row("p:bo", "dm", "2024-03-01")], known)).toEqual([
      "dm",
      "fm",
    ]);
  });
});

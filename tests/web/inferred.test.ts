// Which events the evidence panel marks as inferred, and why.
import { describe, expect, it } from "vitest";
import type { EventView } from "../../src/web/api.js";
import { inferredBecause } from "../../src/web/edge-evidence.js";

const event = (extra: Partial<EventView> = {}): EventView => ({
  id: "event:meeting:2024-03-26:x",
  kind: "meeting",
  status: "occurred",
  date: "2024-03-26",
  location: null,
  participants: [
    { id: "person:a", name: "Ana Ortega", role: "participant" },
    { id: "person:b", name: "Bram Visser", role: "participant" },
  ],
  articleCount: 1,
  sources: [],
  ...extra,
});

describe("inferred events", () => {
  it("leaves an event whose participants the text named unmarked", () => {
    expect(inferredBecause(event())).toBeNull();
    expect(inferredBecause(event({ resolvedBy: null }))).toBeNull();
  });

  it("names the participants resolved by post, and the event's own mark otherwise", () => {
    const byPost = event({
      participants: [
        { id: "person:a", name: "Ana Ortega", role: "participant" },
        { id: "person:b", name: "Bram Visser", role: "participant", resolvedBy: "post" },
      ],
    });
    expect(inferredBecause(byPost)).toBe("inferred: Bram Visser (resolved by post)");
    expect(inferredBecause(event({ resolvedBy: "post" }))).toBe("inferred (resolved by post)");
  });
});

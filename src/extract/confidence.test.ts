import { describe, expect, it } from "vitest";
import { MIN_CONFIDENCE, rateEvents } from "./confidence.js";
import type { RawEvent } from "./events.js";
import type { Mention } from "./mentions.js";
import type { PersonCluster } from "./persons.js";

const mention = (text: string, strong: boolean): Mention => ({
  kind: "person",
  sentence: 0,
  start: 0,
  end: text.length,
  text,
  tokens: text.split(" "),
  title: null,
  country: null,
  strong,
  weak: !strong,
  proper: true,
  common: false,
});
const person = (name: string, strong: boolean, mentions = 1): PersonCluster => ({
  index: 0,
  name,
  forms: new Set([name]),
  titles: new Set(),
  countries: new Map(),
  mentions: Array.from({ length: mentions }, () => mention(name, strong)),
  keys: name.toLowerCase().split(" "),
});
const meeting = (...parties: PersonCluster[]): RawEvent => ({
  kind: "meeting",
  status: "occurred",
  date: null,
  place: null,
  participants: parties.map((cluster) => ({ cluster, role: "participant" })),
  sentence: { start: 0, end: 10, text: "they met." },
  confidence: 0.7,
});

describe("rateEvents", () => {
  it("keeps events on named parties and drops one resting on a bare word seen once, with the reason", () => {
    const strong = person("Aurel Manea", true);
    const { events, dropped } = rateEvents([
      meeting(strong, person("Karl Ude", true)),
      meeting(strong, person("Karl Ude", false)),
      meeting(strong, person("Bodo", false)),
    ]);
    expect(events.map((e) => e.confidence)).toEqual([0.8, 0.5]);
    expect(events.every((e) => e.confidence >= MIN_CONFIDENCE)).toBe(true);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.reason).toMatch(/below 0\.5: Bodo one word named once/);
  });
});

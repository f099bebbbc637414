import { describe, expect, it } from "vitest";
import { rateEvents } from "./confidence.js";
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
  it("rates an event by its weakest party: posts for all, a name seen twice, a full name seen once", () => {
    const strong = person("Aurel Manea", true);
    const rated = rateEvents([
      meeting(strong, person("Karl Ude", true)),
      meeting(strong, person("Karl Ude", false, 2)),
      meeting(strong, person("Karl Ude", false)),
    ]);
    expect(rated.map((e) => e.confidence)).toEqual([0.8, 0.7, 0.5]);
  });
});

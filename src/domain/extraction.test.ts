import { describe, expect, it } from "vitest";
import { Extraction, misplacedEvidence } from "./extraction.js";

const text = "Alice Example met Bob Sample in Paris on Monday.";

function valid() {
  return {
    version: 1 as const,
    article: {
      id: "a".repeat(64),
      title: null,
      url: null,
      source: null,
      publishedAt: "2024-03-26",
      dateline: { place: "Paris", date: "2024-03-26", raw: "PARIS, March 26 -" },
    },
    entities: [
      {
        type: "Person" as const,
        id: "p1",
        name: "Alice Example",
        aliases: [],
        titles: [],
        country: null,
        affiliations: [{ entityId: "o1", title: "envoy" }],
      },
      {
        type: "Person" as const,
        id: "p2",
        name: "Bob Sample",
        aliases: ["Sample"],
        titles: [],
        country: "France",
        affiliations: [],
      },
      { type: "Organization" as const, id: "o1", name: "United Nations", aliases: ["UN"] },
      {
        type: "Location" as const,
        id: "l1",
        name: "Paris",
        aliases: [],
        kind: "city" as const,
        countryCode: "FR",
        lat: 48.85,
        lon: 2.35,
      },
    ],
    events: [
      {
        id: "e1",
        kind: "meeting" as const,
        status: "occurred" as const,
        date: "2024-03-25",
        locationId: "l1",
        participants: [
          { entityId: "p1", role: "visitor" as const },
          { entityId: "p2", role: "host" as const },
        ],
        evidence: [{ start: 0, end: 48, text }],
        confidence: 0.9,
      },
    ],
    relations: [
      {
        type: "MET_WITH" as const,
        from: "p1",
        to: "p2",
        eventId: "e1",
        date: "2024-03-25",
        status: "occurred" as const,
        title: null,
        evidence: [{ start: 0, end: 48, text }],
        confidence: 0.9,
      },
      {
        type: "AFFILIATED_WITH" as const,
        from: "p1",
        to: "o1",
        eventId: null,
        date: null,
        status: "occurred" as const,
        title: "envoy",
        evidence: [],
        confidence: 0.8,
      },
    ],
    pruned: [],
  };
}

function issues(value: unknown): string[] {
  const result = Extraction.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("Extraction contract", () => {
  it("accepts a well-formed extraction", () => {
    expect(issues(valid())).toEqual([]);
    expect(misplacedEvidence(Extraction.parse(valid()), text)).toEqual([]);
  });

  it("rejects duplicate entity ids", () => {
    const x = valid();
    x.entities[1]!.id = "p1";
    expect(issues(x)).toContainEqual(expect.stringMatching(/^entities\.1\.id: duplicate entity id p1/));
  });

  it("rejects a MET_WITH that does not link two persons, or links one to itself", () => {
    const x = valid();
    x.relations[0]!.to = "l1";
    expect(issues(x)).toContainEqual(expect.stringMatching(/relations\.0\.to: MET_WITH must end at a Person/));
    const y = valid();
    y.relations[0]!.to = "p1";
    expect(issues(y)).toContainEqual(expect.stringMatching(/cannot link p1 to itself/));
  });

  it("accepts office references with an owner, and rejects one without or one given twice", () => {
    const ref = (country: string | null) => ({
      office: "foreign minister",
      country,
      organization: null,
      role: "participant" as const,
      evidence: { start: 0, end: 5, text: "Alice" },
    });
    const x = valid() as unknown as { events: { officeRefs?: ReturnType<typeof ref>[] }[] };
    x.events[0]!.officeRefs = [ref("FR")];
    expect(issues(x)).toEqual([]);
    x.events[0]!.officeRefs = [ref("FR"), ref("FR")];
    expect(issues(x)).toContainEqual(expect.stringMatching(/^events\.0\.officeRefs\.1: office foreign minister of FR/));
    x.events[0]!.officeRefs = [ref(null)];
    expect(issues(x)).toContainEqual(expect.stringMatching(/belongs to a country or an organisation/));
    x.events[0]!.officeRefs = [{ ...ref("FR"), evidence: { start: 1, end: 6, text: "Alice" } }];
    expect(misplacedEvidence(Extraction.parse(x), text)).toHaveLength(1);
  });

  it("rejects references to unknown events, participants and locations", () => {
    const x = valid();
    x.relations[0]!.eventId = "e9";
    x.events[0]!.participants[0]!.entityId = "o1";
    x.events[0]!.locationId = "p2";
    const found = issues(x);
    expect(found).toContainEqual("relations.0.eventId: unknown event e9");
    expect(found).toContainEqual(expect.stringMatching(/^events\.0\.participants\.0\.entityId: o1 is not a Person/));
    expect(found).toContainEqual(expect.stringMatching(/^events\.0\.locationId: p2 is not a Location/));
  });

  it("rejects impossible dates, bad kinds and spans whose length does not match", () => {
    const x = valid() as unknown as { events: { date: string; kind: string; evidence: { end: number }[] }[] };
    x.events[0]!.date = "2024-02-30";
    x.events[0]!.kind = "dinner";
    x.events[0]!.evidence[0]!.end = 10;
    const found = issues(x);
    expect(found).toContainEqual("events.0.date: must be a real calendar date");
    expect(found.some((m) => m.startsWith("events.0.kind"))).toBe(true);
    expect(found).toContainEqual("events.0.evidence.0: end - start must equal the length of text");
  });

  it("finds evidence that does not point at its text", () => {
    const x = Extraction.parse(valid());
    x.relations[0]!.evidence = [{ start: 1, end: 49, text }];
    expect(misplacedEvidence(x, text)).toHaveLength(1);
  });
});

describe("posts of a person", () => {
  const withPost = (post: Record<string, unknown>) => {
    const x = valid();
    (x.entities[1] as Record<string, unknown>).posts = [post];
    return x;
  };
  const post = {
    office: "foreign minister",
    country: "FR",
    organization: null,
    standing: "current",
    date: "2024-03-26",
    evidence: { start: 17, end: 27, text: "Bob Sample" },
  };

  it("accepts a post of a country or an organisation, and extractions without posts", () => {
    expect(Extraction.safeParse(withPost(post)).success).toBe(true);
    expect(Extraction.safeParse(withPost({ ...post, country: null, organization: "United Nations" })).success).toBe(
      true,
    );
    expect(Extraction.safeParse(valid()).success).toBe(true);
  });

  it("rejects a post of nothing, a country that is no ISO code and an undated post", () => {
    expect(Extraction.safeParse(withPost({ ...post, country: null })).success).toBe(false);
    expect(Extraction.safeParse(withPost({ ...post, country: "France" })).success).toBe(false);
    expect(Extraction.safeParse(withPost({ ...post, date: null })).success).toBe(false);
  });

  it("checks a post's evidence against the text like any other span", () => {
    const x = Extraction.parse(withPost({ ...post, evidence: { start: 0, end: 10, text: "Bob Sample" } }));
    expect(misplacedEvidence(x, text)).toHaveLength(1);
  });
});

// The GraphStore contract: one suite, run against every adapter (embedded.test.ts, neo4j.neo4j.test.ts).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthorityEntry } from "../../src/authority/authority-entry.js";
import type { Extraction } from "../../src/domain/extraction.js";
import { InvalidExtractionError } from "../../src/store/errors.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { personId, postId } from "../../src/store/identity.js";
import { arrivalOrderContract } from "./arrival-order-contract.js";
import { article, devCorpusExtractions, smallNetwork as network } from "./fixtures.js";
import { syndicationContract } from "./syndication-contract.js";

const all = { limit: 1000, offset: 0 };

/** Every answer the store gives about its whole content, to compare two states or two stores. */
export async function dumpAnswers(store: GraphStore) {
  const persons = (await store.searchPersons("", all)).items;
  const details = await Promise.all(persons.map((p) => store.person(p.id)));
  const counterparts = await Promise.all(persons.map((p) => store.counterparts(p.id, { includeUndated: true })));
  const meetings = (await store.meetings({ ...all, includeUndated: true })).items;
  const visits = (await store.visits({ ...all, includeUndated: true })).items;
  const top = await store.topPersons({ limit: 50, includeUndated: true });
  const posts = (await store.searchPosts(all)).items;
  // One after another: a hundred posts at once would add to the persons' queries above in the driver's pool.
  const holders = [];
  for (const p of posts) holders.push(await store.postHolders(p.id));
  return { stats: await store.stats(), persons, details, counterparts, meetings, visits, top, posts, holders };
}

export function graphStoreContract(name: string, openEmpty: () => Promise<GraphStore>) {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore | null = null;
    const open = async () => {
      store = await openEmpty();
      return store;
    };
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    describe("the development corpus", () => {
      let corpus: Extraction[];
      beforeAll(() => {
        corpus = devCorpusExtractions();
      });

      it("loads, and loading it again changes nothing", async () => {
        const s = await open();
        const first = await s.upsert(corpus);
        expect(first.articles).toEqual({ new: corpus.length, unchanged: 0 });
        expect(first.nodesCreated).toBeGreaterThan(corpus.length);
        await s.resolve();
        const before = await dumpAnswers(s);
        const version = await s.version();
        const again = await s.upsert(corpus);
        expect(again).toEqual({
          articles: { new: 0, unchanged: corpus.length },
          nodesCreated: 0,
          relationshipsCreated: 0,
        });
        expect((await s.resolve()).merged).toEqual([]);
        expect(await dumpAnswers(s)).toEqual(before);
        expect(await s.version()).toBe(version);
      });

      it("resolves the acceptance cases: variants joined, namesakes kept apart", async () => {
        const s = await open();
        await s.upsert(corpus);
        await s.resolve();
        const names = async (q: string) => (await s.searchPersons(q, all)).items;
        const lavrov = await names("lavrov");
        expect(lavrov).toHaveLength(1);
        expect([lavrov[0]?.name, ...(lavrov[0]?.aliases ?? [])].join("|")).toMatch(/Sergei/);
        expect([lavrov[0]?.name, ...(lavrov[0]?.aliases ?? [])].join("|")).toMatch(/Sergey/);
        const mohammed = await names("mohammed bin abdulrahman");
        expect(mohammed).toHaveLength(1);
        expect((await names("tamim")).map((p) => p.id)).not.toContain(mohammed[0]?.id);
        const jolani = await names("jolani");
        expect(jolani).toHaveLength(1);
        expect((await names("sharaa")).map((p) => p.id)).toEqual(jolani.map((p) => p.id));
        expect(new Set((await names("biden")).map((p) => p.name))).toEqual(new Set(["Joe Biden", "Jill Biden"]));
        expect(new Set((await names("ruto")).map((p) => p.name))).toEqual(new Set(["William Ruto", "Rachel Ruto"]));
        const kims = (await names("kim")).filter((p) => /^Kim /.test(p.name));
        expect(new Set(kims.map((p) => p.name))).toEqual(new Set(["Kim Jong Un", "Kim Keon Hee"]));
      });

      it("traces every meeting to the article and sentences that report it", async () => {
        const s = await open();
        await s.upsert(corpus);
        const meetings = (await s.meetings({ ...all, includeUndated: true })).items;
        expect(meetings.length).toBeGreaterThan(50);
        for (const m of meetings) {
          expect(m.sources.length).toBe(m.articleCount);
          expect(m.sources.every((src) => src.evidence.length > 0)).toBe(true);
          // two parties at least, one of them possibly known only by office
          expect(m.participants.length + (m.offices?.length ?? 0)).toBeGreaterThanOrEqual(2);
        }
      });
    });

    describe("events across articles", () => {
      const meet = (key: string, date: string | null, extra: Partial<Parameters<typeof article>[0]> = {}) =>
        article({
          key,
          persons: ["Ana Ortega", "Bram Visser"],
          places: [{ name: "Lisbon", countryCode: "PT" }],
          events: [{ who: ["Ana Ortega", "Bram Visser"], date, place: "Lisbon" }],
          ...extra,
        });

      it("counts a second report of a dated meeting instead of duplicating it", async () => {
        const s = await open();
        await s.upsert([meet("a", "2024-05-02")]);
        const v1 = await s.version();
        await s.upsert([meet("b", "2024-05-02")]);
        expect(await s.version()).not.toBe(v1);
        const { items } = await s.meetings(all);
        expect(items).toHaveLength(1);
        expect(items[0]?.articleCount).toBe(2);
        expect(items[0]?.sources.map((x) => x.url).sort()).toEqual(["https://example.org/a", "https://example.org/b"]);
        const [cp] = (await s.counterparts(personId("Ana Ortega"), {})) ?? [];
        expect(cp).toMatchObject({ name: "Bram Visser", meetings: 1, firstDate: "2024-05-02", lastDate: "2024-05-02" });
        expect((await s.stats()).relationships.MET_WITH).toBe(1);
      });

      it("keeps undated meetings of different articles apart", async () => {
        const s = await open();
        await s.upsert([meet("a", null), meet("b", null)]);
        expect((await s.meetings(all)).items).toHaveLength(0);
        expect((await s.meetings({ ...all, includeUndated: true })).items).toHaveLength(2);
      });

      it("marks a planned meeting occurred once a report says it happened", async () => {
        const s = await open();
        const planned = article({
          key: "p",
          persons: ["Ana Ortega", "Bram Visser"],
          events: [{ who: ["Ana Ortega", "Bram Visser"], date: "2024-06-01", status: "planned" }],
        });
        await s.upsert([planned]);
        expect(await s.counterparts(personId("Ana Ortega"), {})).toEqual([]);
        expect((await s.meetings({ ...all, status: "planned" })).items).toHaveLength(1);
        await s.upsert([meet("q", "2024-06-01")]);
        const { items } = await s.meetings(all);
        expect(items.map((m) => [m.status, m.articleCount])).toEqual([["occurred", 2]]);
        expect((await s.meetings({ ...all, status: "planned" })).items).toHaveLength(0);
      });

      it("rejects a batch holding an invalid extraction and writes none of it", async () => {
        const s = await open();
        const bad = meet("bad", "2024-05-02");
        bad.relations[0] = { ...(bad.relations[0] as Extraction["relations"][number]), to: "p:Nobody" };
        const error = await s.upsert([meet("good", "2024-05-03"), bad]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidExtractionError);
        expect((error as InvalidExtractionError).index).toBe(1);
        expect((error as Error).message).toMatch(/relations\.0\.to/);
        expect((await s.stats()).articles).toBe(0);
        expect(await s.knownArticles([meet("good", "2024-05-03").article.id])).toEqual(new Set());
      });
    });

    describe("syndication", () => syndicationContract(open));

    describe("arrival order", () => arrivalOrderContract(open));

    describe("resolution", () => {
      it("joins two names one article proves are one person, and their meetings", async () => {
        const s = await open();
        await s.upsert([
          article({ key: "1", persons: [{ name: "Ahmed al-Sharaa", aliases: ["Abu Mohammed al-Jolani"] }] }),
          article({
            key: "2",
            persons: ["Abu Mohammed al-Jolani", "Geir Pedersen"],
            events: [{ who: ["Abu Mohammed al-Jolani", "Geir Pedersen"], date: "2024-12-15" }],
          }),
          article({
            key: "3",
            persons: ["Ahmed al-Sharaa", "Geir Pedersen"],
            events: [{ who: ["Ahmed al-Sharaa", "Geir Pedersen"], date: "2024-12-15" }],
          }),
        ]);
        expect((await s.meetings(all)).items).toHaveLength(2);
        const result = await s.resolve();
        expect(result.merged).toEqual([[personId("Abu Mohammed al-Jolani"), personId("Ahmed al-Sharaa")]]);
        const { items } = await s.meetings(all);
        expect(items).toHaveLength(1);
        expect(items[0]?.articleCount).toBe(2);
        expect(items[0]?.participants.map((p) => p.name)).toEqual(["Ahmed al-Sharaa", "Geir Pedersen"]);
        expect(await s.person(personId("Abu Mohammed al-Jolani"))).toBeNull();
        const kept = await s.person(personId("Ahmed al-Sharaa"));
        expect(kept?.aliases).toContain("Abu Mohammed al-Jolani");
        expect(kept?.counts).toMatchObject({ meetings: 1, counterparts: 1 });
        expect((await s.stats()).relationships.MET_WITH).toBe(1);
        expect((await s.resolve()).merged).toEqual([]);
      });

      it("joins a surname to the one full name that ends with it, and only then", async () => {
        const s = await open();
        await s.upsert([
          article({
            key: "s1",
            persons: ["Vladimir Putin", "Joe Biden", "Jill Biden"],
            events: [{ who: ["Joe Biden", "Jill Biden"], date: "2024-01-01" }],
          }),
          article({
            key: "s2",
            persons: ["Putin", "Biden", "Xi Jinping"],
            events: [
              { who: ["Putin", "Xi Jinping"], date: "2024-05-16" },
              { who: ["Biden", "Xi Jinping"], date: "2023-11-15" },
            ],
          }),
        ]);
        const { merged } = await s.resolve();
        expect(merged).toEqual([[personId("Putin"), personId("Vladimir Putin")]]);
        expect((await s.counterparts(personId("Vladimir Putin"), {}))?.map((c) => c.name)).toEqual(["Xi Jinping"]);
        expect(await s.counterparts(personId("Putin"), {})).toBeNull();
        expect(await s.person(personId("Biden"))).not.toBeNull();
      });
    });

    describe("posts and holders", () => {
      const fm = postId({ office: "foreign minister", country: "PT", organization: null });
      const sg = postId({ office: "secretary-general", country: null, organization: "NATO" });
      const ana = personId("Ana Ortega");
      const bram = personId("Bram Visser");
      const reports = () => [
        article({
          key: "p1",
          persons: [{ name: "Ana Ortega", posts: [{ office: "foreign minister", country: "PT", date: "2024-01-10" }] }],
        }),
        article({
          key: "p2",
          persons: [
            { name: "Ana Ortega", posts: [{ office: "foreign minister", country: "PT", date: "2024-03-05" }] },
            { name: "Lars Dahl", posts: [{ office: "secretary-general", organization: "NATO", date: "2024-03-05" }] },
          ],
        }),
        // The holder changes: Ana is now the former minister, which must not stretch her span.
        article({
          key: "p3",
          persons: [
            {
              name: "Ana Ortega",
              posts: [{ office: "foreign minister", country: "PT", date: "2024-09-01", standing: "former" }],
            },
            { name: "Bram Visser", posts: [{ office: "foreign minister", country: "PT", date: "2024-09-01" }] },
          ],
        }),
      ];

      it("records who held a post, widening the span with every report and keeping former holders out", async () => {
        const s = await open();
        await s.upsert(reports());
        const holders = await s.postHolders(fm);
        expect(holders?.map((h) => [h.person.id, h.firstSeen, h.lastSeen, h.articleCount, h.source])).toEqual([
          [ana, "2024-01-10", "2024-03-05", 2, "extraction"],
          [bram, "2024-09-01", "2024-09-01", 1, "extraction"],
        ]);
        expect(holders?.[0]?.sources.map((x) => x.url).sort()).toEqual([
          "https://example.org/p1",
          "https://example.org/p2",
        ]);
        expect(holders?.[0]?.evidence).toEqual(["foreign minister Ana Ortega"]);
        expect(await s.postHolders("post:nothing:country:XX")).toBeNull();
      });

      it("searches posts by office, country and organisation", async () => {
        const s = await open();
        await s.upsert(reports());
        const ids = async (f: Partial<Parameters<GraphStore["searchPosts"]>[0]>) =>
          (await s.searchPosts({ ...all, ...f })).items.map((p) => [p.id, p.holders]);
        expect(await ids({})).toEqual([
          [fm, 2],
          [sg, 1],
        ]);
        expect(await ids({ office: "foreign minister", country: "PT" })).toEqual([[fm, 2]]);
        expect(await ids({ country: "IR" })).toEqual([]);
        expect(await ids({ organization: "nat" })).toEqual([[sg, 1]]);
        const [post] = (await s.searchPosts({ ...all, organization: "NATO" })).items;
        expect(post).toEqual({ id: sg, office: "secretary-general", country: null, organization: "NATO", holders: 1 });
        const first = await s.searchPosts({ limit: 1, offset: 0 });
        expect([first.items.length, first.nextOffset]).toEqual([1, 1]);
        expect((await s.searchPosts({ limit: 1, offset: 1 })).nextOffset).toBeNull();
      });

      it("gives an organisation's post a country a later report names", async () => {
        const s = await open();
        await s.upsert(reports());
        await s.upsert([
          article({
            key: "p4",
            persons: [
              {
                name: "Lars Dahl",
                posts: [{ office: "secretary-general", organization: "NATO", country: "BE", date: "2024-10-01" }],
              },
            ],
          }),
        ]);
        expect((await s.searchPosts({ ...all, organization: "NATO" })).items.map((p) => [p.id, p.country])).toEqual([
          [sg, "BE"],
        ]);
      });

      it("gives a person's posts with their dates", async () => {
        const s = await open();
        await s.upsert(reports());
        expect((await s.person(ana))?.posts).toEqual([
          {
            post: { id: fm, office: "foreign minister", country: "PT", organization: null },
            firstSeen: "2024-01-10",
            lastSeen: "2024-03-05",
            articleCount: 2,
            source: "extraction",
          },
        ]);
      });

      it("filters meetings by a post, whoever held it on the meeting's date", async () => {
        const s = await open();
        await s.upsert([
          ...reports(),
          article({
            key: "pm",
            persons: ["Ana Ortega", "Bram Visser", "Chen Li"],
            events: [
              { who: ["Ana Ortega", "Chen Li"], date: "2024-03-20" }, // 15 days after Ana was last seen in post
              { who: ["Ana Ortega", "Chen Li"], date: "2024-07-01" }, // months after: no longer known to hold it
              { who: ["Bram Visser", "Chen Li"], date: "2024-09-02" },
              { who: ["Bram Visser", "Chen Li"], date: null },
            ],
          }),
        ]);
        const dates = async (post: string) =>
          (await s.meetings({ ...all, post, includeUndated: true })).items.map((m) => m.date);
        expect(await dates(fm)).toEqual(["2024-09-02", "2024-03-20"]);
        expect(await dates(sg)).toEqual([]);
        expect((await s.meetings({ ...all, post: fm, person: ana })).items.map((m) => m.date)).toEqual(["2024-03-20"]);
      });

      it("joins the spans of two names resolved into one person", async () => {
        const s = await open();
        const president = (date: string) => [{ office: "president", country: "RU", date }];
        await s.upsert([
          article({ key: "r1", persons: [{ name: "Vladimir Putin", posts: president("2024-02-01") }] }),
          article({ key: "r2", persons: [{ name: "Putin", posts: president("2024-05-01") }] }),
        ]);
        expect(await s.postHolders(postId({ office: "president", country: "RU", organization: null }))).toHaveLength(2);
        await s.resolve();
        const holders = await s.postHolders(postId({ office: "president", country: "RU", organization: null }));
        expect(holders?.map((h) => [h.person.id, h.firstSeen, h.lastSeen, h.articleCount])).toEqual([
          [personId("Vladimir Putin"), "2024-02-01", "2024-05-01", 2],
        ]);
      });
    });

    describe("office references", () => {
      const fm = postId({ office: "foreign minister", country: "PT", organization: null });
      const ana = personId("Ana Ortega");
      const bram = personId("Bram Visser");
      const lars = personId("Lars Dahl");
      const portugueseFm = { office: "foreign minister", country: "PT" };
      const holders = () => [
        article({
          key: "h1",
          persons: [{ name: "Ana Ortega", posts: [{ office: "foreign minister", country: "PT", date: "2024-01-10" }] }],
        }),
        article({
          key: "h2",
          persons: [
            { name: "Bram Visser", posts: [{ office: "foreign minister", country: "PT", date: "2024-09-01" }] },
          ],
        }),
      ];
      const meetingOn = (key: string, date: string, kind: "meeting" | "call" = "meeting") =>
        article({ key, persons: ["Lars Dahl"], events: [{ kind, who: ["Lars Dahl"], offices: [portugueseFm], date }] });
      const partners = async (s: GraphStore, id: string) =>
        (await s.egoNetwork(id, 1, { limit: 50, kinds: ["MET_WITH", "SPOKE_WITH"] })).edges.map((e) => [
          e.type,
          e.source === id ? e.target : e.source,
          e.resolvedBy ?? null,
        ]);

      it("resolves an office to the one holder on the event's date, marking what it inferred", async () => {
        const s = await open();
        await s.upsert([...holders(), meetingOn("m1", "2024-02-01"), meetingOn("m2", "2024-09-20")]);
        const meetings = (await s.meetings({ ...all, person: lars })).items;
        expect(
          meetings.map((m) => [m.date, m.participants.map((p) => [p.id, p.resolvedBy ?? null, p.postId ?? null])]),
        ).toEqual([
          [
            "2024-09-20",
            [
              [bram, "post", fm],
              [lars, null, null],
            ],
          ],
          [
            "2024-02-01",
            [
              [ana, "post", fm],
              [lars, null, null],
            ],
          ],
        ]);
        expect(meetings[0]?.offices).toEqual([
          { postId: fm, office: "foreign minister", country: "PT", organization: null, role: "participant" },
        ]);
        expect(await partners(s, lars)).toEqual(
          expect.arrayContaining([
            ["MET_WITH", ana, "post"],
            ["MET_WITH", bram, "post"],
          ]),
        );
        expect(await partners(s, lars)).toHaveLength(2);
      });

      it("invents no meeting when no one or more than one person held the post then", async () => {
        const s = await open();
        const both = article({
          key: "h3",
          persons: [
            { name: "Ana Ortega", posts: [{ office: "foreign minister", country: "PT", date: "2024-06-01" }] },
            { name: "Bram Visser", posts: [{ office: "foreign minister", country: "PT", date: "2024-06-01" }] },
          ],
        });
        await s.upsert([both, meetingOn("m3", "2024-06-02"), meetingOn("m4", "2020-01-01")]);
        const meetings = (await s.meetings({ ...all, person: lars })).items;
        expect(meetings).toHaveLength(2);
        for (const m of meetings) {
          expect(m.participants.map((p) => p.id)).toEqual([lars]);
          expect(m.offices?.map((o) => o.postId)).toEqual([fm]);
        }
        expect(await partners(s, lars)).toEqual([]);
        expect(await s.counterparts(lars, {})).toEqual([]);
      });

      it("resolves a report written before the holder's, and drops the inference when a second holder appears", async () => {
        const s = await open();
        await s.upsert([meetingOn("m5", "2024-02-01", "call")]);
        expect(await partners(s, lars)).toEqual([]);
        await s.upsert([holders()[0] as Extraction]);
        expect(await partners(s, lars)).toEqual([["SPOKE_WITH", ana, "post"]]);
        await s.upsert([
          article({
            key: "h4",
            persons: [
              { name: "Bram Visser", posts: [{ office: "foreign minister", country: "PT", date: "2024-02-03" }] },
            ],
          }),
        ]);
        expect(await partners(s, lars)).toEqual([]);
        const [call] = (await s.meetings({ ...all, person: lars })).items;
        expect(call).toBeUndefined(); // a call is no meeting
      });

      it("resolves an older reference once a later batch stretches a holder's span over its date", async () => {
        const s = await open();
        const report = (key: string, name: string, date: string) =>
          article({ key, persons: [{ name, posts: [{ office: "foreign minister", country: "PT", date }] }] });
        await s.upsert([report("w1", "Ana Ortega", "2024-01-10"), meetingOn("m7", "2024-04-01")]);
        expect(await partners(s, lars)).toEqual([]); // 2024-04-01 is past Ana's span and its tolerance
        await s.upsert([report("w2", "Ana Ortega", "2024-03-20")]);
        expect(await partners(s, lars)).toEqual([["MET_WITH", ana, "post"]]);
        // A new holder's span, from two reports of one batch, covers the dates between them.
        await s.upsert([meetingOn("m8", "2025-05-01")]);
        await s.upsert([report("w3", "Bram Visser", "2025-01-10"), report("w4", "Bram Visser", "2025-09-01")]);
        expect(await partners(s, lars)).toEqual(
          expect.arrayContaining([
            ["MET_WITH", ana, "post"],
            ["MET_WITH", bram, "post"],
          ]),
        );
        expect(await partners(s, lars)).toHaveLength(2);
      });

      it("resolves again in resolve(), once two names of one holder are joined", async () => {
        const s = await open();
        const president = (date: string) => [{ office: "president", country: "RU", date }];
        const ru = postId({ office: "president", country: "RU", organization: null });
        await s.upsert([
          article({ key: "r1", persons: [{ name: "Vladimir Putin", posts: president("2024-02-01") }] }),
          article({ key: "r2", persons: [{ name: "Putin", posts: president("2024-02-20") }] }),
          article({
            key: "r3",
            persons: ["Lars Dahl"],
            events: [{ who: ["Lars Dahl"], offices: [{ office: "president", country: "RU" }], date: "2024-02-10" }],
          }),
        ]);
        expect(await partners(s, lars)).toEqual([]);
        await s.resolve();
        const putin = personId("Vladimir Putin");
        expect(await partners(s, lars)).toEqual([["MET_WITH", putin, "post"]]);
        const [m] = (await s.meetings({ ...all, person: putin })).items;
        expect(m?.participants.find((p) => p.id === putin)).toMatchObject({ resolvedBy: "post", postId: ru });
        await s.resolve();
        expect((await s.meetings({ ...all, person: lars })).items).toHaveLength(1);
      });

      it("gives a visit's host office its holder as host, with no meeting edge", async () => {
        const s = await open();
        await s.upsert([
          ...holders(),
          article({
            key: "v1",
            persons: ["Lars Dahl"],
            places: [{ name: "Lisbon", countryCode: "PT" }],
            visits: [{ who: "Lars Dahl", place: "Lisbon", date: "2024-02-01", host: portugueseFm }],
          }),
        ]);
        const timeline = (await s.timeline(ana, {})) ?? [];
        expect(timeline.map((e) => [e.kind, e.participants.find((p) => p.id === ana)?.role])).toEqual([
          ["visit", "host"],
        ]);
        expect(await partners(s, lars)).toEqual([]);
      });
    });

    describe("authority file", () => {
      const entries = () =>
        [
          {
            id: "Q1",
            name: "Ana Ortega",
            posts: [{ office: "Minister of Foreign Affairs", country: "Portugal", start: "2023-03-01", end: null }],
          },
          // Matched through an alias: the extracted name is the entry's other name.
          {
            id: "Q2",
            name: "Bram J. Visser",
            aliases: ["Bram Visser"],
            posts: [{ office: "PM", country: "PT", start: "2022-01-01", end: "2023-12-31" }],
          },
          { id: "Q3", name: "Nobody Known" },
          // Two entries claim "Chen Li": neither may be given to the extracted Chen Li.
          { id: "Q4", name: "Chen Li" },
          { id: "Q5", name: "Li Chen", aliases: ["Chen Li"] },
        ].map((e) => AuthorityEntry.parse(e));
      const extracted = () => [
        article({
          key: "au1",
          persons: [
            { name: "Ana Ortega", posts: [{ office: "foreign minister", country: "PT", date: "2024-01-10" }] },
            "Bram Visser",
            "Chen Li",
          ],
          events: [{ who: ["Ana Ortega", "Bram Visser"], date: "2024-01-09" }],
        }),
      ];
      const fm = postId({ office: "foreign minister", country: "PT", organization: null });
      const pm = postId({ office: "prime minister", country: "PT", organization: null });

      it("gives matching persons the entry's id and posts, and leaves unknown or doubly claimed ones alone", async () => {
        const s = await open();
        await s.upsert(extracted());
        const summary = await s.importAuthority(entries(), { asOf: "2024-12-31" });
        expect(summary).toEqual({
          entries: 5,
          personsMatched: 2,
          unmatched: ["Q3", "Q4", "Q5"],
          ambiguous: [personId("Chen Li")],
          heldWritten: 2,
        });
        const ana = await s.person(personId("Ana Ortega"));
        expect(ana?.externalIds).toEqual(["Q1"]);
        // The authority's span (still held: up to asOf) widens the one the report gave.
        expect(ana?.posts).toEqual([
          {
            post: { id: fm, office: "foreign minister", country: "PT", organization: null },
            firstSeen: "2023-03-01",
            lastSeen: "2024-12-31",
            articleCount: 1,
            source: "authority",
          },
        ]);
        expect(await s.postHolders(pm)).toEqual([
          {
            person: { id: personId("Bram Visser"), name: "Bram Visser" },
            firstSeen: "2022-01-01",
            lastSeen: "2023-12-31",
            articleCount: 0,
            source: "authority",
            evidence: [],
            sources: [],
          },
        ]);
        expect((await s.person(personId("Chen Li")))?.externalIds).toEqual([]);
        const before = await dumpAnswers(s);
        await s.importAuthority(entries(), { asOf: "2024-12-31" });
        expect(await dumpAnswers(s)).toEqual(before);
      });

      it("never joins two persons because they held the same post", async () => {
        const s = await open();
        await s.upsert(extracted());
        const shared = { office: "foreign minister", country: "PT", start: "2020-01-01", end: "2021-01-01" };
        await s.importAuthority(
          [
            AuthorityEntry.parse({ id: "Q1", name: "Ana Ortega", posts: [shared] }),
            AuthorityEntry.parse({ id: "Q2", name: "Bram Visser", posts: [shared] }),
          ],
          { asOf: "2024-12-31" },
        );
        expect((await s.resolve()).merged).toEqual([]);
        expect((await s.postHolders(fm))?.map((h) => h.person.name)).toEqual(["Ana Ortega", "Bram Visser"]);
      });
    });

    describe("queries", () => {
      const ana = personId("Ana Ortega");
      const bram = personId("Bram Visser");
      const dara = personId("Dara Okafor");

      it("searches names and aliases after normalisation, most met first", async () => {
        const s = await open();
        await s.upsert([...network(), article({ key: "x", persons: [{ name: "Hossein Amirabdollahian" }] })]);
        for (const q of ["amir abdollahian", "AMIR-ABDOLLAHIAN", "Amírabdollahian"])
          expect((await s.searchPersons(q, all)).items.map((p) => p.name)).toEqual(["Hossein Amirabdollahian"]);
        const everyone = await s.searchPersons("", { limit: 2, offset: 0 });
        expect(everyone.items.map((p) => [p.name, p.meetingCount])).toEqual([
          ["Ana Ortega", 3],
          ["Bram Visser", 3],
        ]);
        expect(everyone.nextOffset).toBe(2);
        const rest = await s.searchPersons("", { limit: 10, offset: 2 });
        expect(rest.items.map((p) => p.name)).toEqual(["Chen Li", "Dara Okafor", "Hossein Amirabdollahian"]);
        expect(rest.nextOffset).toBeNull();
      });

      it("gives a person's titles, affiliations and counts", async () => {
        const s = await open();
        await s.upsert(network());
        expect(await s.person(ana)).toEqual({
          id: ana,
          name: "Ana Ortega",
          aliases: [],
          titles: ["foreign minister"],
          country: "Portugal",
          meetingCount: 3,
          externalIds: [],
          affiliations: [
            { id: "organization:cortesgroup", name: "Cortes Group", type: "Organization", title: "chair" },
          ],
          posts: [],
          counts: { meetings: 3, visits: 1, calls: 1, counterparts: 2 },
        });
        expect(await s.person("person:nobody")).toBeNull();
      });

      it("filters counterparts by inclusive dates and leaves undated meetings out unless asked", async () => {
        const s = await open();
        await s.upsert(network());
        expect(await s.counterparts(ana, {})).toEqual([
          {
            id: bram,
            name: "Bram Visser",
            meetings: 2,
            firstDate: "2024-03-01",
            lastDate: "2024-06-20",
            eventIds: expect.any(Array),
          },
        ]);
        expect((await s.counterparts(ana, { from: "2024-03-01", to: "2024-03-01" }))?.[0]?.meetings).toBe(1);
        expect(await s.counterparts(ana, { from: "2024-03-02", to: "2024-06-19" })).toEqual([]);
        expect((await s.counterparts(ana, { includeUndated: true }))?.map((c) => c.id)).toEqual([bram, dara]);
        expect(await s.counterparts("person:nobody", {})).toBeNull();
        expect(await s.counterparts("location:lisbon", {})).toBeNull();
      });

      it("filters meetings by person, counterpart, place, country, organisation and dates", async () => {
        const s = await open();
        await s.upsert(network());
        const dates = async (f: Partial<Parameters<GraphStore["meetings"]>[0]>) =>
          (await s.meetings({ ...all, ...f })).items.map((m) => m.date);
        expect(await dates({})).toEqual(["2024-06-20", "2024-04-10", "2024-03-05", "2024-03-01"]);
        expect(await dates({ includeUndated: true })).toEqual([
          "2024-06-20",
          "2024-04-10",
          "2024-03-05",
          "2024-03-01",
          null,
        ]);
        expect(await dates({ person: ana, with: bram })).toEqual(["2024-06-20", "2024-03-01"]);
        expect(await dates({ location: "location:lisbon" })).toEqual(["2024-03-01"]);
        expect(await dates({ country: "KE" })).toEqual(["2024-03-05"]);
        expect(await dates({ organization: "organization:cortesgroup" })).toEqual(["2024-06-20", "2024-03-01"]);
        expect(await dates({ from: "2024-03-05", to: "2024-04-10" })).toEqual(["2024-04-10", "2024-03-05"]);
        const page = await s.meetings({ limit: 3, offset: 0 });
        expect(page.nextOffset).toBe(3);
        const [first] = (await s.meetings({ ...all, location: "location:lisbon" })).items;
        expect(first).toMatchObject({
          kind: "meeting",
          status: "occurred",
          location: { id: "location:lisbon", name: "Lisbon", kind: "city", countryCode: "PT" },
          participants: [
            { id: ana, name: "Ana Ortega", role: "participant" },
            { id: bram, name: "Bram Visser", role: "participant" },
          ],
          articleCount: 1,
        });
        expect(first?.sources[0]).toMatchObject({ url: "https://example.org/n1", publishedAt: "2024-03-02" });
      });

      it("lists visits with their status and place", async () => {
        const s = await open();
        await s.upsert(network());
        const visits = (await s.visits(all)).items;
        expect(visits.map((v) => [v.person.name, v.location.name, v.date, v.status])).toEqual([
          ["Ana Ortega", "Nairobi", "2024-03-05", "occurred"],
          ["Bram Visser", "Lisbon", "2024-03-01", "planned"],
        ]);
        expect((await s.visits({ ...all, country: "PT" })).items).toHaveLength(1);
        expect((await s.visits({ ...all, person: ana, to: "2024-03-04" })).items).toHaveLength(0);
      });

      it("builds ego networks to a depth, capped at the most connected", async () => {
        const s = await open();
        await s.upsert(network());
        const one = await s.egoNetwork(ana, 1, { limit: 300 });
        expect(one.nodes.map((n) => n.id)).toEqual([ana, bram]);
        const two = await s.egoNetwork(ana, 2, { limit: 300 });
        expect(two.nodes.map((n) => n.label)).toEqual(["Ana Ortega", "Bram Visser", "Chen Li"].sort());
        expect(two.edges.find((e) => e.source === ana)).toMatchObject({ type: "MET_WITH", weight: 2 });
        const wide = await s.egoNetwork(ana, 3, {
          limit: 300,
          includeUndated: true,
          kinds: ["MET_WITH", "SPOKE_WITH", "VISITED"],
        });
        expect(wide.nodes.map((n) => n.type).filter((t) => t === "Location")).toEqual(["Location"]);
        expect(wide.truncated).toBe(false);
        const capped = await s.egoNetwork(ana, 3, {
          limit: 2,
          includeUndated: true,
          kinds: ["MET_WITH", "SPOKE_WITH"],
        });
        expect(capped.truncated).toBe(true);
        expect(capped.nodes).toHaveLength(2);
        expect(capped.nodes.map((n) => n.id)).toContain(ana);
        expect((await s.egoNetwork("person:nobody", 2, { limit: 10 })).nodes).toEqual([]);
      });

      it("counts a node's degree as the distinct nodes it is joined to, whatever the kinds of the links", async () => {
        const s = await open();
        const pair = ["Ana Ortega", "Bram Visser"];
        await s.upsert([
          article({ key: "d1", persons: pair, events: [{ kind: "meeting", who: pair, date: "2024-03-01" }] }),
          article({ key: "d2", persons: pair, events: [{ kind: "call", who: pair, date: "2024-03-08" }] }),
        ]);
        const filter = { limit: 300, kinds: ["MET_WITH" as const, "SPOKE_WITH" as const] };
        for (const picture of [await s.egoNetwork(ana, 1, filter), await s.topPersons(filter)]) {
          expect(picture.edges.map((e) => e.type).sort()).toEqual(["MET_WITH", "SPOKE_WITH"]);
          expect(picture.nodes.map((n) => [n.id, n.degree])).toEqual([
            [ana, 1],
            [bram, 1],
          ]);
        }
      });

      it("draws planned events only when asked, says how many an edge holds, and keeps the corroborated", async () => {
        const s = await open();
        const chen = personId("Chen Li");
        await s.upsert([
          ...network(),
          article({
            key: "n2",
            persons: ["Ana Ortega", "Bram Visser", "Chen Li"],
            places: [{ name: "Lisbon", countryCode: "PT" }],
            events: [
              { who: ["Ana Ortega", "Bram Visser"], date: "2024-03-01", place: "Lisbon" },
              { who: ["Ana Ortega", "Chen Li"], date: "2024-07-01", status: "planned" },
            ],
          }),
        ]);
        const between = (g: { edges: { source: string; target: string; type: string }[] }, a: string, b: string) =>
          g.edges.filter((e) => e.type === "MET_WITH" && [e.source, e.target].sort().join() === [a, b].sort().join());

        const occurred = await s.egoNetwork(ana, 1, { limit: 300 });
        expect(occurred.nodes.map((n) => n.id)).toEqual([ana, bram]);
        expect(occurred.edges.map((e) => e.planned)).toEqual([0]);

        const both = await s.egoNetwork(ana, 1, { limit: 300, statuses: ["occurred", "planned"] });
        expect(both.nodes.map((n) => n.id)).toEqual([ana, bram, chen].sort());
        expect(between(both, ana, chen)).toMatchObject([{ weight: 1, planned: 1, firstDate: "2024-07-01" }]);
        expect(between(both, ana, bram)).toMatchObject([{ weight: 2, planned: 0 }]);

        const plannedOnly = await s.egoNetwork(bram, 1, { limit: 300, statuses: ["planned"], kinds: ["VISITED"] });
        expect(plannedOnly.nodes.map((n) => n.label).sort()).toEqual(["Bram Visser", "Lisbon"]);
        expect(plannedOnly.edges).toMatchObject([{ type: "VISITED", weight: 1, planned: 1 }]);

        const corroborated = await s.egoNetwork(ana, 1, { limit: 300, minReports: 2 });
        expect(between(corroborated, ana, bram)).toMatchObject([
          { weight: 1, firstDate: "2024-03-01", lastDate: "2024-03-01" },
        ]);
        const top = await s.topPersons({ limit: 10, minReports: 2 });
        expect(top.nodes.map((n) => n.id)).toEqual([ana, bram]);
        expect((await s.topPersons({ limit: 10, minReports: 3 })).nodes).toEqual([]);
      });

      it("narrows pictures, activity and places to a country events were held in and an organisation", async () => {
        const s = await open();
        const chen = personId("Chen Li");
        const cortes = "organization:cortesgroup";
        await s.upsert(network());
        const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id);
        expect(ids(await s.egoNetwork(bram, 1, { limit: 300 }))).toEqual([ana, bram, chen]);
        expect(ids(await s.egoNetwork(bram, 1, { limit: 300, country: "KE" }))).toEqual([bram, chen]);
        expect(ids(await s.egoNetwork(bram, 1, { limit: 300, organization: cortes }))).toEqual([ana, bram]);
        const visits = await s.egoNetwork(ana, 1, { limit: 300, country: "KE", kinds: ["VISITED", "SPOKE_WITH"] });
        expect(ids(visits).sort()).toEqual(["location:nairobi", ana]);
        const top = await s.topPersons({ limit: 10, country: "PT" });
        expect(ids(top)).toEqual([ana, bram]);
        expect(top.edges).toMatchObject([{ source: ana, target: bram, weight: 1, firstDate: "2024-03-01" }]);
        expect((await s.topPersons({ limit: 10, organization: cortes })).edges).toMatchObject([{ weight: 2 }]);
        expect((await s.topPersons({ limit: 10, organization: "organization:nobody" })).nodes).toEqual([]);
        const rows = (list: { date: string; kind: string; events: number }[]) =>
          list.map((r) => `${r.date} ${r.kind} ${r.events}`);
        expect(rows(await s.activity(null, { country: "KE" }))).toEqual(["2024-03-05 meeting 1", "2024-03-05 visit 1"]);
        const places = await s.places(null, { organization: cortes });
        expect(places.map((p) => `${p.name} ${p.meetings} ${p.calls} ${p.visits}`)).toEqual([
          "Lisbon 1 0 0",
          "Nairobi 0 0 1",
        ]);
      });

      it("gives the nodes of a picture without its edges when only they are asked for", async () => {
        const s = await open();
        await s.upsert(network());
        const full = await s.topPersons({ limit: 10 });
        const bare = await s.topPersons({ limit: 10, nodesOnly: true });
        expect(full.edges.length).toBeGreaterThan(0);
        expect(bare.nodes.map((n) => n.id)).toEqual(full.nodes.map((n) => n.id));
        expect(bare.edges).toEqual([]);
        const ego = await s.egoNetwork(ana, 2, { limit: 300, nodesOnly: true });
        expect(ego.nodes.map((n) => n.id)).toEqual((await s.egoNetwork(ana, 2, { limit: 300 })).nodes.map((n) => n.id));
        expect(ego.edges).toEqual([]);
      });

      it("counts dated events per day and kind, for some persons or all", async () => {
        const s = await open();
        await s.upsert(network());
        const rows = (list: { date: string; kind: string; events: number }[]) =>
          list.map((r) => `${r.date} ${r.kind} ${r.events}`);
        expect(rows(await s.activity(null, {}))).toEqual([
          "2024-03-01 meeting 1",
          "2024-03-03 call 1",
          "2024-03-05 meeting 1",
          "2024-03-05 visit 1",
          "2024-04-10 meeting 1",
          "2024-06-20 meeting 1",
        ]);
        expect(rows(await s.activity([ana], {}))).toEqual([
          "2024-03-01 meeting 1",
          "2024-03-03 call 1",
          "2024-03-05 visit 1",
          "2024-06-20 meeting 1",
        ]);
        expect(rows(await s.activity([ana, bram], { kinds: ["meeting"] }))).toEqual([
          "2024-03-01 meeting 1",
          "2024-03-05 meeting 1",
          "2024-06-20 meeting 1",
        ]);
        expect(rows(await s.activity([bram], { statuses: ["planned"] }))).toEqual(["2024-03-01 visit 1"]);
        expect(rows(await s.activity(null, { kinds: ["meeting"], from: "2024-03-02", to: "2024-04-30" }))).toEqual([
          "2024-03-05 meeting 1",
          "2024-04-10 meeting 1",
        ]);
        expect(await s.activity(null, { minReports: 2 })).toEqual([]);
        expect(await s.activity(["person:nobody"], {})).toEqual([]);
      });

      it("lists the places of a selection's events, with coordinates and counts by kind", async () => {
        const s = await open();
        await s.upsert([
          ...network(),
          article({
            key: "n3",
            persons: ["Chen Li", "Dara Okafor"],
            places: [{ name: "Tehran", countryCode: "IR", at: { lat: 35.69, lon: 51.39 } }],
            events: [{ who: ["Chen Li", "Dara Okafor"], date: "2024-05-01", place: "Tehran" }],
          }),
        ]);
        const counts = (list: { name: string; meetings: number; calls: number; visits: number }[]) =>
          list.map((p) => `${p.name} ${p.meetings} ${p.calls} ${p.visits}`);
        const all = await s.places(null, {});
        expect(counts(all)).toEqual(["Lisbon 1 0 0", "Nairobi 1 0 1", "Tehran 1 0 0"]);
        expect(all[2]).toMatchObject({
          id: "location:tehran",
          kind: "city",
          countryCode: "IR",
          lat: 35.69,
          lon: 51.39,
        });
        expect(all[0]).toMatchObject({ lat: null, lon: null, visitors: [] });
        expect(all[1]?.visitors).toEqual([{ country: "Portugal", visits: 1 }]);
        expect(counts(await s.places([ana], {}))).toEqual(["Lisbon 1 0 0", "Nairobi 0 0 1"]);
        expect(counts(await s.places([bram], { statuses: ["planned"] }))).toEqual(["Lisbon 0 0 1"]);
        expect(counts(await s.places(null, { to: "2024-03-04" }))).toEqual(["Lisbon 1 0 0"]);
        expect(await s.places(null, { kinds: ["call"] })).toEqual([]);
      });

      it("ranks the most connected persons", async () => {
        const s = await open();
        await s.upsert(network());
        const top = await s.topPersons({ limit: 2 });
        expect(top.nodes.map((n) => n.id).sort()).toEqual([bram, personId("Chen Li")].sort());
        expect(top.truncated).toBe(true);
        expect(top.edges).toHaveLength(1);
      });

      it("finds the shortest chains of meetings", async () => {
        const s = await open();
        await s.upsert(network());
        const paths = await s.shortestPaths(bram, dara, 4);
        expect(paths?.map((p) => p.persons.map((x) => x.name))).toEqual([
          ["Bram Visser", "Ana Ortega", "Dara Okafor"],
          ["Bram Visser", "Chen Li", "Dara Okafor"],
        ]);
        expect(paths?.map((p) => p.hops.map((h) => h.length))).toEqual([
          [2, 1],
          [1, 1],
        ]);
        expect(await s.shortestPaths(bram, dara, 1)).toEqual([]);
        expect(await s.shortestPaths(bram, bram, 3)).toEqual([]);
        expect(await s.shortestPaths(bram, "person:nobody", 3)).toBeNull();
      });

      it("gives a person's timeline, oldest first", async () => {
        const s = await open();
        await s.upsert(network());
        const events = await s.timeline(ana, { to: "2024-03-31" });
        expect(await s.timeline("person:nobody", {})).toBeNull();
        expect(events?.map((e) => [e.kind, e.date])).toEqual([
          ["meeting", "2024-03-01"],
          ["call", "2024-03-03"],
          ["visit", "2024-03-05"],
        ]);
      });

      it("keeps in a timeline, when asked, only events with a participant of an organisation", async () => {
        const s = await open();
        await s.upsert(network());
        const cortes = "organization:cortesgroup";
        const kinds = async (person: string, organization: string) =>
          ((await s.timeline(person, { organization })) ?? []).map((e) => `${e.kind} ${e.date}`);
        // Ana chairs the Cortes Group: all her events have her as that participant.
        expect(await kinds(ana, cortes)).toEqual((await s.timeline(ana, {}))?.map((e) => `${e.kind} ${e.date}`));
        // Bram is in no organisation: only his meetings with Ana count, not his Nairobi meeting with Chen
        // nor his planned visit to Lisbon, which he makes alone.
        expect(await kinds(bram, cortes)).toEqual(["meeting 2024-03-01", "meeting 2024-06-20"]);
        expect(await kinds(bram, cortes)).not.toEqual((await s.timeline(bram, {}))?.map((e) => `${e.kind} ${e.date}`));
        expect(await kinds(bram, "organization:nobody")).toEqual([]);
      });

      it("counts everything", async () => {
        const s = await open();
        await s.upsert(network());
        expect(await s.stats()).toEqual({
          persons: 4,
          organizations: 1,
          locations: 2,
          articles: 1,
          events: { meeting: 5, visit: 2, call: 1 },
          relationships: { MET_WITH: 5, SPOKE_WITH: 1, VISITED: 2, AFFILIATED_WITH: 1 },
        });
      });
    });
  });
}

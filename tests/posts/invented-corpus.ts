// Posts end to end on invented reports (tests/posts/invented-reports.jsonl; the people do not exist), run
// on both stores: Iran's foreign minister changes between June and September, two countries' ministers
// share a sentence, NATO's post belongs to the organisation, and former, "ex-", "then-" and designated
// holders hold nothing. Reports 13 to 21 name a participant by office only: the Iranian foreign minister
// before and after the change, "his Iranian counterpart", two ministers in one sentence, NATO's
// Secretary-General, a former minister, a Kenyan defence minister two persons are reported to hold at
// once (ambiguous), and an Emir known from the dateline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/extract.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { spanCovers } from "../../src/store/held-tolerance.js";
import { personId, postId } from "../../src/store/identity.js";

const reports = readFileSync(join(import.meta.dirname, "invented-reports.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { url: string; publishedAt: string; text: string });
const iranFm = postId({ office: "foreign minister", country: "IR", organization: null });
const all = { limit: 100, offset: 0 };

export function inventedCorpusSuite(name: string, openEmpty: () => Promise<GraphStore>) {
  describe(`posts read from invented reports: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openEmpty();
      await store.upsert(reports.map((r) => extract(r)));
      await store.resolve();
    });
    afterAll(() => store?.close());

    it("follows a change of holder, and a former minister's later report does not stretch his span", async () => {
      const holders = await store.postHolders(iranFm);
      expect(holders?.map((h) => [h.person.name, h.firstSeen, h.lastSeen, h.articleCount])).toEqual([
        ["Dariush Fathollahi", "2024-01-15", "2024-06-10", 2],
        ["Kamran Behzadi", "2024-09-20", "2024-12-15", 4],
      ]);
      const holdersOn = (date: string) => holders?.filter((h) => spanCovers(h, date)).map((h) => h.person.name);
      expect(holdersOn("2024-04-01")).toEqual(["Dariush Fathollahi"]);
      expect(holdersOn("2024-11-01")).toEqual(["Kamran Behzadi"]);
    });

    it("gives two countries' ministers named in one sentence each their own country's post", async () => {
      const posts = async (name: string) => (await store.person(personId(name)))?.posts.map((p) => p.post.id);
      expect(await posts("Oleg Vasnetsov")).toEqual([
        postId({ office: "foreign minister", country: "RU", organization: null }),
      ]);
      expect(await posts("Selim Karaoglu")).toEqual([
        postId({ office: "foreign minister", country: "TR", organization: null }),
      ]);
      expect(await posts("Amina Wekesa")).toEqual([
        postId({ office: "defence minister", country: "KE", organization: null }),
      ]);
    });

    it("ties an office the text gives an organisation to the organisation, however it is written", async () => {
      const [nato] = (await store.searchPosts({ ...all, organization: "NATO" })).items;
      expect(nato).toMatchObject({ office: "secretary-general", country: null, organization: "NATO", holders: 1 });
      const holders = await store.postHolders(nato?.id as string);
      expect(holders?.map((h) => [h.person.name, h.articleCount])).toEqual([["Henrik Aaland", 3]]);
    });

    it("makes no one a holder by an honorary, former or designated title", async () => {
      for (const name of ["Reza Tavakkoli", "Levent Aksu"]) {
        const person = await store.person(personId(name));
        expect(person, name).not.toBeNull();
        expect(person?.posts, name).toEqual([]);
      }
      const turkishFm = postId({ office: "foreign minister", country: "TR", organization: null });
      expect((await store.postHolders(turkishFm))?.map((h) => h.person.name)).toEqual(["Selim Karaoglu"]);
    });

    it("finds the meetings of Iran's foreign minister, whoever held the post, and not those of a former one", async () => {
      const meetings = (await store.meetings({ ...all, post: iranFm })).items;
      // (2024-10-09 and 2024-04-09: the minister named by office only, resolved to that day's holder)
      expect(meetings.map((m) => m.date)).toEqual([
        "2024-12-02",
        "2024-11-20",
        "2024-10-09",
        "2024-09-19",
        "2024-06-09",
        "2024-04-09",
        "2024-01-15",
      ]);
      const names = new Set(meetings.flatMap((m) => m.participants.map((p) => p.name)));
      expect(names.has("Dariush Fathollahi") && names.has("Kamran Behzadi")).toBe(true);
      expect(meetings.some((m) => m.date === "2024-10-05")).toBe(false);
    });

    it("resolves each participant named by office to the one holder of the day, and invents nothing else", async () => {
      const meetings = (await store.meetings({ ...all, includeUndated: true })).items;
      const inferred = meetings.flatMap((m) =>
        m.participants.filter((p) => p.resolvedBy === "post").map((p) => [m.date, p.name, p.role, p.postId]),
      );
      const post = (office: string, country: string | null, organization: string | null = null) =>
        postId({ office, country, organization });
      expect(inferred).toEqual([
        ["2024-11-25", "Henrik Aaland", "participant", post("secretary-general", null, "NATO")],
        // "his Iranian counterpart" after the change of holder, the Iranian foreign minister before it
        ["2024-10-09", "Kamran Behzadi", "participant", iranFm],
        ["2024-07-04", "Oleg Vasnetsov", "participant", post("foreign minister", "RU")],
        ["2024-07-04", "Selim Karaoglu", "participant", post("foreign minister", "TR")],
        ["2024-05-21", "Hamad Al-Rayyan", "host", post("emir", "QA")],
        ["2024-04-09", "Dariush Fathollahi", "participant", iranFm],
      ]);
    });

    it("leaves an ambiguous office unresolved and makes no one meet a former minister", async () => {
      const kenyaDm = postId({ office: "defence minister", country: "KE", organization: null });
      expect((await store.postHolders(kenyaDm))?.map((h) => h.person.name).sort()).toEqual([
        "Amina Wekesa",
        "Joseph Otieno",
      ]);
      const vasnetsov = personId("Oleg Vasnetsov");
      const [ambiguous] = (await store.meetings({ ...all, person: vasnetsov, from: "2024-09-11", to: "2024-09-11" }))
        .items;
      expect(ambiguous?.participants.map((p) => p.name)).toEqual(["Oleg Vasnetsov"]);
      expect(ambiguous?.offices?.map((o) => o.postId)).toEqual([kenyaDm]);
      const wekesa = personId("Amina Wekesa");
      expect((await store.meetings({ ...all, person: wekesa, from: "2024-10-31", to: "2024-10-31" })).items).toEqual(
        [],
      );
      const network = await store.egoNetwork(vasnetsov, 1, { limit: 100, includeUndated: true });
      const inferred = network.edges.filter((e) => e.resolvedBy === "post").map((e) => [e.source, e.target].sort());
      // An edge is inferred only while no report names both ends: he also met Fathollahi, Behzadi and Wekesa
      // by name, so the Emir is the one partner known from an office alone.
      expect(inferred).toEqual([[personId("Hamad Al-Rayyan"), vasnetsov].sort()]);
    });
  });
}

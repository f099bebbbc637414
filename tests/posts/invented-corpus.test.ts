// Posts end to end on twelve invented reports (tests/posts/invented-reports.jsonl; the people do not exist):
// Iran's foreign minister changes between June and September, two countries' ministers share a sentence,
// NATO's post belongs to the organisation, and former, "ex-", "then-" and designated holders hold nothing.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/extract.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { spanCovers } from "../../src/store/held-tolerance.js";
import { personId, postId } from "../../src/store/identity.js";

const reports = readFileSync(join(import.meta.dirname, "invented-reports.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { url: string; publishedAt: string; text: string });
const iranFm = postId({ office: "foreign minister", country: "IR", organization: null });
const all = { limit: 100, offset: 0 };

describe("posts read from invented reports", () => {
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = await EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-posts-")) });
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
    expect(meetings.map((m) => m.date)).toEqual(["2024-12-02", "2024-11-20", "2024-09-19", "2024-06-09", "2024-01-15"]);
    const names = new Set(meetings.flatMap((m) => m.participants.map((p) => p.name)));
    expect(names.has("Dariush Fathollahi") && names.has("Kamran Behzadi")).toBe(true);
    expect(meetings.some((m) => m.date === "2024-10-05")).toBe(false);
  });
});

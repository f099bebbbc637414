// Web sources against a local server: feeds polled twice load each item once, 304 answers are honoured,
// slow and huge pages are cut off with a recorded reason, and a page's main text, title and date reach
// the stored article (embedded store).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractPool } from "../../src/ingest/extract-pool.js";
import { FetchState } from "../../src/ingest/fetch-state.js";
import { runIngest } from "../../src/ingest/pipeline.js";
import type { Reject } from "../../src/ingest/records.js";
import { WebFetcher } from "../../src/ingest/web-fetcher.js";
import { commitPoll, emptyPoll, feedSources, pageSources } from "../../src/ingest/web-sources.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { type SourceServer, type Story, startSourceServer } from "./source-server.js";

const story = (slug: string, host: string, guest: string, city: string, published: string): Story => ({
  slug,
  title: `${host} and ${guest} hold talks in ${city}`,
  published,
  paragraphs: [
    `President ${host} met Chancellor ${guest} in ${city} on Tuesday to discuss energy security and the new rail link between the two countries.`,
    "The two leaders spoke for more than two hours, officials said, and agreed that their ministers would meet again before the summer to settle the remaining questions of financing.",
    "A joint statement issued after the meeting said both governments would keep working together on regional security.",
  ],
});

const STORIES = [
  story("kowal-brenner", "Anna Kowal", "Otto Brenner", "Riga", "2024-03-05"),
  story("lind-varga", "Erik Lind", "Marta Varga", "Vilnius", "2024-03-06"),
];
const LATER = story("kowal-varga", "Anna Kowal", "Marta Varga", "Tallinn", "2024-03-08");

const limits = { timeoutMs: 5_000, maxBytes: 1_000_000, perHost: 2, hostDelayMs: 0, retries: 0, retryDelayMs: 0 };

describe("web sources", () => {
  let server: SourceServer;
  const pool = new ExtractPool(1);
  beforeAll(async () => {
    server = await startSourceServer([...STORIES]);
  });
  afterAll(async () => {
    await server.close();
    await pool.close();
  });

  const openStore = () => EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-web-")) });

  async function pollOnce(store: EmbeddedStore, state: FetchState, feeds: string[], fetcher = new WebFetcher(limits)) {
    const poll = emptyPoll();
    const rejects: Reject[] = [];
    const summary = await runIngest(feedSources(fetcher, feeds, state, poll), {
      store,
      pool,
      batchSize: 10,
      onReject: (r) => rejects.push(r),
    });
    commitPoll(state, poll);
    return { summary, poll, rejects };
  }

  it("a feed polled twice loads each item once, and a new item on the second poll", async () => {
    const store = await openStore();
    const state = FetchState.inMemory();
    const feeds = [`${server.base}/rss.xml`];
    const first = await pollOnce(store, state, feeds);
    expect(first.rejects).toEqual([]);
    expect(first.summary.articles).toMatchObject({ read: 2, new: 2, failed: 0 });

    server.stories.push(LATER);
    try {
      const second = await pollOnce(store, state, feeds);
      expect(second.summary.articles).toMatchObject({ read: 1, new: 1, failed: 0 });
    } finally {
      server.stories.pop();
    }
    expect((await store.stats()).articles).toBe(3);
    // Each page was fetched once over both polls.
    for (const s of [...STORIES, LATER]) expect(server.hits(`/news/${s.slug}.html`)).toBe(1);
    await store.close();
  });

  it("honours 304: the second poll sends If-None-Match / If-Modified-Since and loads nothing", async () => {
    const store = await openStore();
    const state = FetchState.inMemory();
    const feeds = [`${server.base}/rss.xml`, `${server.base}/atom.xml`];
    const before = server.requests.length;
    const first = await pollOnce(store, state, feeds);
    expect(first.summary.articles.new).toBe(2); // both feeds list the same two stories
    const second = await pollOnce(store, state, feeds);
    expect(second.poll).toMatchObject({ feeds: 2, notModified: 2, failedFeeds: 0 });
    expect(second.summary.articles).toMatchObject({ read: 0, new: 0 });

    const asked = server.requests.slice(before);
    const rss = asked.filter((r) => r.path === "/rss.xml");
    const atom = asked.filter((r) => r.path === "/atom.xml");
    expect(rss.map((r) => r.status)).toEqual([200, 304]);
    expect(rss[1]?.ifNoneMatch).toMatch(/^"v-/);
    expect(atom.map((r) => r.status)).toEqual([200, 304]);
    expect(atom[1]?.ifModifiedSince).toBeTruthy();
    expect(asked.filter((r) => r.path.startsWith("/news/")).length).toBe(2);
    expect((await store.stats()).articles).toBe(2);
    await store.close();
  });

  it("gives up on a page gone for good (404) but tries a page down for now (503) at the next poll", async () => {
    const store = await openStore();
    const state = FetchState.inMemory();
    const gone = { ...story("gone", "Erik Lind", "Otto Brenner", "Oslo", "2024-03-07"), status: 404 };
    const down = { ...story("down", "Marta Varga", "Anna Kowal", "Warsaw", "2024-03-07"), status: 503 };
    const feeds = [`${server.base}/rss.xml`];
    server.stories.push(gone, down);
    try {
      const first = await pollOnce(store, state, feeds);
      expect(first.summary.articles).toMatchObject({ new: 2, failed: 2 });
      expect(first.rejects.map((r) => r.reason).sort()).toEqual([
        expect.stringMatching(/^fetch failed \(http-status\): .*down.html answered 503$/),
        expect.stringMatching(/^fetch failed \(http-status\): .*gone.html answered 404$/),
      ]);
      down.status = undefined as unknown as number; // back up
      const second = await pollOnce(store, state, feeds);
      // The feed was asked in full again (a page to retry), and only that page was fetched.
      expect(second.poll.notModified).toBe(0);
      expect(second.summary.articles).toMatchObject({ read: 1, new: 1, failed: 0 });
      expect(server.hits("/news/gone.html")).toBe(1);
      expect(server.hits("/news/down.html")).toBe(2);
      const third = await pollOnce(store, state, feeds);
      expect(third.poll.notModified).toBe(1);
    } finally {
      server.stories.splice(-2, 2);
    }
    await store.close();
  });

  it("keeps items the store failed to write unseen, and no validators, so the next poll lists them again", () => {
    const state = FetchState.inMemory();
    const poll = emptyPoll();
    poll.read.push("http://h/a", "http://h/b");
    poll.validators.set("http://h/rss", { etag: '"1"', lastModified: null });
    commitPoll(state, poll, new Set(["http://h/b"]));
    expect([state.hasSeen("http://h/a"), state.hasSeen("http://h/b#top")]).toEqual([true, false]);
    expect(state.validatorsOf("http://h/rss")).toBeUndefined();
  });

  it("skips an already stored text reached under another URL", async () => {
    const store = await openStore();
    const fetcher = new WebFetcher(limits);
    const url = `${server.base}/news/kowal-brenner.html`;
    await runIngest(pageSources(fetcher, [url]), { store, pool, batchSize: 10 });
    const again = await runIngest(pageSources(fetcher, [`${url}?utm_source=feed`]), { store, pool, batchSize: 10 });
    expect(again.articles).toMatchObject({ read: 1, new: 0, unchanged: 1 });
    await store.close();
  });

  it("cuts off a slow page and a huge page, recording why, and loads the rest", async () => {
    const store = await openStore();
    const fetcher = new WebFetcher({ ...limits, timeoutMs: 500, maxBytes: 200_000 });
    const rejects: Reject[] = [];
    const urls = ["/slow.html", "/huge.html", "/declared-huge.html", "/news/lind-varga.html", "/missing.html"];
    const summary = await runIngest(
      pageSources(
        fetcher,
        urls.map((u) => `${server.base}${u}`),
      ),
      { store, pool, batchSize: 10, onReject: (r) => rejects.push(r) },
    );
    expect(summary.articles).toMatchObject({ read: 5, new: 1, failed: 4 });
    const reason = (path: string) => rejects.find((r) => r.origin.file === `${server.base}${path}`)?.reason;
    expect(reason("/slow.html")).toMatch(/^fetch failed \(timeout\): .*within 500 ms/);
    expect(reason("/huge.html")).toMatch(/^fetch failed \(too-large\): .*more than 200000 bytes; cut off/);
    expect(reason("/declared-huge.html")).toMatch(/^fetch failed \(too-large\): .*declares 50000000 bytes/);
    expect(reason("/missing.html")).toMatch(/^fetch failed \(http-status\): .*answered 404/);
    await store.close();
  });

  it("tries a page that may come back again, with a growing delay, and says how often it tried", async () => {
    const store = await openStore();
    const fetcher = new WebFetcher({ ...limits, timeoutMs: 300, retries: 2, retryDelayMs: 50 });
    const rejects: Reject[] = [];
    const paths = ["/down-once.html", "/slow.html", "/missing.html"];
    // The server is shared with the tests before: count this test's requests only.
    const before = paths.map((p) => server.hits(p));
    const summary = await runIngest(
      pageSources(
        fetcher,
        paths.map((u) => `${server.base}${u}`),
      ),
      { store, pool, batchSize: 10, onReject: (r) => rejects.push(r) },
    );
    expect(summary.articles).toMatchObject({ read: 3, new: 1, failed: 2 });
    // A 503 then the page; a page that never finishes, three times; a 404 once, as asking again is pointless.
    expect(paths.map((p, i) => server.hits(p) - (before[i] as number))).toEqual([2, 3, 1]);
    const reason = (path: string) => rejects.find((r) => r.origin.file === `${server.base}${path}`)?.reason;
    expect(reason("/slow.html")).toMatch(/^fetch failed \(timeout\): .*within 300 ms \(tried 3 times\)$/);
    expect(reason("/missing.html")).toMatch(/answered 404$/);
    await store.close();
  });

  it("stores the page's main text, title and published date", async () => {
    const store = await openStore();
    const url = `${server.base}/news/kowal-brenner.html`;
    const summary = await runIngest(pageSources(new WebFetcher(limits), [url]), { store, pool, batchSize: 10 });
    expect(summary.articles.new).toBe(1);
    const page = await store.meetings({ limit: 10, offset: 0, includeUndated: true });
    expect(page.items.length).toBeGreaterThan(0);
    const source = page.items[0]?.sources[0];
    expect(source).toMatchObject({
      url,
      title: "Anna Kowal and Otto Brenner hold talks in Riga",
      source: "The Riga Courier",
      publishedAt: "2024-03-05",
    });
    expect(source?.evidence.join(" ")).toContain("met Chancellor Otto Brenner");
    const names = page.items[0]?.participants.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Anna Kowal", "Otto Brenner"]));
    await store.close();
  });
});

// The syndication part of the GraphStore contract: republished copies of one story are one source.
import { expect, it } from "vitest";
import type { Extraction } from "../../src/domain/extraction.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { fingerprint } from "../../src/syndication/minhash.js";
import { INDEPENDENT_REPORT, WIRE_STORY } from "../syndication/stories.js";
import { newHeadline, otherCredit, shortenedTail } from "../syndication/variants.js";
import { article } from "./fixtures.js";

const all = { limit: 1000, offset: 0 };

/** An article reporting the Lisbon meeting, sketched from `text` as extraction would. */
export function lisbonReport(key: string, text: string | null): Extraction {
  const x = article({
    key,
    persons: ["Ana Ortega", "Bram Visser"],
    places: [{ name: "Lisbon", countryCode: "PT" }],
    events: [{ who: ["Ana Ortega", "Bram Visser"], date: "2024-05-02", place: "Lisbon" }],
  });
  return text === null ? x : { ...x, article: { ...x.article, fingerprint: fingerprint(text) } };
}

export const wire = () => lisbonReport("wire", WIRE_STORY);
export const copies = () => [
  lisbonReport("copy-headline", newHeadline(WIRE_STORY)),
  lisbonReport("copy-credit", otherCredit(shortenedTail(WIRE_STORY, 0.7))),
];
export const independent = () => lisbonReport("independent", INDEPENDENT_REPORT);

/** [articleCount, sourceCount] of the one meeting, as the meetings list and the network picture give them. */
export async function counts(store: GraphStore) {
  const { items } = await store.meetings(all);
  expect(items).toHaveLength(1);
  const edges = (await store.topPersons({ limit: 10 })).edges;
  expect(edges.map((e) => e.sourceCount)).toEqual([items[0]?.sourceCount]);
  return [items[0]?.articleCount, items[0]?.sourceCount];
}

export function syndicationContract(open: () => Promise<GraphStore>) {
  it("counts syndicated copies as reports, not as sources, across batches", async () => {
    const s = await open();
    await s.upsert([wire()]);
    expect(await counts(s)).toEqual([1, 1]);
    const [headline, credit] = copies();
    await s.upsert([headline as Extraction]);
    expect(await counts(s)).toEqual([2, 1]);
    await s.upsert([credit as Extraction]);
    expect(await counts(s)).toEqual([3, 1]);
    await s.upsert([independent()]);
    expect(await counts(s)).toEqual([4, 2]);
  });

  it("groups copies arriving in one batch, whichever comes first", async () => {
    const s = await open();
    await s.upsert([...copies(), independent(), wire()]);
    expect(await counts(s)).toEqual([4, 2]);
  });

  it("changes neither count when the same articles are ingested again", async () => {
    const s = await open();
    await s.upsert([wire(), ...copies()]);
    await s.upsert([independent()]);
    const version = await s.version();
    const again = await s.upsert([independent(), ...copies(), wire()]);
    expect(again.articles).toEqual({ new: 0, unchanged: 4 });
    expect(await counts(s)).toEqual([4, 2]);
    expect(await s.version()).toBe(version);
  });

  it("counts an article without a fingerprint as a source of its own", async () => {
    const s = await open();
    await s.upsert([wire(), lisbonReport("unsketched", null)]);
    expect(await counts(s)).toEqual([2, 2]);
    const timeline = await s.timeline((await s.meetings(all)).items[0]?.participants[0]?.id as string, {});
    expect(timeline?.map((e) => [e.articleCount, e.sourceCount])).toEqual([[2, 2]]);
  });
}

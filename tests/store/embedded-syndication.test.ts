// Syndication groups on the embedded store across ingestion runs: the founders' band index is rebuilt
// from a snapshot and from a journal replay, so a copy ingested by a later run joins the stored group.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { copies, counts, independent, wire } from "./syndication-contract.js";

describe("embedded store syndication across runs", () => {
  it("groups copies with articles of earlier runs, from a snapshot and from the journal", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "diplograph-syndication-"));
    const [headline, credit] = copies();
    const first = await EmbeddedStore.open({ dataDir });
    await first.upsert([wire()]);
    await first.close(); // snapshot
    const second = await EmbeddedStore.open({ dataDir });
    await second.upsert(headline ? [headline] : []);
    expect(await counts(second)).toEqual([2, 1]);
    second.abandon(); // no snapshot: the next run replays the journal
    const third = await EmbeddedStore.open({ dataDir });
    expect(await counts(third)).toEqual([2, 1]);
    await third.upsert(credit ? [credit, independent()] : []);
    expect(await counts(third)).toEqual([4, 2]);
    await third.close();
  });
});

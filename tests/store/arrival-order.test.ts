// Extracted reports loaded into the embedded store in several orders and batch sizes give one graph (the
// contract suite checks the rule on both stores with hand-made reports; this looks for the disagreements
// real extraction produces). The texts are dev articles with shuffled paragraphs, plus the invented
// reports of the posts suite, whose office references exercise post resolution.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/domain/extraction.js";
import { extract } from "../../src/extract/extract.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { variedCorpus } from "../bench/corpus.js";
import { dumpAnswers } from "./contract.js";

const shared = join(import.meta.dirname, "../../../shared");

/** A deterministic shuffle (a linear congruential generator), so a failure can be replayed. */
function shuffled<T>(xs: T[], seed: number): T[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const inBatches = <T>(xs: T[], size: number) =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

describe("arrival order on extracted reports (embedded store)", () => {
  it("gives one graph for every order and batch size", { timeout: 120_000 }, async () => {
    const invented = readFileSync(join(import.meta.dirname, "../posts/invented-reports.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => extract(JSON.parse(line)));
    const texts = [11, 12, 13].flatMap((seed) => variedCorpus(shared, 300_000, seed));
    const reports: Extraction[] = [
      ...texts.map((text, i) => extract({ text, url: `https://example.org/${i}` })),
      ...invented,
    ];
    const load = async (batches: Extraction[][]) => {
      const store = await EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-order-")) });
      for (const batch of batches) await store.upsert(batch);
      await store.resolve();
      const dump = await dumpAnswers(store);
      await store.close();
      return dump;
    };
    const inOrder = await load(inBatches(reports, 10));
    expect(inOrder.meetings.length).toBeGreaterThan(50);
    expect(await load(inBatches([...reports].reverse(), 10))).toEqual(inOrder);
    for (const [seed, size] of [
      [1, 7],
      [2, 1],
      [3, 50],
    ] as const)
      expect(await load(inBatches(shuffled(reports, seed), size))).toEqual(inOrder);
  });
});

// npx tsx tests/syndication/measure-similarity.ts — the similarity distributions behind the syndication
// threshold (src/syndication/same-story.ts): every dev article against its republished variants, against
// the dev articles reporting the same meetings independently, and against every other dev article.
import { join, resolve } from "node:path";
import { containment, fingerprint, jaccard } from "../../src/syndication/minhash.js";
import { assignGroups } from "../../src/syndication/same-story.js";
import { shingleHashes } from "../../src/syndication/shingles.js";
import { devArticles } from "../bench/corpus.js";
import { allEdits, copyEdits, newHeadline, otherCredit, shortenedTail } from "./variants.js";

const shared = resolve(process.env.DIPLOGRAPH_SHARED ?? join(import.meta.dirname, "../../../shared"));
const dev = devArticles(shared);
const files = dev.map((_, i) => (i < 40 ? `dev-${String(i + 1).padStart(3, "0")}` : "seed-001"));

/** Dev articles about the same meetings, written independently (same participants in gold.json). */
const INDEPENDENT = [
  ["dev-004", "dev-015"],
  ["dev-006", "dev-017"],
  ["dev-006", "dev-040"],
  ["dev-007", "dev-030"],
  ["dev-025", "dev-033"],
];

const exact = (a: string, b: string) => {
  const x = shingleHashes(a);
  const y = shingleHashes(b);
  let both = 0;
  for (const h of x) if (y.has(h)) both++;
  return both / (x.size + y.size - both);
};

const quantiles = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => (s[Math.min(s.length - 1, Math.floor(p * s.length))] as number).toFixed(3);
  return `n=${s.length} min ${q(0)} p10 ${q(0.1)} median ${q(0.5)} p90 ${q(0.9)} max ${q(1)}`;
};

const kinds: [string, (t: string) => string][] = [
  ["new headline", newHeadline],
  ["tail cut to 70%", (t) => shortenedTail(t, 0.7)],
  ["tail cut to 50%", (t) => shortenedTail(t, 0.5)],
  ["other credit line", otherCredit],
  ["copy edits", copyEdits],
  ["all edits (tail 60%)", allEdits],
];

const report = (label: string, pairs: [string, string][]) => {
  const fa = pairs.map(([a, b]) => [fingerprint(a), fingerprint(b)] as const);
  console.log(`${label}`);
  console.log(`  exact Jaccard        ${quantiles(pairs.map(([a, b]) => exact(a, b)))}`);
  console.log(`  MinHash Jaccard      ${quantiles(fa.map(([a, b]) => jaccard(a, b)))}`);
  console.log(`  MinHash containment  ${quantiles(fa.map(([a, b]) => containment(a, b)))}`);
  // The whole rule as the stores run it: band-key lookup, then the containment threshold.
  const grouped = fa.filter(([a, b]) => {
    const [first, second] = assignGroups(
      [
        { id: "a", fingerprint: a },
        { id: "b", fingerprint: b },
      ],
      [],
    );
    return first?.group === second?.group;
  }).length;
  console.log(`  grouped as one story ${grouped} of ${pairs.length}`);
};

for (const [label, edit] of kinds)
  report(
    `variant: ${label}`,
    dev.map((t) => [t, edit(t)]),
  );
report(
  "independent reports of the same meetings",
  INDEPENDENT.map(([a, b]) => [dev[files.indexOf(a as string)] as string, dev[files.indexOf(b as string)] as string]),
);
const others: [string, string][] = [];
for (let i = 0; i < dev.length; i++)
  for (let j = i + 1; j < dev.length; j++) others.push([dev[i] as string, dev[j] as string]);
report("distinct dev articles, all pairs", others);

const t0 = performance.now();
let n = 0;
for (let r = 0; r < 20; r++) for (const t of dev) n += fingerprint(t).shingles > 0 ? 1 : 0;
console.log(`fingerprint cost: ${((performance.now() - t0) / n).toFixed(3)} ms per dev article (${n} made)`);

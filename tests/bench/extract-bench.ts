// npm run bench:extract — extraction throughput on >= 5 MB of varied dev text in one thread, against
// compromise's people() as the peer baseline in the same run; peak RSS in a separate process that runs
// only our extractor; and one megabyte of pathological text.
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { type BackboneName, tagText } from "../../src/extract/backbone.js";
import { extract } from "../../src/extract/extract.js";
import { pathologicalText, variedCorpus } from "./corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.DIPLOGRAPH_SHARED ?? join(here, "../../../shared"));
const mb = (bytes: number) => bytes / 1024 / 1024;

if (process.argv[2] === "--rss-only") {
  const articles = variedCorpus(shared, 5 * 1024 * 1024, 99);
  for (const text of articles) extract({ text });
  console.log(JSON.stringify({ peakRssMb: mb(process.resourceUsage().maxRSS * 1024) }));
  process.exit(0);
}

const articles = variedCorpus(shared, 5 * 1024 * 1024);
const bytes = articles.reduce((n, t) => n + Buffer.byteLength(t), 0);
// Load the gazetteer, the word list and the tagger's model once, outside the timing.
extract({ text: articles[0]! });
extract({ text: articles[0]! }, { backbone: "off" });

/** Seconds for one pass over the corpus with the given backbone, and the texts refused. */
function pass(backbone: BackboneName): { seconds: number; failed: number } {
  let failed = 0;
  const t = performance.now();
  for (const text of articles) {
    try {
      extract({ text }, { backbone });
    } catch {
      failed++;
    }
  }
  return { seconds: (performance.now() - t) / 1000, failed };
}
// Alternating passes, the second of each kept, so neither side gains from a warmer JIT.
pass("wink");
pass("off");
const { seconds: ours, failed } = pass("wink");
const { seconds: off } = pass("off");
console.log(
  `diplograph (wink backbone): ${articles.length} articles, ${mb(bytes).toFixed(2)} MB in ${ours.toFixed(2)} s = ${(mb(bytes) / ours).toFixed(2)} MB/s, ${(articles.length / ours).toFixed(0)} articles/s (${failed} refused)`,
);
// Baselines in the same run: the engine without the backbone, and the tagger alone on every text.
console.log(`baseline diplograph, backbone off: ${(mb(bytes) / off).toFixed(2)} MB/s`);
const t4 = performance.now();
for (const text of articles) tagText(text, "wink");
const tagger = (performance.now() - t4) / 1000;
console.log(`wink-nlp tagger alone, whole texts: ${(mb(bytes) / tagger).toFixed(2)} MB/s`);

// The baseline reads a slice of the same text (it is an order of magnitude slower).
const slice = articles.slice(0, Math.max(20, Math.ceil(articles.length / 10)));
const sliceBytes = slice.reduce((n, t) => n + Buffer.byteLength(t), 0);
const t1 = performance.now();
for (const text of slice) nlp(text).people().out("array");
const theirs = (performance.now() - t1) / 1000;
const theirRate = mb(sliceBytes) / theirs;
console.log(
  `baseline compromise people(): ${slice.length} articles, ${mb(sliceBytes).toFixed(2)} MB in ${theirs.toFixed(2)} s = ${theirRate.toFixed(3)} MB/s`,
);
console.log(`ratio: diplograph is ${(mb(bytes) / ours / theirRate).toFixed(1)}x the baseline`);

const rss = JSON.parse(
  execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--rss-only"], {
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .at(-1)!,
);
console.log(`peak RSS (separate process, extractor only, 5 MB): ${rss.peakRssMb.toFixed(0)} MB`);

const bad = pathologicalText(1_000_000);
const t2 = performance.now();
const x = extract({ text: bad });
console.log(
  `pathological 1,000,000 bytes: ${(performance.now() - t2).toFixed(0)} ms, ${x.entities.length} entities, ${x.events.length} events`,
);

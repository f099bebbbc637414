// Scores `diplograph extract` on the real-news development set (gold committed, texts in a local cache).
// Usage: node tests/quality/real/score-real.mjs [--by-article] [--holdout] [--backbone=wink|compromise|off] [path/to/shared]
// --holdout scores holdout.json instead: reports kept apart to tell whether a change generalises. Read its
// figures, never its articles: a rule written for one of them makes the figure worthless.
// The texts are rebuilt first from the saved search answers (see real-cache.mjs); without them it says so.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { confidenceTable, extractFiles, root, runScorer } from "../scoring.mjs";
import { rebuild, textsDir } from "./real-cache.mjs";

const args = process.argv.slice(2);
const byArticle = args.includes("--by-article");
const backbone = args.find((a) => a.startsWith("--backbone="));
const shared = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "..", "shared"));
const holdout = args.includes("--holdout");
const { total, rebuilt, problems } = rebuild(
  holdout ? join(root, "tests", "quality", "real", "holdout.json") : undefined,
);
if (rebuilt === 0) {
  console.error(`real: no texts could be rebuilt into ${textsDir}; save search answers first (real-cache.mjs)`);
  process.exit(2);
}
if (problems.length) console.error(`real: ${problems.length} of ${total} texts missing:\n  ${problems.join("\n  ")}`);
const goldPath = join(textsDir, "gold.json");
const files = JSON.parse(readFileSync(goldPath, "utf8"))
  .filter((g) => !problems.some((p) => p.startsWith(`${g.id}:`)))
  .map((g) => join(textsDir, g.file));
const predictions = extractFiles(files, backbone ? ["--backbone", backbone.split("=")[1]] : []);
console.log(runScorer(shared, goldPath, predictions, byArticle ? ["--by-article"] : []).trimEnd());
for (const row of confidenceTable(shared, goldPath, predictions)) console.log(row);

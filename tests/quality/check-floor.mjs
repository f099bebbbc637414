// Scores `diplograph extract` on the dev corpus with the shared scorer and fails below the recorded floor;
// also prints precision at each confidence threshold.
// Usage: node tests/quality/check-floor.mjs [path/to/shared]   (default ../shared beside the repo)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { confidenceTable, extractFiles, root, runScorer, summaryOf } from "./scoring.mjs";

const shared = resolve(process.argv[2] ?? join(root, "..", "shared"));
const corpus = join(shared, "corpus", "dev");
const goldPath = join(corpus, "gold.json");
if (!existsSync(goldPath)) {
  console.error(`quality: no dev corpus at ${corpus}`);
  process.exit(2);
}
const files = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => join(corpus, f));
const predictions = extractFiles(files);
const report = runScorer(shared, goldPath, predictions);
console.log(report.trimEnd());
for (const row of confidenceTable(shared, goldPath, predictions)) console.log(row);
const figures = summaryOf(report);
const floor = JSON.parse(readFileSync(join(root, "tests", "quality", "floor.json"), "utf8"));
const failures = [];
for (const [key, min] of Object.entries(floor.minimum))
  if (!(figures[key] >= min)) failures.push(`${key}=${figures[key]} is below the floor ${min}`);
for (const [key, max] of Object.entries(floor.maximum))
  if (!(figures[key] <= max)) failures.push(`${key}=${figures[key]} is above the ceiling ${max}`);
if (failures.length > 0) {
  console.error(`quality: FAILED\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("quality: every figure holds its floor");

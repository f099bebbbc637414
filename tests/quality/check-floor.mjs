// Scores `diplograph extract` on the dev corpus with the shared scorer and fails below the recorded floor.
// Usage: node tests/quality/check-floor.mjs [path/to/shared]   (default ../shared beside the repo)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = resolve(process.argv[2] ?? join(root, "..", "shared"));
const corpus = join(shared, "corpus", "dev");
if (!existsSync(join(corpus, "gold.json"))) {
  console.error(`quality: no dev corpus at ${corpus}`);
  process.exit(2);
}
const files = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => join(corpus, f));
const out = execFileSync(process.execPath, [join(root, "dist", "cli", "main.js"), "extract", "--jsonl", ...files], {
  maxBuffer: 256 * 1024 * 1024,
});
const predictions = join(tmpdir(), "diplograph-dev.jsonl");
writeFileSync(predictions, out);
const report = execFileSync(
  process.execPath,
  [join(shared, "eval", "score.mjs"), join(corpus, "gold.json"), predictions],
  { encoding: "utf8" },
);
console.log(report.trimEnd());
const summary = report.split("\n").find((l) => l.startsWith("SUMMARY"));
if (!summary) {
  console.error("quality: the scorer printed no SUMMARY line");
  process.exit(2);
}
const figures = Object.fromEntries(
  summary
    .replace("SUMMARY", "")
    .trim()
    .split(/\s+/)
    .map((kv) => kv.split("="))
    .map(([k, v]) => [k, Number(v)]),
);
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

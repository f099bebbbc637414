// Shared by the dev-set floor and the real-news set: run `diplograph extract`, score with the shared scorer,
// and tell precision at each confidence threshold so analysts can pick one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const work = mkdtempSync(join(tmpdir(), "diplograph-score-"));

/** One Extraction per line for the given text files, as the CLI prints them. */
export function extractFiles(files, extraArgs = []) {
  const cli = join(root, "dist", "cli", "main.js");
  return execFileSync(process.execPath, [cli, "extract", "--jsonl", ...extraArgs, ...files], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString("utf8");
}

export function runScorer(shared, goldPath, jsonl, extraArgs = []) {
  const predictions = join(work, `predictions-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(predictions, jsonl);
  return execFileSync(process.execPath, [join(shared, "eval", "score.mjs"), goldPath, predictions, ...extraArgs], {
    encoding: "utf8",
  });
}

export function summaryOf(report) {
  const line = report.split("\n").find((l) => l.startsWith("SUMMARY"));
  if (!line) throw new Error("quality: the scorer printed no SUMMARY line");
  return Object.fromEntries(
    line
      .replace("SUMMARY", "")
      .trim()
      .split(/\s+/)
      .map((kv) => kv.split("="))
      .map(([k, v]) => [k, Number(v)]),
  );
}

/** "MET_WITH P 0.980 R 0.980 F1 0.980 (tp 193 fp 4 fn 4)" as numbers. */
export function figuresOf(report, label) {
  const line = report.split("\n").find((l) => l.startsWith(`${label} `));
  const m = line && /P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)\s+\(tp (\d+) fp (\d+) fn (\d+)\)/.exec(line);
  if (!m) return null;
  const [P, R, F1, tp, fp, fn] = m.slice(1).map(Number);
  return { P, R, F1, tp, fp, fn };
}

/** Keeps MET_WITH and VISITED relations at or above `threshold` (other relations untouched). */
function atThreshold(jsonl, threshold) {
  return jsonl
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const o = JSON.parse(line);
      o.relations = o.relations.filter(
        (r) => (r.type !== "MET_WITH" && r.type !== "VISITED") || (r.confidence ?? 1) >= threshold,
      );
      return JSON.stringify(o);
    })
    .join("\n");
}

export const THRESHOLDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Precision, recall and F1 of MET_WITH and VISITED at each confidence threshold, as printable lines. */
export function confidenceTable(shared, goldPath, jsonl, thresholds = THRESHOLDS) {
  const rows = ["confidence >=  MET_WITH P     R     F1   kept |  VISITED P     R     F1   kept"];
  for (const t of thresholds) {
    const report = runScorer(shared, goldPath, atThreshold(jsonl, t));
    const m = figuresOf(report, "MET_WITH");
    const v = figuresOf(report, "VISITED");
    const cell = (f) => `${f.P.toFixed(3)} ${f.R.toFixed(3)} ${f.F1.toFixed(3)} ${String(f.tp + f.fp).padStart(5)}`;
    rows.push(`${t.toFixed(2).padStart(13)}  ${cell(m)}   |  ${cell(v)}`);
  }
  return rows;
}

#!/usr/bin/env node
// The real-news development set: gold.json is committed, the texts never are. Texts live in an ignored local
// cache rebuilt from the search answers saved during a session (others' writing stays out of the repository).
//
//   node tests/quality/real/real-cache.mjs rebuild [GOLD]          texts/<id>.txt for every gold entry, sha256 checked
//   node tests/quality/real/real-cache.mjs take SAVED.json URL ID  one excerpt as texts/ID.txt; prints its sha256
//   node tests/quality/real/real-cache.mjs check GOLD              annotation checks (names verbatim, references)
//   node tests/quality/real/real-cache.mjs merge                   parts/*.json (one per annotator) into gold.json
//
// Cache: $DIPLOGRAPH_REAL_CACHE, else ~/.cache/diplograph/real-news, holding
//   search-output/*.json  answers of the search tool as saved: { query, results: [{ url, excerpt }] }
//   texts/                the rebuilt texts and a copy of gold.json beside them (the scorer reads texts from there)
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const cacheDir = resolve(
  process.env.DIPLOGRAPH_REAL_CACHE || join(homedir(), ".cache", "diplograph", "real-news"),
);
export const textsDir = join(cacheDir, "texts");
const savedDir = join(cacheDir, "search-output");
const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");

function readSaved(file) {
  const answer = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(answer.results)) throw new Error(`real-cache: ${file} has no results[]`);
  return answer;
}

function savedAnswers() {
  if (!existsSync(savedDir)) return [];
  return readdirSync(savedDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, ...readSaved(join(savedDir, f)) }));
}

/** Every excerpt saved for a URL; the one whose sha256 the gold records is the text. */
function excerptsFor(answers, url) {
  const found = [];
  for (const a of answers)
    for (const r of a.results) if (r.url === url && typeof r.excerpt === "string") found.push(r.excerpt);
  return found;
}

export function rebuild(goldPath = join(here, "gold.json")) {
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  const answers = savedAnswers();
  mkdirSync(textsDir, { recursive: true });
  const problems = [];
  for (const g of gold) {
    const text = excerptsFor(answers, g.source?.url).find((t) => sha256(t) === g.text_sha256);
    if (text === undefined) {
      problems.push(`${g.id}: no saved excerpt of ${g.source?.url} has sha256 ${g.text_sha256}`);
      continue;
    }
    writeFileSync(join(textsDir, g.file), text);
  }
  writeFileSync(join(textsDir, "gold.json"), JSON.stringify(gold, null, 2));
  return { total: gold.length, rebuilt: gold.length - problems.length, problems };
}

function take(savedFile, url, id) {
  const answer = readSaved(savedFile);
  const hit = answer.results.find((r) => r.url === url);
  if (!hit) throw new Error(`real-cache: ${savedFile} has no result for ${url}`);
  mkdirSync(textsDir, { recursive: true });
  writeFileSync(join(textsDir, `${id}.txt`), hit.excerpt);
  return { file: join(textsDir, `${id}.txt`), sha256: sha256(hit.excerpt), query: answer.query };
}

/** Checks what a careful annotator checks: names verbatim in the text, references resolved, sha256 right. */
export function check(goldPath) {
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  const problems = [];
  const ids = new Set();
  for (const g of gold) {
    const say = (m) => problems.push(`${g.id}: ${m}`);
    if (ids.has(g.id)) say("duplicate id");
    ids.add(g.id);
    if (g.file !== `${g.id}.txt`) say(`file should be ${g.id}.txt`);
    for (const k of ["url", "outlet", "query"]) if (!g.source?.[k]) say(`source.${k} missing`);
    const path = join(textsDir, g.file);
    if (!existsSync(path)) {
      say(`no text at ${path}`);
      continue;
    }
    const text = readFileSync(path, "utf8");
    if (sha256(text) !== g.text_sha256) say("text_sha256 does not match the text");
    const common = new Set(["United States", "United Nations", "European Union"]);
    const verbatim = (s, what) => {
      if (typeof s === "string" && !common.has(s) && !text.includes(s)) say(`${what} "${s}" is not in the text`);
    };
    const persons = new Set();
    for (const p of g.persons ?? []) {
      persons.add(p.name);
      verbatim(p.name, "person");
      for (const a of p.aliases ?? []) verbatim(a, "alias");
    }
    const places = new Set((g.locations ?? []).map((l) => l.name));
    for (const l of g.locations ?? []) for (const a of l.aliases ?? []) verbatim(a, "location alias");
    for (const o of g.organizations ?? []) for (const a of o.aliases ?? []) verbatim(a, "organization alias");
    const person = (n, what) => persons.has(n) || say(`${what} "${n}" is not in persons`);
    const place = (n, what) => n == null || places.has(n) || say(`${what} "${n}" is not in locations`);
    const date = (d, what) =>
      d == null || /^\d{4}-\d{2}-\d{2}$/.test(d) || say(`${what} date "${d}" is not YYYY-MM-DD`);
    for (const m of g.meetings ?? []) {
      if ((m.participants ?? []).length < 2) say("a meeting with fewer than two participants");
      for (const n of m.participants ?? []) person(n, "meeting participant");
      place(m.location, "meeting location");
      date(m.date, "meeting");
      if (!["occurred", "planned"].includes(m.status)) say(`meeting status "${m.status}"`);
    }
    for (const v of g.visits ?? []) {
      person(v.person, "visitor");
      place(v.location, "visit location");
      date(v.date, "visit");
      if (!["occurred", "planned"].includes(v.status)) say(`visit status "${v.status}"`);
    }
    for (const c of g.calls ?? []) for (const n of c.participants ?? []) person(n, "caller");
  }
  return problems;
}

const [command, ...args] = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  if (command === "rebuild") {
    const r = rebuild(args[0] ? resolve(args[0]) : undefined);
    console.log(`real-cache: ${r.rebuilt} of ${r.total} texts in ${textsDir}`);
    for (const p of r.problems) console.log(`  ${p}`);
    process.exit(r.problems.length ? 1 : 0);
  } else if (command === "take" && args.length === 3) {
    console.log(JSON.stringify(take(resolve(args[0]), args[1], args[2])));
  } else if (command === "merge") {
    const parts = readdirSync(join(cacheDir, "parts"))
      .filter((f) => f.endsWith(".json"))
      .sort();
    const merged = parts.flatMap((f) => JSON.parse(readFileSync(join(cacheDir, "parts", f), "utf8")));
    writeFileSync(join(here, "gold.json"), `${JSON.stringify(merged, null, 2)}\n`);
    console.log(`real-cache: ${merged.length} articles from ${parts.join(", ")} into ${join(here, "gold.json")}`);
    console.log("real-cache: run `npx biome format --write tests/quality/real/gold.json` before committing");
  } else if (command === "check" && args.length === 1) {
    const problems = check(resolve(args[0]));
    for (const p of problems) console.log(p);
    console.log(problems.length ? `real-cache: ${problems.length} problems` : "real-cache: gold checks out");
    process.exit(problems.length ? 1 : 0);
  } else {
    console.error("usage: real-cache.mjs rebuild [GOLD] | take SAVED.json URL ID | check GOLD");
    process.exit(2);
  }
}

// Seed articles: a newcomer's first `npm start` shows a graph. Loaded only into an empty store.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seedsDir } from "../config/paths.js";
import { extract } from "../extract/extract.js";
import type { GraphStore } from "../store/graph-store.js";
import { readArticleFile } from "./read-article-file.js";

export async function loadSeeds(store: GraphStore, dir = seedsDir): Promise<number> {
  if ((await store.stats()).articles > 0) return 0;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .sort();
  const extractions = files.map((f) =>
    extract({ ...readArticleFile(readFileSync(join(dir, f), "utf8")), source: `diplograph seeds/${f}` }),
  );
  await store.upsert(extractions);
  await store.resolve();
  return extractions.length;
}

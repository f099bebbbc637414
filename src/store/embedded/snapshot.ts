// Snapshots: the whole graph written as a stream of lines (a large graph does not fit in one JSON
// string), to a temporary file that is fsynced and renamed into place, so a crash leaves the old one.

import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Attrs, Graph } from "./memory-graph.js";

const FORMAT = 1;

export async function writeSnapshot(path: string, graph: Graph, seq: number): Promise<void> {
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp, { encoding: "utf8" });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
  };
  await write({ format: FORMAT, seq, order: graph.order, size: graph.size });
  for (const { node, attributes } of graph.nodeEntries()) await write(["n", node, attributes]);
  for (const { edge, source, target, attributes } of graph.edgeEntries())
    await write(["e", edge, source, target, attributes]);
  await write(["end"]);
  out.end();
  await once(out, "finish");
  const handle = await open(tmp, "r+");
  await handle.sync();
  await handle.close();
  await rename(tmp, path);
}

/** Loads a snapshot into an empty graph; returns the journal sequence it covers (0 when there is none). */
export async function readSnapshot(path: string, graph: Graph): Promise<number> {
  if (!existsSync(path)) return 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let header: { format: number; seq: number } | null = null;
  let ended = false;
  for await (const line of lines) {
    const item = JSON.parse(line) as unknown;
    if (!header) {
      header = item as { format: number; seq: number };
      if (header.format !== FORMAT) throw new Error(`store: snapshot ${path} has unknown format ${header.format}`);
      continue;
    }
    const row = item as [string, string, ...unknown[]];
    if (row[0] === "n") graph.addNode(row[1], row[2] as Attrs);
    else if (row[0] === "e") graph.addDirectedEdgeWithKey(row[1], row[2] as string, row[3] as string, row[4] as Attrs);
    else if (row[0] === "end") ended = true;
  }
  // Written to a temporary file and renamed only when complete, so an unfinished snapshot is a bug.
  if (!header || !ended) throw new Error(`store: snapshot ${path} is incomplete`);
  return header.seq;
}

// The layout worker: computes a layout off the event loop and hands back its JSON, open at the end of
// meta (the caller closes it with "cached"), and, for the cache, the answer a repeat will get, gzipped.
import { parentPort } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { computeLayout, type LayoutResult } from "./compute-layout.js";
import type { LayoutOptions } from "./layout-options.js";
import { type PackedSubgraph, unpackSubgraph } from "./packed-subgraph.js";
import type { BackboneMeta } from "./strongest-edges.js";

export interface LayoutTask {
  /** The subgraph as columns (packed-subgraph.ts): the cheap way across to the worker. */
  subgraph: PackedSubgraph;
  options: LayoutOptions;
  /** Whether to gzip the answer for the cache: with the cache off, compressing a large one costs seconds. */
  gzip?: boolean;
  /**
   * How edges are written: "dated" objects with first and last dates (exports), "plain" objects without
   * them, or "rows": [source index, target index, type index, weight, planned, inferred] arrays into
   * `nodes` and `edgeTypes`, a tenth of the size, for the web page's large views (inferred is 1 when every
   * event of the edge has a participant resolved by post, else 0).
   */
  edges?: EdgeShape;
  /** Set when `subgraph` holds only its picture's backbone (strongest-edges.ts): said in the meta. */
  backbone?: BackboneMeta;
}
export type EdgeShape = "dated" | "plain" | "rows";
export const EDGE_TYPES = ["MET_WITH", "SPOKE_WITH", "VISITED"] as const;
export type LayoutAnswer = { ok: true; open: string; gzipped: Uint8Array | null } | { ok: false; reason: string };

/** How a layout's open JSON is closed, fresh or from the cache. */
export const closeLayout = (open: string, cached: boolean) => `${open},"cached":${cached}}}`;

/** The layout as JSON with its meta object left open: `...,"meta":{...,"durationMs":N`. */
export function openLayoutJson(task: LayoutTask): string {
  const started = performance.now();
  const result = computeLayout(unpackSubgraph(task.subgraph), task.options, task.backbone);
  const edges = writeEdges(result, task.edges ?? "dated");
  // meta last: the JSON is left open at its end.
  const json = JSON.stringify({
    nodes: result.nodes,
    ...edges,
    meta: { ...result.meta, durationMs: Math.round(performance.now() - started) },
  });
  return json.slice(0, -2);
}

function writeEdges(result: LayoutResult, shape: EdgeShape) {
  if (shape === "dated") return { edges: result.edges };
  if (shape === "plain")
    return {
      edges: result.edges.map(({ id, source, target, type, weight, planned, sourceCount, resolvedBy }) => ({
        id,
        source,
        target,
        type,
        weight,
        planned,
        sourceCount,
        resolvedBy,
      })),
    };
  const index = new Map(result.nodes.map((n, i) => [n.id, i]));
  return {
    edgeTypes: EDGE_TYPES,
    edges: result.edges.map((e) => [
      index.get(e.source),
      index.get(e.target),
      EDGE_TYPES.indexOf(e.type),
      e.weight,
      e.planned,
      e.resolvedBy === "post" ? 1 : 0,
    ]),
  };
}

parentPort?.on("message", (task: LayoutTask) => {
  try {
    const open = openLayoutJson(task);
    // Compressed once, sent many times: worth a good level.
    const gzipped = task.gzip === false ? null : gzipSync(closeLayout(open, true), { level: 6 });
    const moved = gzipped ? [gzipped.buffer as ArrayBuffer] : [];
    parentPort?.postMessage({ ok: true, open, gzipped } satisfies LayoutAnswer, moved);
  } catch (error) {
    parentPort?.postMessage({ ok: false, reason: (error as Error).message } satisfies LayoutAnswer);
  }
});

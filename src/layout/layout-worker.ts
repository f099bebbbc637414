// The layout worker: computes a layout off the event loop and hands back its JSON, open at the end of
// meta (the caller closes it with "cached"), and, for the cache, the answer a repeat will get, gzipped.
import { parentPort } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import type { Subgraph } from "../domain/graph.js";
import { computeLayout } from "./compute-layout.js";
import type { LayoutOptions } from "./layout-options.js";

export interface LayoutTask {
  subgraph: Subgraph;
  options: LayoutOptions;
  /** Whether to gzip the answer for the cache: with the cache off, compressing a large one costs seconds. */
  gzip?: boolean;
  /** Whether edges keep their first and last dates: exports write them, the web page never reads them. */
  edgeDates?: boolean;
}
export type LayoutAnswer = { ok: true; open: string; gzipped: Uint8Array | null } | { ok: false; reason: string };

/** How a layout's open JSON is closed, fresh or from the cache. */
export const closeLayout = (open: string, cached: boolean) => `${open},"cached":${cached}}}`;

/** The layout as JSON with its meta object left open: `...,"meta":{...,"durationMs":N`. */
export function openLayoutJson(task: LayoutTask): string {
  const started = performance.now();
  const result = computeLayout(task.subgraph, task.options);
  const edges =
    task.edgeDates === false
      ? result.edges.map(({ id, source, target, type, weight, planned, sourceCount }) => ({
          id,
          source,
          target,
          type,
          weight,
          planned,
          sourceCount,
        }))
      : result.edges;
  const json = JSON.stringify({
    ...result,
    edges,
    meta: { ...result.meta, durationMs: Math.round(performance.now() - started) },
  });
  return json.slice(0, -2);
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

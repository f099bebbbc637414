// Layouts for the API: the subgraph from the store, the layout from a worker (or the cache), the JSON
// closed with whether it came from the cache.
import type { EventStatus } from "../domain/extraction.js";
import type { Subgraph } from "../domain/graph.js";
import type { EdgeKind, GraphStore } from "../store/graph-store.js";
import { siblingModule, WorkerPool } from "../workers/worker-pool.js";
import { LayoutCache } from "./layout-cache.js";
import type { LayoutOptions } from "./layout-options.js";
import { closeLayout, type EdgeShape, type LayoutAnswer, type LayoutTask } from "./layout-worker.js";
import { packSubgraph } from "./packed-subgraph.js";
import { strongestEdges } from "./strongest-edges.js";

/** A layout answer: JSON text, or (from the cache) the same gzipped, to send as it is. */
export type LayoutBody = { text: string; gzipped?: undefined } | { gzipped: Uint8Array; text?: undefined };

export interface LayoutQuery {
  center?: string;
  depth: number;
  from?: string;
  to?: string;
  includeUndated?: boolean;
  kinds?: EdgeKind[];
  statuses?: EventStatus[];
  minReports?: number;
  country?: string;
  organization?: string;
  /** Most nodes: an ego network's cap, or how many of the most connected persons without a center. */
  limit: number;
  /**
   * Lay out and answer only each node's this many strongest edges (strongest-edges.ts), cut once here,
   * before the worker: the page asks it for large views. Unset: every edge.
   */
  strongest?: number;
  options: LayoutOptions;
}

export interface LayoutServiceOptions {
  workers: number;
  /** Cache size in bytes; 0 turns the cache off. */
  cacheBytes: number;
}

/** A person asked for as center does not exist. */
export class UnknownCenterError extends Error {
  override name = "UnknownCenterError";
}

export class LayoutService {
  private readonly pool: WorkerPool<LayoutTask, LayoutAnswer>;
  private readonly cache: LayoutCache | null;

  constructor(
    private readonly store: GraphStore,
    options: LayoutServiceOptions,
  ) {
    this.pool = new WorkerPool(siblingModule(import.meta.url, "layout-worker"), options.workers, "layout");
    this.cache = options.cacheBytes > 0 ? new LayoutCache(options.cacheBytes) : null;
  }

  private async subgraph(q: LayoutQuery): Promise<Subgraph> {
    const { from, to, includeUndated, kinds, statuses, minReports, country, organization, limit } = q;
    const filter = { from, to, includeUndated, kinds, statuses, minReports, country, organization, limit };
    if (!q.center) return this.store.topPersons(filter);
    const picture = await this.store.egoNetwork(q.center, q.depth, filter);
    if (!picture.nodes.length) throw new UnknownCenterError(`no person with id ${q.center}`);
    return picture;
  }

  /** Lays out a given subgraph in a worker: the open JSON (see layout-worker.ts). */
  async layoutSubgraph(subgraph: Subgraph, options: LayoutOptions): Promise<string> {
    const answer = await this.pool.run({ subgraph: packSubgraph(subgraph), options, gzip: false });
    if (!answer.ok) throw new Error(`layout: ${answer.reason}`);
    return answer.open;
  }

  /**
   * The layout (meta.cached says whether the cache answered); a cached one comes gzipped. Edges are
   * written in the asked shape (layout-worker.ts): dated for exports, plain or rows for the page.
   */
  async layout(q: LayoutQuery, edges: EdgeShape = "plain"): Promise<LayoutBody> {
    const key = this.cache ? LayoutCache.key(await this.store.version(), { ...q, edges }) : "";
    const hit = this.cache?.get(key);
    if (hit) return { gzipped: hit };
    const picture = await this.subgraph(q);
    const backbone = q.strongest ? strongestEdges(picture.edges, q.strongest) : null;
    const answer = await this.pool.run({
      subgraph: packSubgraph(backbone ? { ...picture, edges: backbone.edges } : picture),
      options: q.options,
      gzip: !!this.cache,
      edges,
      backbone: backbone?.meta,
    });
    if (!answer.ok) throw new Error(`layout: ${answer.reason}`);
    if (answer.gzipped) this.cache?.set(key, answer.gzipped);
    return { text: closeLayout(answer.open, false) };
  }

  /** The layout as JSON text with edge dates, whichever way it came: for exports. */
  async layoutText(q: LayoutQuery): Promise<string> {
    const body = await this.layout(q, "dated");
    return body.text ?? LayoutCache.text(body.gzipped);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

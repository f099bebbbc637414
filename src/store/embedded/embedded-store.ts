// The embedded default store: graphology in memory, made durable by a write-ahead journal and
// snapshots under the data directory. Writes are serialised; reads answer from memory.
import { mkdirSync } from "node:fs";
import { join, resolve as resolvePath } from "node:path";
import type { AuthorityEntry } from "../../authority/authority-entry.js";
import type { Extraction } from "../../domain/extraction.js";
import { type AuthorityRows, type AuthoritySummary, planAuthority } from "../authority-plan.js";
import { batchRows, type GraphRows } from "../graph-rows.js";
import type { GraphStore, ResolveSummary, UpsertOptions, UpsertSummary } from "../graph-store.js";
import { egoNetwork, type NetworkSource, pairKinds, topNetwork } from "../network.js";
import { planPersonMerges } from "../resolve-plan.js";
import { groupArticles } from "../syndication-groups.js";
import { freshBatch, validateBatch } from "../validate-batch.js";
import { EmbeddedQueries } from "./embedded-queries.js";
import { Journal } from "./journal.js";
import { MemoryGraph } from "./memory-graph.js";
import { PostQueries } from "./post-queries.js";
import { readSnapshot, writeSnapshot } from "./snapshot.js";
import { VersionMemo } from "./version-memo.js";
import { acquireWriteLock } from "./write-lock.js";

type Op = { op: "upsert"; rows: GraphRows } | { op: "resolve" } | { op: "authority"; rows: AuthorityRows };

export interface EmbeddedStoreOptions {
  dataDir: string;
  /** Who holds the write lock, as other processes will be told. */
  command?: string;
  /** A snapshot is written when the journal grows past this many bytes (and on close). */
  snapshotAfterBytes?: number;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = "embedded" as const;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly memory: MemoryGraph,
    readonly queries: EmbeddedQueries,
    private readonly journal: Journal<Op>,
    private readonly snapshotPath: string,
    private seq: number,
    private readonly release: () => void,
    private readonly snapshotAfterBytes: number,
  ) {}

  static async open(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const dir = resolvePath(options.dataDir);
    mkdirSync(dir, { recursive: true });
    const release = acquireWriteLock(join(dir, "LOCK"), dir, options.command ?? process.argv.slice(1).join(" "));
    try {
      const memory = new MemoryGraph();
      const snapshotPath = join(dir, "graph.snapshot.ndjson");
      let seq = await readSnapshot(snapshotPath, memory.graph);
      const { journal, records } = Journal.open<Op>(join(dir, "graph.journal"));
      for (const record of records) {
        if (record.seq <= seq) continue; // already in the snapshot
        EmbeddedStore.replay(memory, record.payload);
        seq = record.seq;
      }
      return new EmbeddedStore(
        memory,
        new EmbeddedQueries(memory.graph, (id) => memory.neighborsOf(id)),
        journal,
        snapshotPath,
        seq,
        release,
        options.snapshotAfterBytes ?? 256 * 1024 * 1024,
      );
    } catch (error) {
      release();
      throw error;
    }
  }

  private static replay(memory: MemoryGraph, op: Op) {
    if (op.op === "upsert") memory.apply(op.rows);
    else if (op.op === "authority") memory.applyAuthority(op.rows);
    else memory.resolve();
  }

  /** Runs writes one after another, in the order they were asked for. */
  private serial<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error("store: the embedded store is closed");
      return work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Journals an operation, then applies it in memory; a snapshot, when due, comes after both. */
  private async commit<T>(op: Op, apply: () => T): Promise<T> {
    this.journal.append({ seq: this.seq + 1, payload: op });
    this.seq++;
    const result = apply();
    if (this.journal.bytes > this.snapshotAfterBytes) await this.snapshot();
    return result;
  }

  /** Writes the whole graph to a snapshot and empties the journal. */
  async snapshot(): Promise<void> {
    await writeSnapshot(this.snapshotPath, this.memory.graph, this.seq);
    this.journal.reset();
  }

  async upsert(extractions: Extraction[], options: UpsertOptions = {}): Promise<UpsertSummary> {
    const valid = options.checked ? extractions : validateBatch(extractions);
    return this.serial(async () => {
      const known = new Set(valid.map((x) => x.article.id).filter((id) => this.memory.graph.hasNode(id)));
      const { fresh, summary } = freshBatch(valid, known);
      if (!fresh.length) return summary;
      const rows = batchRows(fresh, new Date().toISOString());
      // Decided before journaling, so a replay gives every article the group it was given here.
      await groupArticles(fresh, rows.articles, (keys) => this.memory.foundersFor(keys));
      const counts = await this.commit({ op: "upsert", rows }, () => this.memory.apply(rows));
      return { ...summary, ...counts };
    });
  }

  resolve(): Promise<ResolveSummary> {
    return this.serial(async () => {
      const merged = planPersonMerges(this.memory.personNames());
      if (!merged.length && !this.memory.postResolutionPending()) return { merged: [], eventsRekeyed: 0 };
      return this.commit({ op: "resolve" }, () => this.memory.resolve(merged));
    });
  }

  importAuthority(entries: AuthorityEntry[], options: { asOf: string }): Promise<AuthoritySummary> {
    return this.serial(async () => {
      const { rows, summary } = planAuthority(this.memory.personNames(), entries, options.asOf);
      if (rows.externalIds.length) await this.commit({ op: "authority", rows }, () => this.memory.applyAuthority(rows));
      return summary;
    });
  }

  async knownArticles(ids: string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.memory.graph.hasNode(id)));
  }

  async version(): Promise<string> {
    return String(this.seq);
  }

  async ready(): Promise<boolean> {
    return !this.closed;
  }

  close(): Promise<void> {
    return this.serial(async () => {
      if (this.journal.bytes > 0) await this.snapshot();
      this.journal.close();
      this.release();
      this.closed = true;
    });
  }

  /** Drops the lock and file handle without a snapshot, as a crash would (for tests). */
  abandon(): void {
    this.closed = true;
    this.journal.close();
    this.release();
  }

  searchPersons: GraphStore["searchPersons"] = async (q, paging) => this.queries.searchPersons(q, paging);
  person: GraphStore["person"] = async (id) => this.queries.person(id);
  counterparts: GraphStore["counterparts"] = async (id, range) => this.queries.counterparts(id, range);
  meetings: GraphStore["meetings"] = async (filter) => this.queries.meetings(filter);
  visits: GraphStore["visits"] = async (filter) => this.queries.visits(filter);
  private readonly network: NetworkSource = {
    edgesAmong: async (ids, filter) => this.queries.edgesAmong(ids, filter),
    neighbors: async (ids, filter) => this.queries.neighbors(ids, filter),
    labels: async (ids) => this.queries.labels(ids),
  };
  egoNetwork: GraphStore["egoNetwork"] = (center, depth, filter) => egoNetwork(this.network, center, depth, filter);
  private readonly rankings = new VersionMemo<string[]>(8);
  topPersons: GraphStore["topPersons"] = async (filter) => {
    const pairs = pairKinds(filter);
    const { kinds, statuses, from, to, includeUndated, minReports, country, organization } = pairs;
    const key = JSON.stringify([kinds, statuses, from, to, includeUndated, minReports, country, organization]);
    const ranked = this.rankings.get(String(this.seq), key, () => this.queries.rankPersons(pairs));
    return topNetwork(this.network, ranked, filter.limit, pairs);
  };
  shortestPaths: GraphStore["shortestPaths"] = async (from, to, max) => this.queries.shortestPaths(from, to, max);
  timeline: GraphStore["timeline"] = async (id, filter) => this.queries.timeline(id, filter);
  activity: GraphStore["activity"] = async (ids, filter) => this.queries.activity(ids, filter);
  places: GraphStore["places"] = async (ids, filter) => this.queries.places(ids, filter);
  stats: GraphStore["stats"] = async () => this.queries.stats();
  private get posts() {
    return new PostQueries(this.memory.graph);
  }
  searchPosts: GraphStore["searchPosts"] = async (filter) => this.posts.searchPosts(filter);
  postHolders: GraphStore["postHolders"] = async (id) => this.posts.postHolders(id);
}

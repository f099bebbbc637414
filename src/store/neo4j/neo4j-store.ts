// The Neo4j store: every query is a cypher/store/*.cypher file run with parameters; writes go as
// UNWIND $rows batches in one managed transaction per batch (nodes before relationships), retried by
// the driver on transient errors and deadlocks.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from "neo4j-driver";
import type { AuthorityEntry } from "../../authority/authority-entry.js";
import type { Extraction } from "../../domain/extraction.js";
import type {
  Counterpart,
  EventOffice,
  EventParticipant,
  EventView,
  GraphEdge,
  HeldPost,
  MeetingPath,
  PersonDetail,
  PersonSummary,
  PostHolder,
  PostSummary,
  PostView,
  Stats,
  VisitView,
} from "../../domain/graph.js";
import { type AuthoritySummary, planAuthority } from "../authority-plan.js";
import { StoreUnavailableError } from "../errors.js";
import { batchRows, type GraphRows } from "../graph-rows.js";
import type {
  ActivityFilter,
  DateRange,
  DayCount,
  GraphStore,
  MeetingFilter,
  NetworkFilter,
  Page,
  Paging,
  PlaceCount,
  PostFilter,
  ResolveSummary,
  TimelineFilter,
  UpsertOptions,
  UpsertSummary,
  VisitFilter,
} from "../graph-store.js";
import { coverageChanges, type PostWindow } from "../held-span.js";
import { HELD_TOLERANCE_DAYS } from "../held-tolerance.js";
import { egoNetwork, type NetworkSource, pairKinds, topNetwork } from "../network.js";
import { byFirstSeen, byPost, byTenure } from "../post-order.js";
import { type HolderSpan, type OfficeRefFacts, planPostResolutions } from "../post-resolution.js";
import { type EventKeyFacts, planEventRekeys, planPersonMerges } from "../resolve-plan.js";
import { searchKey, searchKeys } from "../search-key.js";
import { groupArticles } from "../syndication-groups.js";
import { freshBatch, validateBatch } from "../validate-batch.js";
import { countVisitors } from "../visitor-countries.js";
import { cypher } from "./cypher-files.js";
import { applySchema } from "./schema.js";
import { fromNeo4j } from "./values.js";

type Row = Record<string, unknown>;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const rowsOf = (result: QueryResult) => result.records.map((r) => fromNeo4j(r.toObject()) as Row);

/** Write steps in order: nodes first, then relationships. Rows sorted by key so writers lock alike. */
const WRITE_STEPS: [string, keyof GraphRows, (row: Row) => string][] = [
  ["upsert-articles", "articles", (r) => r.id as string],
  ["upsert-persons", "persons", (r) => r.id as string],
  ["upsert-organizations", "organizations", (r) => r.id as string],
  ["upsert-locations", "locations", (r) => r.id as string],
  ["upsert-posts", "posts", (r) => r.id as string],
  ["upsert-events", "events", (r) => r.id as string],
  ["upsert-participations", "participations", (r) => `${r.personId}|${r.eventId}`],
  ["upsert-reports", "reports", (r) => `${r.eventId}|${r.articleId}`],
  ["upsert-met-with", "metWith", (r) => `${r.from}|${r.to}|${r.eventId}`],
  ["upsert-spoke-with", "spokeWith", (r) => `${r.from}|${r.to}|${r.eventId}`],
  ["upsert-visited", "visited", (r) => `${r.personId}|${r.locationId}|${r.eventId}`],
  ["upsert-affiliations", "affiliations", (r) => `${r.personId}|${r.targetId}`],
  ["upsert-held", "held", (r) => `${r.personId}|${r.postId}|${r.date}|${r.articleId}`],
  ["upsert-office-refs", "officeRefs", (r) => `${r.eventId}|${r.postId}`],
];

/** Which office references to resolve: all of them, or those of these events or referring to these posts. */
interface PostScope {
  all: boolean;
  eventIds: string[];
  windows: PostWindow[];
}

/**
 * Resolves office references in the write transaction (post-resolution.ts decides; the Cypher files read
 * the facts, drop what is no longer inferred, and add what is); returns the events touched.
 */
async function resolvePosts(
  tx: ManagedTransaction,
  scope: PostScope,
): Promise<{ eventIds: string[]; relationshipsCreated: number; relationshipsDeleted: number }> {
  const none = { eventIds: [], relationshipsCreated: 0, relationshipsDeleted: 0 };
  if (!scope.all && !scope.eventIds.length && !scope.windows.length) return none;
  const rows = rowsOf(
    await tx.run(cypher("store/office-ref-facts"), { ...scope, toleranceDays: neo4j.int(HELD_TOLERANCE_DAYS) }),
  );
  if (!rows.length) return none;
  const refs: OfficeRefFacts[] = rows.map((r) => ({
    eventId: r.eventId as string,
    kind: r.kind as OfficeRefFacts["kind"],
    status: r.status as OfficeRefFacts["status"],
    date: (r.date as string) ?? null,
    postId: r.postId as string,
    role: r.role as OfficeRefFacts["role"],
    namedIds: r.namedIds as string[],
  }));
  const spans = new Map<string, HolderSpan>();
  rows.forEach((r) => {
    for (const h of r.spans as Omit<HolderSpan, "postId">[])
      spans.set(`${h.personId}|${r.postId}`, { ...h, postId: r.postId as string });
  });
  const plan = planPostResolutions(refs, [...spans.values()]);
  const keep = plan.flatMap((p) => [
    `PARTICIPATED_IN|${p.personId}|${p.eventId}|`,
    ...p.pairs.map(([a, b]) => `${p.pairType}|${a}|${b}|${p.eventId}`),
  ]);
  const eventIds = [...new Set(refs.map((r) => r.eventId))].sort();
  const cleared = (await tx.run(cypher("store/clear-post-resolutions"), { eventIds, keep })).summary.counters;
  const relationshipsDeleted = cleared.updates().relationshipsDeleted;
  if (!plan.length) return { eventIds, relationshipsCreated: 0, relationshipsDeleted };
  const { counters } = (await tx.run(cypher("store/apply-post-resolutions"), { rows: plan })).summary;
  return { eventIds, relationshipsCreated: counters.updates().relationshipsCreated, relationshipsDeleted };
}

const rangeParams = (r: DateRange) => ({
  from: r.from ?? null,
  to: r.to ?? null,
  includeUndated: r.includeUndated === true,
});
/** The parameters every network query shares (see network-edges.cypher). */
const networkParams = (f: NetworkFilter) => ({
  ...rangeParams(f),
  statuses: f.statuses ?? ["occurred"],
  minReports: neo4j.int(f.minReports ?? 1),
  country: f.country ?? null,
  organization: f.organization ?? null,
});
/** The parameters of activity.cypher and places.cypher. */
const activityParams = (ids: string[] | null, f: ActivityFilter) => ({
  ids,
  kinds: f.kinds ?? ["meeting", "visit", "call"],
  statuses: f.statuses ?? ["occurred"],
  minReports: neo4j.int(f.minReports ?? 1),
  from: f.from ?? null,
  to: f.to ?? null,
  country: f.country ?? null,
  organization: f.organization ?? null,
});
const pageParams = (p: Paging) => ({ offset: neo4j.int(p.offset), limit: neo4j.int(p.limit) });
function toPage<T>(items: T[], paging: Paging): Page<T> {
  return items.length > paging.limit
    ? { items: items.slice(0, paging.limit), nextOffset: paging.offset + paging.limit }
    : { items, nextOffset: null };
}

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;

  private constructor(
    readonly driver: Driver,
    private readonly readDriver: Driver,
    private readonly database: string | undefined,
  ) {}

  /**
   * Connects and applies cypher/schema.cypher (idempotent). Writes retry transient errors and deadlocks
   * for up to two minutes; reads give up within a second, so an outage answers 503 at once.
   */
  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    const auth = neo4j.auth.basic(options.user, options.password);
    // Counts arrive as plain numbers (all far below 2^53); Integer arithmetic on every value is costly.
    const common = { connectionAcquisitionTimeout: 10_000, connectionTimeout: 5_000, disableLosslessIntegers: true };
    const driver = neo4j.driver(options.uri, auth, { ...common, maxTransactionRetryTime: 120_000 });
    const readDriver = neo4j.driver(options.uri, auth, { ...common, maxTransactionRetryTime: 1_000 });
    try {
      await driver.verifyConnectivity({ database: options.database });
      await applySchema(driver, options.database);
    } catch (error) {
      await Promise.all([driver.close(), readDriver.close()]);
      throw unavailable(error);
    }
    return new Neo4jStore(driver, readDriver, options.database);
  }

  private async read(name: string, params: Row = {}): Promise<Row[]> {
    try {
      const session = this.readDriver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        // One statement needs no transaction function: an auto-commit run is one round trip, not three.
        return rowsOf(await session.run(cypher(`store/${name}`), params));
      } finally {
        await session.close();
      }
    } catch (error) {
      throw unavailable(error);
    }
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    try {
      const session = this.driver.session({ database: this.database });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    } catch (error) {
      throw unavailable(error);
    }
  }

  async upsert(extractions: Extraction[], options: UpsertOptions = {}): Promise<UpsertSummary> {
    const valid = options.checked ? extractions : validateBatch(extractions);
    const { fresh, summary } = freshBatch(valid, await this.knownArticles(valid.map((x) => x.article.id)));
    if (!fresh.length) return summary;
    const rows = batchRows(fresh, new Date().toISOString());
    const persons = rows.persons.map((p) => ({ ...p, searchKeys: searchKeys(p.aliases) }));
    const lists: Record<string, Row[]> = { ...(rows as unknown as Record<string, Row[]>), persons };
    return this.write(async (tx) => {
      // The version node is locked first: concurrent writers (several workers) then take turns, so each
      // reads the founders the one before committed and two copies of one story never start two groups.
      // Founders are read in this transaction, so a retried one groups against what it then sees.
      await tx.run(cypher("store/bump-version"));
      await groupArticles(fresh, rows.articles, async (keys) =>
        rowsOf(await tx.run(cypher("store/group-founders"), { queries: bandQueries(keys) })).map((r) => ({
          id: r.id as string,
          fingerprint: { minhash: r.minhash as number[], shingles: r.shingles as number },
        })),
      );
      const pairs = [...new Map(rows.held.map((h) => [`${h.personId}|${h.postId}`, h])).values()].map((h) => ({
        personId: h.personId,
        postId: h.postId,
      }));
      const known = new Map(
        (pairs.length ? rowsOf(await tx.run(cypher("store/held-spans"), { pairs })) : []).map((r) => [
          `${r.personId}|${r.postId}`,
          { firstSeen: r.firstSeen as string, lastSeen: r.lastSeen as string },
        ]),
      );
      const changed = coverageChanges(rows.held, known);
      const counts = { nodesCreated: 0, relationshipsCreated: 0 };
      for (const [file, key, order] of WRITE_STEPS) {
        const list = [...(lists[key] ?? [])].sort((a, b) => cmp(order(a), order(b)));
        if (!list.length) continue;
        const { counters } = (await tx.run(cypher(`store/${file}`), { rows: list })).summary;
        counts.nodesCreated += counters.updates().nodesCreated;
        counts.relationshipsCreated += counters.updates().relationshipsCreated;
      }
      // A batch's references, and older ones dated where it changes who held their post, are resolved now.
      const resolved = await resolvePosts(tx, {
        all: false,
        eventIds: [...new Set(rows.officeRefs.map((r) => r.eventId))].sort(),
        windows: changed,
      });
      counts.relationshipsCreated += resolved.relationshipsCreated;
      const synced = new Set([...rows.events.map((e) => e.id), ...resolved.eventIds]);
      await tx.run(cypher("store/sync-events"), { ids: [...synced].sort() });
      return { ...summary, ...counts };
    });
  }

  async resolve(): Promise<ResolveSummary> {
    const persons = (await this.read("person-names")).map((r) => ({
      id: r.id as string,
      name: r.name as string,
      aliases: (r.aliases as string[]) ?? [],
    }));
    const merged = planPersonMerges(persons);
    if (!merged.length) {
      await this.resolveAllPosts();
      return { merged, eventsRekeyed: 0 };
    }
    for (const [from, to] of merged)
      await this.write(async (tx) => {
        await tx.run(cypher("store/merge-person"), { from, to });
        await tx.run(cypher("store/bump-version"));
      });
    const kept = [...new Set(merged.map(([, to]) => to))].sort();
    const facts: EventKeyFacts[] = (await this.read("person-events", { ids: kept })).map((r) => ({
      id: r.id as string,
      kind: r.kind as EventKeyFacts["kind"],
      date: (r.date as string) ?? null,
      keyArticle: (r.keyArticle as string) ?? null,
      participantIds: r.participantIds as string[],
      destinationId: ((r.places as string[])[0] as string) ?? null,
    }));
    const rekeys = planEventRekeys(facts);
    for (const [from, to] of rekeys)
      await this.write(async (tx) => {
        await tx.run(cypher("store/merge-event"), { from, to });
        await tx.run(cypher("store/sync-events"), { ids: [to] });
        await tx.run(cypher("store/bump-version"));
      });
    await this.resolveAllPosts();
    return { merged, eventsRekeyed: rekeys.length };
  }

  /** resolve()'s last step: every office reference again, against the HELD spans as they now are. */
  private async resolveAllPosts(): Promise<void> {
    await this.write(async (tx) => {
      const r = await resolvePosts(tx, { all: true, eventIds: [], windows: [] });
      // Nothing added or dropped: the graph is as it was, and so is its version.
      if (!r.relationshipsCreated && !r.relationshipsDeleted) return;
      await tx.run(cypher("store/sync-events"), { ids: r.eventIds });
      await tx.run(cypher("store/bump-version"));
    });
  }

  async importAuthority(entries: AuthorityEntry[], options: { asOf: string }): Promise<AuthoritySummary> {
    const persons = (await this.read("person-names")).map((r) => ({
      id: r.id as string,
      name: r.name as string,
      aliases: (r.aliases as string[]) ?? [],
    }));
    const { rows, summary } = planAuthority(persons, entries, options.asOf);
    if (!rows.externalIds.length) return summary;
    await this.write(async (tx) => {
      // Nodes before relationships, rows in key order so concurrent writers lock alike.
      const sorted = <T>(list: T[], key: (row: T) => string) => [...list].sort((a, b) => cmp(key(a), key(b)));
      await tx.run(cypher("store/upsert-posts"), { rows: sorted(rows.posts, (r) => r.id) });
      await tx.run(cypher("store/set-external-ids"), { rows: sorted(rows.externalIds, (r) => r.personId) });
      const held = sorted(rows.held, (r) => `${r.personId}|${r.postId}|${r.firstSeen}`);
      await tx.run(cypher("store/upsert-authority-held"), { rows: held });
      const windows = held.map((h) => ({ postId: h.postId, from: null, to: null }));
      const scope = { all: false, eventIds: [], windows };
      const touched = (await resolvePosts(tx, scope)).eventIds;
      if (touched.length) await tx.run(cypher("store/sync-events"), { ids: touched });
      await tx.run(cypher("store/bump-version"));
    });
    return summary;
  }

  async knownArticles(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    return new Set((await this.read("known-articles", { ids })).map((r) => r.id as string));
  }

  async version(): Promise<string> {
    return String((await this.read("version"))[0]?.version ?? 0);
  }

  async ready(): Promise<boolean> {
    try {
      await this.readDriver.verifyConnectivity({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.readDriver.close()]);
  }

  async searchPersons(query: string, paging: Paging): Promise<Page<PersonSummary>> {
    const rows = await this.read("search-persons", { key: searchKey(query), ...pageParams(paging) });
    return toPage(
      rows.map((r) => summary(r.person as Row, r.meetingCount as number)),
      paging,
    );
  }

  async person(id: string): Promise<PersonDetail | null> {
    const [r] = await this.read("person", { id });
    if (!r) return null;
    const affiliations = (r.affiliations as PersonDetail["affiliations"]).sort(
      (a, b) => cmp(a.name, b.name) || cmp(a.id, b.id),
    );
    return {
      ...summary(r.person as Row, r.meetings as number),
      externalIds: [...(((r.person as Row).externalIds as string[]) ?? [])].sort(cmp),
      affiliations: affiliations.map((a) => ({ ...a, title: a.title ?? null })),
      posts: (r.posts as HeldPost[]).map((p) => ({ ...p, post: postView(p.post as Row) })).sort(byFirstSeen),
      counts: {
        meetings: r.meetings as number,
        visits: r.visits as number,
        calls: r.calls as number,
        counterparts: r.counterparts as number,
      },
    };
  }

  async counterparts(personId: string, range: DateRange): Promise<Counterpart[] | null> {
    const [found] = await this.read("counterparts", { id: personId, ...rangeParams(range) });
    if (!found) return null;
    const rows = found.items as Row[];
    rows.sort(
      (a, b) =>
        (b.meetings as number) - (a.meetings as number) ||
        cmp(a.name as string, b.name as string) ||
        cmp(a.id as string, b.id as string),
    );
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      meetings: r.meetings as number,
      firstDate: (r.firstDate as string) ?? null,
      lastDate: (r.lastDate as string) ?? null,
      eventIds: [...(r.eventIds as string[])].sort(cmp),
    }));
  }

  private async eventViews(ids: string[]): Promise<EventView[]> {
    if (!ids.length) return [];
    const rows = await this.read("event-views", { ids });
    return rows.map((r) => {
      const e = r.event as Row;
      const place = (r.places as Row[])[0];
      return {
        id: e.id as string,
        kind: e.kind as EventView["kind"],
        status: e.status as EventView["status"],
        date: (e.date as string) ?? null,
        location: place
          ? {
              id: place.id as string,
              name: place.name as string,
              kind: place.kind as "city",
              countryCode: (place.countryCode as string) ?? null,
            }
          : null,
        participants: (r.participants as Row[])
          .map((p): EventParticipant => {
            const base = { id: p.id as string, name: p.name as string, role: p.role as EventParticipant["role"] };
            return p.resolvedBy === "post" ? { ...base, resolvedBy: "post", postId: p.postId as string } : base;
          })
          .sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id)),
        ...((r.offices as EventOffice[]).length
          ? {
              offices: (r.offices as EventOffice[]).map((o) => ({
                ...o,
                country: o.country ?? null,
                organization: o.organization ?? null,
              })),
            }
          : {}),
        articleCount: e.articleCount as number,
        sourceCount: e.sourceCount as number,
        sources: (r.sources as EventView["sources"])
          .map((s) => ({ ...s, evidence: [...s.evidence].sort(cmp) }))
          .sort((a, b) => cmp(a.articleId, b.articleId)),
      };
    });
  }

  async meetings(f: MeetingFilter): Promise<Page<EventView>> {
    const rows = await this.read("meetings", {
      ...rangeParams(f),
      ...pageParams(f),
      status: f.status ?? null,
      person: f.person ?? null,
      with: f.with ?? null,
      organization: f.organization ?? null,
      location: f.location ?? null,
      country: f.country ?? null,
      post: f.post ?? null,
      toleranceDays: neo4j.int(HELD_TOLERANCE_DAYS),
    });
    const page = toPage(
      rows.map((r) => r.id as string),
      f,
    );
    return { items: await this.eventViews(page.items), nextOffset: page.nextOffset };
  }

  async visits(f: VisitFilter): Promise<Page<VisitView>> {
    const rows = await this.read("visits", {
      ...rangeParams(f),
      ...pageParams(f),
      person: f.person ?? null,
      location: f.location ?? null,
      country: f.country ?? null,
    });
    return toPage(
      rows.map((r) => {
        const l = r.location as Row;
        return {
          eventId: r.eventId as string,
          person: r.person as VisitView["person"],
          location: {
            id: l.id as string,
            name: l.name as string,
            kind: l.kind as "city",
            countryCode: (l.countryCode as string) ?? null,
          },
          date: (r.date as string) ?? null,
          status: r.status as VisitView["status"],
        };
      }),
      f,
    );
  }

  private readonly network: NetworkSource = {
    edgesAmong: async (ids, filter) => {
      const rows = await this.read("network-edges", {
        ids,
        kinds: filter.kinds ?? ["MET_WITH"],
        ...networkParams(filter),
      });
      return rows.map(
        (r): GraphEdge => ({
          id: `${r.type}:${r.source}:${r.target}`,
          source: r.source as string,
          target: r.target as string,
          type: r.type as GraphEdge["type"],
          weight: r.weight as number,
          planned: r.planned as number,
          sourceCount: r.sourceCount as number,
          firstDate: (r.firstDate as string) ?? null,
          lastDate: (r.lastDate as string) ?? null,
          ...(r.inferred === r.weight ? { resolvedBy: "post" as const } : {}),
        }),
      );
    },
    neighbors: async (ids, filter) => {
      const rows = await this.read("network-neighbors", {
        ids,
        kinds: filter.kinds ?? ["MET_WITH"],
        ...networkParams(filter),
      });
      return rows.map((r) => ({ id: r.id as string, type: r.type as "Person", links: r.links as number }));
    },
    labels: async (ids) => {
      const rows = await this.read("node-labels", { ids });
      return new Map(rows.map((r) => [r.id as string, { label: r.label as string, type: r.type as "Person" }]));
    },
  };

  egoNetwork(centerId: string, depth: number, filter: NetworkFilter) {
    return egoNetwork(this.network, centerId, depth, filter);
  }

  async topPersons(filter: NetworkFilter) {
    const pairs = pairKinds(filter);
    const rows = await this.read("top-persons", {
      kinds: pairs.kinds,
      limit: neo4j.int(filter.limit),
      ...networkParams(filter),
    });
    return topNetwork(
      this.network,
      rows.map((r) => r.id as string),
      filter.limit,
      pairs,
    );
  }

  async shortestPaths(fromId: string, toId: string, maxHops: number): Promise<MeetingPath[] | null> {
    const known = await this.read("persons-exist", { ids: [fromId, toId] });
    if (new Set(known.map((r) => r.id)).size < new Set([fromId, toId]).size) return null;
    if (fromId === toId) return [];
    const rows = await this.read("shortest-paths", { from: fromId, to: toId, maxHops: neo4j.int(maxHops) });
    const chains = new Map<string, { persons: MeetingPath["persons"]; hops: Set<string>[] }>();
    for (const r of rows) {
      const persons = r.persons as MeetingPath["persons"];
      const key = persons.map((p) => p.id).join("\u0000");
      const chain = chains.get(key) ?? { persons, hops: persons.slice(1).map(() => new Set<string>()) };
      for (const [i, e] of (r.events as string[]).entries()) chain.hops[i]?.add(e);
      chains.set(key, chain);
    }
    return [...chains.keys()]
      .sort(cmp)
      .slice(0, 10)
      .map((key) => {
        const c = chains.get(key) as { persons: MeetingPath["persons"]; hops: Set<string>[] };
        return { persons: c.persons, hops: c.hops.map((h) => [...h].sort(cmp)) };
      });
  }

  async timeline(personId: string, filter: TimelineFilter): Promise<EventView[] | null> {
    const [found] = await this.read("timeline", {
      id: personId,
      ...rangeParams(filter),
      organization: filter.organization ?? null,
    });
    if (!found) return null;
    return this.eventViews(found.ids as string[]);
  }

  async activity(personIds: string[] | null, f: ActivityFilter): Promise<DayCount[]> {
    const rows = await this.read("activity", activityParams(personIds, f));
    return rows.map((r) => ({ date: r.date as string, kind: r.kind as DayCount["kind"], events: r.events as number }));
  }

  async places(personIds: string[] | null, f: ActivityFilter): Promise<PlaceCount[]> {
    const rows = await this.read("places", activityParams(personIds, f));
    return rows.map((r) => {
      const l = r.place as Row;
      return {
        id: l.id as string,
        name: l.name as string,
        kind: l.kind as PlaceCount["kind"],
        countryCode: (l.countryCode as string) ?? null,
        lat: (l.lat as number) ?? null,
        lon: (l.lon as number) ?? null,
        meetings: r.meetings as number,
        calls: r.calls as number,
        visits: r.visits as number,
        visitors: countVisitors(r.visitorCountries as string[][]),
      };
    });
  }

  async searchPosts(f: PostFilter): Promise<Page<PostSummary>> {
    const rows = await this.read("search-posts", {
      office: f.office ?? null,
      country: f.country ?? null,
      organization: f.organization ?? null,
    });
    const all = rows.map((r) => ({ ...postView(r.post as Row), holders: r.holders as number })).sort(byPost);
    return toPage(all.slice(f.offset, f.offset + f.limit + 1), f);
  }

  async postHolders(postId: string): Promise<PostHolder[] | null> {
    const [found] = await this.read("post-holders", { id: postId });
    if (!found) return null;
    return (found.holders as PostHolder[])
      .map((h) => ({
        ...h,
        evidence: [...h.evidence].sort(cmp),
        sources: h.sources
          .map((s) => ({ ...s, publishedAt: s.publishedAt ?? null }))
          .sort((a, b) => cmp(a.articleId, b.articleId)),
      }))
      .sort(byTenure);
  }

  async stats(): Promise<Stats> {
    const [r = {}] = await this.read("stats");
    const n = (k: string) => (r[k] as number) ?? 0;
    return {
      persons: n("persons"),
      organizations: n("organizations"),
      locations: n("locations"),
      articles: n("articles"),
      events: { meeting: n("meetings"), visit: n("visits"), call: n("calls") },
      relationships: {
        MET_WITH: n("metWith"),
        SPOKE_WITH: n("spokeWith"),
        VISITED: n("visited"),
        AFFILIATED_WITH: n("affiliatedWith"),
      },
    };
  }
}

/** Band keys as full-text queries (any key matches), in chunks that stay under Lucene's clause limit. */
function bandQueries(keys: string[]): string[] {
  const queries: string[] = [];
  for (let i = 0; i < keys.length; i += 1000) queries.push(keys.slice(i, i + 1000).join(" OR "));
  return queries;
}

function summary(p: Row, meetingCount: number): PersonSummary {
  const name = p.name as string;
  return {
    id: p.id as string,
    name,
    aliases: ((p.aliases as string[]) ?? []).filter((a) => a !== name).sort(cmp),
    titles: [...((p.titles as string[]) ?? [])].sort(cmp),
    country: (p.country as string) ?? null,
    meetingCount,
  };
}

function postView(p: Row): PostView {
  return {
    id: p.id as string,
    office: p.office as string,
    country: (p.country as string) ?? null,
    organization: (p.organization as string) ?? null,
  };
}

/** Connection failures become StoreUnavailableError; anything else is passed on as it is. */
function unavailable(error: unknown): unknown {
  const { code, name, message } = error as { code?: string; name?: string; message?: string };
  const connectionLost = code === "ServiceUnavailable" || code === "SessionExpired";
  const refused = name === "Neo4jError" && /connect|ECONNREFUSED/i.test(message ?? "");
  if (connectionLost || refused)
    return new StoreUnavailableError(`store: Neo4j is unavailable: ${(error as Error).message}`, { cause: error });
  return error;
}

// Read queries over the in-memory graph. Each mirrors the cypher/*.cypher file of the same name; the
// contract suite holds both to the same answers.

import type { EventKind, EventStatus } from "../../domain/extraction.js";
import type {
  Counterpart,
  EventOffice,
  EventParticipant,
  EventView,
  GraphEdge,
  GraphNode,
  MeetingPath,
  PersonDetail,
  PersonSummary,
  PlaceView,
  Stats,
  VisitView,
} from "../../domain/graph.js";
import type {
  ActivityFilter,
  DateRange,
  DayCount,
  EdgeKind,
  MeetingFilter,
  NetworkFilter,
  Page,
  Paging,
  PlaceCount,
  TimelineFilter,
  VisitFilter,
} from "../graph-store.js";
import type { HeldSpan } from "../held-span.js";
import { spanCovers } from "../held-tolerance.js";
import { searchKey } from "../search-key.js";
import { countVisitors } from "../visitor-countries.js";
import type { Attrs, Graph, Link } from "./memory-graph.js";
import { PostQueries } from "./post-queries.js";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (list: string[]) => [...list].sort(cmp);

export const inRange = (date: string | null | undefined, r: DateRange) =>
  date == null ? r.includeUndated === true : (!r.from || date >= r.from) && (!r.to || date <= r.to);

/** A bit per edge type, two apart: the one above says the edge arrives rather than leaves. */
const TYPE_BIT: Record<string, number> = { MET_WITH: 0, SPOKE_WITH: 2, VISITED: 4 };

export function page<T>(all: T[], paging: Paging): Page<T> {
  const items = all.slice(paging.offset, paging.offset + paging.limit);
  const next = paging.offset + paging.limit;
  return { items, nextOffset: next < all.length ? next : null };
}

/** Dated first, newest first; undated last; then by id. */
const byDateDesc = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) =>
  a.date === b.date ? cmp(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : cmp(b.date, a.date);

export class EmbeddedQueries {
  constructor(
    private readonly g: Graph,
    /** the MET_WITH, SPOKE_WITH and VISITED edges of one node by the node at the other end (MemoryGraph) */
    private readonly neighborsOf: (node: string) => ReadonlyMap<string, ReadonlyMap<string, Link>>,
  ) {}

  private attrs = (id: string) => this.g.getNodeAttributes(id);

  /** Every event edge of a node. */
  private *links(node: string): Generator<Link> {
    for (const edges of this.neighborsOf(node).values()) yield* edges.values();
  }
  private isLabel = (id: string, label: string) => this.g.getNodeAttribute(id, "label") === label;

  private eventsOf(personId: string): string[] {
    return this.g.outNeighbors(personId).filter((n) => this.isLabel(n, "Event"));
  }

  meetingCount(personId: string): number {
    return this.eventsOf(personId).filter((e) => {
      const a = this.attrs(e);
      return a.kind === "meeting" && a.status === "occurred";
    }).length;
  }

  summary(id: string): PersonSummary {
    const a = this.attrs(id);
    return {
      id,
      name: a.name as string,
      aliases: sorted((a.aliases as string[]).filter((x) => x !== a.name)),
      titles: sorted(a.titles as string[]),
      country: (a.country as string | null) ?? null,
      meetingCount: this.meetingCount(id),
    };
  }

  private persons(): string[] {
    return this.g.filterNodes((_id, a) => a.label === "Person");
  }

  searchPersons(query: string, paging: Paging): Page<PersonSummary> {
    const key = searchKey(query);
    const hits = this.persons()
      .filter((id) => (this.attrs(id).searchKeys as string[]).some((k) => k.includes(key)))
      .map((id) => this.summary(id))
      .sort((a, b) => b.meetingCount - a.meetingCount || cmp(a.name, b.name) || cmp(a.id, b.id));
    return page(hits, paging);
  }

  person(id: string): PersonDetail | null {
    if (!this.g.hasNode(id) || !this.isLabel(id, "Person")) return null;
    const affiliations = this.g
      .outEdges(id)
      .filter((e) => this.g.getEdgeAttribute(e, "type") === "AFFILIATED_WITH")
      .map((e) => {
        const t = this.g.target(e);
        const ta = this.attrs(t);
        return {
          id: t,
          name: ta.name as string,
          type: ta.label as "Organization" | "Location",
          title: (this.g.getEdgeAttribute(e, "title") as string | null) ?? null,
        };
      })
      .sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
    const occurred = (kind: string) =>
      this.eventsOf(id).filter((e) => this.attrs(e).kind === kind && this.attrs(e).status === "occurred").length;
    return {
      ...this.summary(id),
      externalIds: sorted((this.attrs(id).externalIds as string[] | undefined) ?? []),
      affiliations,
      posts: new PostQueries(this.g).personPosts(id),
      counts: {
        meetings: occurred("meeting"),
        visits: occurred("visit"),
        calls: occurred("call"),
        counterparts: this.counterparts(id, { includeUndated: true })?.length ?? 0,
      },
    };
  }

  private isPerson = (id: string) => this.g.hasNode(id) && this.isLabel(id, "Person");

  counterparts(personId: string, range: DateRange): Counterpart[] | null {
    if (!this.isPerson(personId)) return null;
    // One MET_WITH edge per pair and event (the event id is part of the edge key): no duplicates to drop.
    const out: Counterpart[] = [];
    for (const [other, edges] of this.neighborsOf(personId)) {
      let c: Counterpart | null = null;
      for (const { attributes: e } of edges.values()) {
        const d = (e.date as string | null) ?? null;
        if (e.type !== "MET_WITH" || e.status !== "occurred" || !inRange(d, range)) continue;
        c ??= {
          id: other,
          name: this.attrs(other).name as string,
          meetings: 0,
          firstDate: null,
          lastDate: null,
          eventIds: [],
        };
        c.eventIds.push(e.eventId as string);
        if (d && (c.firstDate === null || d < c.firstDate)) c.firstDate = d;
        if (d && (c.lastDate === null || d > c.lastDate)) c.lastDate = d;
      }
      if (!c) continue;
      c.meetings = c.eventIds.length;
      if (c.eventIds.length > 1) c.eventIds.sort(cmp);
      out.push(c);
    }
    return out.sort((a, b) => b.meetings - a.meetings || cmp(a.name, b.name) || cmp(a.id, b.id));
  }

  place(id: string): PlaceView {
    const a = this.attrs(id);
    return {
      id,
      name: a.name as string,
      kind: a.kind as PlaceView["kind"],
      countryCode: (a.countryCode as string) ?? null,
    };
  }

  private eventPlace(eventId: string): string | null {
    return sorted(this.g.outNeighbors(eventId).filter((n) => this.isLabel(n, "Location")))[0] ?? null;
  }

  eventView(id: string): EventView {
    const a = this.attrs(id);
    const participants = this.g
      .inEdges(id)
      .map((e): EventParticipant => {
        const p = this.g.source(e);
        const r = this.g.getEdgeAttributes(e);
        const inferred = r.resolvedBy === "post" ? { resolvedBy: "post" as const, postId: r.postId as string } : {};
        return { id: p, name: this.attrs(p).name as string, role: r.role as "participant", ...inferred };
      })
      .sort((x, y) => cmp(x.name, y.name) || cmp(x.id, y.id));
    const offices = this.g
      .outEdges(id)
      .filter((e) => this.g.getEdgeAttribute(e, "type") === "INVOLVED_POST")
      .map((e): EventOffice => {
        const post = this.attrs(this.g.target(e));
        return {
          postId: post.id as string,
          office: post.office as string,
          country: (post.country as string) ?? null,
          organization: (post.organization as string) ?? null,
          role: this.g.getEdgeAttribute(e, "role") as "participant",
        };
      })
      .sort((x, y) => cmp(x.postId, y.postId));
    const sources = this.g
      .outEdges(id)
      .filter((e) => this.g.getEdgeAttribute(e, "type") === "REPORTED_IN")
      .map((e) => {
        const art = this.attrs(this.g.target(e));
        const r = this.g.getEdgeAttributes(e);
        return {
          articleId: art.id as string,
          url: (art.url as string) ?? null,
          title: (art.title as string) ?? null,
          source: (art.source as string) ?? null,
          publishedAt: (art.publishedAt as string) ?? null,
          evidence: sorted(r.evidence as string[]),
          confidence: r.confidence as number,
        };
      })
      .sort((x, y) => cmp(x.articleId, y.articleId));
    const place = this.eventPlace(id);
    return {
      id,
      kind: a.kind as EventView["kind"],
      status: a.status as EventView["status"],
      date: (a.date as string) ?? null,
      location: place ? this.place(place) : null,
      participants,
      ...(offices.length ? { offices } : {}),
      articleCount: a.articleCount as number,
      sourceCount: (a.sourceCount as number | undefined) ?? (a.articleCount as number),
      sources,
    };
  }

  meetings(f: MeetingFilter): Page<EventView> {
    if (f.person && !this.g.hasNode(f.person)) return { items: [], nextOffset: null };
    const candidates = f.person ? this.eventsOf(f.person) : this.g.filterNodes((_id, a) => a.label === "Event");
    const hits = candidates.filter((id) => {
      const a = this.attrs(id);
      if (a.kind !== "meeting" || (f.status && a.status !== f.status) || !inRange(a.date as string | null, f))
        return false;
      const people = this.g.inNeighbors(id);
      if (f.with && !people.includes(f.with)) return false;
      if (f.organization && !people.some((p) => this.g.hasDirectedEdge(p, f.organization as string))) return false;
      const places = this.g.outNeighbors(id).filter((n) => this.isLabel(n, "Location"));
      if (f.location && !places.includes(f.location)) return false;
      if (f.country && !places.some((p) => this.attrs(p).countryCode === f.country)) return false;
      if (f.post && !people.some((p) => this.heldOn(p, f.post as string, a.date as string | null))) return false;
      return true;
    });
    const ordered = hits.map((id) => ({ id, date: (this.attrs(id).date as string) ?? null })).sort(byDateDesc);
    const p = page(ordered, f);
    return { items: p.items.map((e) => this.eventView(e.id)), nextOffset: p.nextOffset };
  }

  /** Whether a person held a post around a date (meetings.cypher's post filter). */
  private heldOn(personId: string, postId: string, date: string | null): boolean {
    const key = `HELD|${personId}|${postId}|`;
    if (!date || !this.g.hasEdge(key)) return false;
    return spanCovers(this.g.getEdgeAttributes(key) as unknown as HeldSpan, date);
  }

  visits(f: VisitFilter): Page<VisitView> {
    const out: VisitView[] = [];
    const people = f.person ? (this.g.hasNode(f.person) ? [f.person] : []) : this.persons();
    for (const person of people)
      this.g.forEachOutEdge(person, (_k, e, _s, loc) => {
        if (e.type !== "VISITED" || !inRange(e.date as string | null, f)) return;
        if (f.location && loc !== f.location) return;
        if (f.country && this.attrs(loc).countryCode !== f.country) return;
        out.push({
          eventId: e.eventId as string,
          person: { id: person, name: this.attrs(person).name as string },
          location: this.place(loc),
          date: (e.date as string) ?? null,
          status: e.status as VisitView["status"],
        });
      });
    out.sort(
      (a, b) =>
        byDateDesc({ date: a.date, id: "" }, { date: b.date, id: "" }) ||
        cmp(a.person.id, b.person.id) ||
        cmp(a.location.id, b.location.id) ||
        cmp(a.eventId, b.eventId),
    );
    return page(out, f);
  }

  /**
   * Whether an event edge belongs to a network picture of this filter (network-edges.cypher's WHERE), as
   * a test made once per query: it runs on every event edge of the picture.
   */
  private networkTest(filter: NetworkFilter): (e: Attrs) => boolean {
    const kinds = new Set<unknown>(filter.kinds ?? ["MET_WITH"]);
    const statuses = new Set<unknown>(filter.statuses ?? ["occurred"]);
    const least = filter.minReports ?? 1;
    const ofEvent = this.eventTest(filter);
    return (e) =>
      kinds.has(e.type) &&
      statuses.has(e.status) &&
      inRange(e.date as string | null, filter) &&
      (least <= 1 || this.reports(e.eventId as string) >= least) &&
      (!ofEvent || ofEvent(e.eventId as string));
  }

  /** An event's independent reports: its sourceCount where the store keeps one, else its articleCount. */
  private reports(eventId: string): number {
    const a = this.attrs(eventId);
    return ((a.sourceCount ?? a.articleCount) as number | undefined) ?? 0;
  }

  /**
   * The country and organisation filters as a test on event ids (null when neither is asked), each
   * answer kept for the query: an event's edges join all its participants, so one event is met many times.
   */
  private eventTest(f: { country?: string; organization?: string }): ((eventId: string) => boolean) | null {
    const { country, organization } = f;
    if (!country && !organization) return null;
    const known = new Map<string, boolean>();
    return (id) => {
      let ok = known.get(id);
      if (ok === undefined) {
        ok =
          (!country ||
            this.g
              .outNeighbors(id)
              .some((n) => this.isLabel(n, "Location") && this.attrs(n).countryCode === country)) &&
          (!organization || this.g.inNeighbors(id).some((p) => this.g.hasDirectedEdge(p, organization)));
        known.set(id, ok);
      }
      return ok;
    };
  }

  /**
   * Adds the edges of the filter between `node` and `other` (their links) to `out`, one per type. Every
   * edge is met from both its ends, so it is counted from its source only; its key names its event, so
   * each one counted is a distinct event. The pair's few edges are kept by type, not looked up by id:
   * this runs on every link of a large picture.
   */
  private aggregatePair(
    node: string,
    other: string,
    links: Iterable<Link>,
    inNetwork: (e: Attrs) => boolean,
    out: GraphEdge[],
  ): void {
    const byType: (GraphEdge | undefined)[] = [];
    for (const { outgoing, attributes: e } of links) {
      if (!outgoing || !inNetwork(e)) continue;
      const type = e.type as EdgeKind;
      const slot = TYPE_BIT[type] ?? 0;
      let agg = byType[slot];
      if (!agg) {
        const id = `${type}:${node}:${other}`;
        agg = {
          id,
          source: node,
          target: other,
          type,
          weight: 0,
          planned: 0,
          sourceCount: 0,
          firstDate: null,
          lastDate: null,
        };
        byType[slot] = agg;
        out.push(agg);
      }
      // Inferred only while every event weighed is: one named meeting makes the edge a reported one.
      if (agg.weight === 0 && e.resolvedBy === "post") agg.resolvedBy = "post";
      else if (e.resolvedBy !== "post") delete agg.resolvedBy;
      agg.weight++;
      if (e.status === "planned") agg.planned++;
      agg.sourceCount = Math.max(agg.sourceCount, (e.sourceCount as number | undefined) ?? 1);
      const d = e.date as string | null;
      if (d && (!agg.firstDate || d < agg.firstDate)) agg.firstDate = d;
      if (d && (!agg.lastDate || d > agg.lastDate)) agg.lastDate = d;
    }
  }

  /** The aggregated edges among these nodes (both ends in the list). */
  edgesAmong(ids: string[], filter: NetworkFilter): GraphEdge[] {
    const among = new Set(ids);
    const inNetwork = this.networkTest(filter);
    const out: GraphEdge[] = [];
    for (const id of among) {
      const byOther = this.neighborsOf(id);
      // A hub met thousands: look its few neighbours in the list up instead of walking all it met.
      if (byOther.size > among.size) {
        for (const other of among) {
          const edges = byOther.get(other);
          if (edges) this.aggregatePair(id, other, edges.values(), inNetwork, out);
        }
      } else
        for (const [other, edges] of byOther)
          if (among.has(other)) this.aggregatePair(id, other, edges.values(), inNetwork, out);
    }
    return out;
  }

  /** The distinct nodes joined to one node by edges of the filter (without building edges). */
  private adjacent(node: string, inNetwork: (e: Attrs) => boolean, into: Set<string>): void {
    for (const [other, edges] of this.neighborsOf(node)) {
      if (into.has(other)) continue;
      for (const { attributes: e } of edges.values())
        if (inNetwork(e)) {
          into.add(other);
          break;
        }
    }
  }

  neighbors(ids: string[], filter: NetworkFilter): { id: string; type: GraphNode["type"]; links: number }[] {
    const links = new Map<string, number>();
    const inNetwork = this.networkTest(filter);
    for (const id of new Set(ids)) {
      if (!this.g.hasNode(id) || !this.isLabel(id, "Person")) continue;
      const around = new Set<string>();
      this.adjacent(id, inNetwork, around);
      for (const n of around) links.set(n, (links.get(n) ?? 0) + 1);
    }
    return [...links].map(([id, n]) => ({ id, type: this.attrs(id).label as GraphNode["type"], links: n }));
  }

  labels(ids: string[]): Map<string, { label: string; type: GraphNode["type"] }> {
    const out = new Map<string, { label: string; type: GraphNode["type"] }>();
    for (const id of ids) {
      if (!this.g.hasNode(id)) continue;
      const a = this.attrs(id);
      if (a.label === "Person" || a.label === "Location") out.set(id, { label: a.name as string, type: a.label });
    }
    return out;
  }

  /** The dated events of the filter, of these persons when given (the WHERE of activity.cypher). */
  private *selectedEvents(personIds: string[] | null, f: ActivityFilter): Generator<[string, Attrs]> {
    const events = personIds
      ? new Set(personIds.filter((id) => this.isPerson(id)).flatMap((id) => this.eventsOf(id)))
      : this.g.filterNodes((_id, a) => a.label === "Event");
    const kinds = f.kinds ?? ["meeting", "visit", "call"];
    const statuses = f.statuses ?? ["occurred"];
    const ofEvent = this.eventTest(f);
    for (const id of events) {
      const e = this.attrs(id);
      const date = e.date as string | null;
      if (date === null || !inRange(date, f)) continue;
      if (!kinds.includes(e.kind as EventKind) || !statuses.includes(e.status as EventStatus)) continue;
      if (this.reports(id) < (f.minReports ?? 1)) continue;
      if (ofEvent && !ofEvent(id)) continue;
      yield [id, e];
    }
  }

  /** Mirrors activity.cypher. */
  activity(personIds: string[] | null, f: ActivityFilter): DayCount[] {
    const counts = new Map<string, DayCount>();
    for (const [, e] of this.selectedEvents(personIds, f)) {
      const date = e.date as string;
      const key = `${date} ${e.kind}`;
      const c = counts.get(key) ?? { date, kind: e.kind as EventKind, events: 0 };
      c.events++;
      counts.set(key, c);
    }
    return [...counts.keys()].sort(cmp).map((k) => counts.get(k) as DayCount);
  }

  /** Mirrors places.cypher. */
  places(personIds: string[] | null, f: ActivityFilter): PlaceCount[] {
    const out = new Map<string, PlaceCount>();
    const visitorsOf = new Map<string, string[][]>();
    const field = { meeting: "meetings", call: "calls", visit: "visits" } as const;
    for (const [id, e] of this.selectedEvents(personIds, f)) {
      const where = this.eventPlace(id);
      if (!where) continue;
      let c = out.get(where);
      if (!c) {
        const l = this.attrs(where);
        c = {
          ...this.place(where),
          lat: (l.lat as number) ?? null,
          lon: (l.lon as number) ?? null,
          meetings: 0,
          calls: 0,
          visits: 0,
          visitors: [],
        };
        out.set(where, c);
        visitorsOf.set(where, []);
      }
      c[field[e.kind as EventKind]]++;
      if (e.kind === "visit")
        visitorsOf.get(where)?.push(
          this.g
            .inNeighbors(id)
            .filter((p) => this.isPerson(p))
            .flatMap((p) => (this.attrs(p).country as string | null) ?? []),
        );
    }
    return [...out.keys()]
      .sort(cmp)
      .map((k) => ({ ...(out.get(k) as PlaceCount), visitors: countVisitors(visitorsOf.get(k) ?? []) }));
  }

  /** Persons with at least one edge of the asked pair kinds, most distinct counterparts first. */
  rankPersons(filter: NetworkFilter): string[] {
    const degree = this.degreeCounter(filter);
    return this.persons()
      .map((id) => ({ id, degree: degree(id) }))
      .filter((p) => p.degree > 0)
      .sort((a, b) => b.degree - a.degree || cmp(a.id, b.id))
      .map((p) => p.id);
  }

  /**
   * How many aggregated edges a node has (one per neighbour, type and direction, as aggregate builds), counted with
   * a bit per type and direction instead of building them: ranking every person must stay cheap.
   */
  private degreeCounter(filter: NetworkFilter): (node: string) => number {
    const inNetwork = this.networkTest(filter);
    return (node) => {
      let degree = 0;
      for (const [other, edges] of this.neighborsOf(node)) {
        let seen = 0;
        for (const { outgoing, attributes: e } of edges.values())
          if (inNetwork(e)) seen |= 1 << ((TYPE_BIT[e.type as string] ?? 0) + (outgoing || other === node ? 0 : 1));
        for (; seen; seen &= seen - 1) degree++;
      }
      return degree;
    };
  }

  shortestPaths(from: string, to: string, maxHops: number): MeetingPath[] | null {
    if (!this.isPerson(from) || !this.isPerson(to)) return null;
    if (from === to) return [];
    const met = (n: string) => {
      const m = new Map<string, Set<string>>();
      for (const { other, attributes: e } of this.links(n)) {
        if (e.type !== "MET_WITH" || e.status !== "occurred") continue;
        m.set(other, (m.get(other) ?? new Set()).add(e.eventId as string));
      }
      return m;
    };
    // Breadth-first, keeping every predecessor at the shortest distance, then unrolling all paths.
    const dist = new Map([[from, 0]]);
    const preds = new Map<string, string[]>();
    let frontier = [from];
    for (let hop = 1; hop <= maxHops && frontier.length && !dist.has(to); hop++) {
      const next: string[] = [];
      for (const n of frontier)
        for (const other of met(n).keys()) {
          if (!dist.has(other)) {
            dist.set(other, hop);
            next.push(other);
          }
          if (dist.get(other) === hop) preds.set(other, [...(preds.get(other) ?? []), n]);
        }
      frontier = next;
    }
    if (!dist.has(to)) return [];
    const chains: string[][] = [];
    const unroll = (node: string, tail: string[]) => {
      if (node === from) return void chains.push([from, ...tail]);
      for (const p of preds.get(node) ?? []) unroll(p, [node, ...tail]);
    };
    unroll(to, []);
    return chains
      .map((c) => c.join("\u0000"))
      .sort(cmp)
      .slice(0, 10)
      .map((key) => {
        const chain = key.split("\u0000");
        return {
          persons: chain.map((id) => ({ id, name: this.attrs(id).name as string })),
          hops: chain.slice(1).map((id, i) => sorted([...(met(chain[i] as string).get(id) ?? [])])),
        };
      });
  }

  /** Mirrors timeline.cypher. */
  timeline(personId: string, f: TimelineFilter): EventView[] | null {
    if (!this.isPerson(personId)) return null;
    const ofOrganization = this.eventTest({ organization: f.organization });
    return this.eventsOf(personId)
      .map((id) => ({ id, date: (this.attrs(id).date as string) ?? null }))
      .filter((e) => inRange(e.date, f) && (!ofOrganization || ofOrganization(e.id)))
      .sort((a, b) =>
        a.date === b.date ? cmp(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : cmp(a.date, b.date),
      )
      .map((e) => this.eventView(e.id));
  }

  stats(): Stats {
    const labels: Record<string, number> = {};
    const events = { meeting: 0, visit: 0, call: 0 };
    this.g.forEachNode((_id, a: Attrs) => {
      labels[a.label as string] = (labels[a.label as string] ?? 0) + 1;
      if (a.label === "Event") events[a.kind as keyof typeof events]++;
    });
    const rel = { MET_WITH: 0, SPOKE_WITH: 0, VISITED: 0, AFFILIATED_WITH: 0 };
    this.g.forEachEdge((_k, e) => {
      if ((e.type as string) in rel) rel[e.type as keyof typeof rel]++;
    });
    return {
      persons: labels.Person ?? 0,
      organizations: labels.Organization ?? 0,
      locations: labels.Location ?? 0,
      articles: labels.Article ?? 0,
      events,
      relationships: rel,
    };
  }
}

// The embedded store's graph in memory: a graphology multigraph whose node keys are the global ids and
// whose edge keys spell their identity (type|from|to|event), so writing a row twice is a no-op, as
// MERGE is on Neo4j. Every write here mirrors a cypher/*.cypher file of the Neo4j adapter.
import graphology from "graphology";
import type { ParticipantRole } from "../../domain/extraction.js";
import type { GroupFounder } from "../../syndication/same-story.js";
import type { AuthorityRows } from "../authority-plan.js";
import type { GraphRows, HeldRow, PostRow } from "../graph-rows.js";
import type { ResolveSummary } from "../graph-store.js";
import {
  coverageChanges,
  type HeldSpan,
  inWindow,
  type PostWindow,
  type SpanBounds,
  spanOf,
  widen,
} from "../held-span.js";
import { orderedPair, preferName, preferValue } from "../identity.js";
import { strongerRole } from "../participation-merge.js";
import { type PostResolution, planPostResolutions } from "../post-resolution.js";
import { type EventKeyFacts, type PersonNames, planEventRekeys, planPersonMerges } from "../resolve-plan.js";
import { searchKeys } from "../search-key.js";
import { officeRefFacts } from "./office-ref-facts.js";

const { MultiDirectedGraph } = graphology;

export type Attrs = Record<string, unknown> & { label?: string; type?: string };
export type Graph = InstanceType<typeof MultiDirectedGraph<Attrs, Attrs>>;

const NO_LINKS: ReadonlyMap<string, ReadonlyMap<string, Link>> = new Map();
const union = (a: unknown, b: string[]) => [...new Set([...((a as string[]) ?? []), ...b])].sort();
const PAIR_TYPES = new Set(["MET_WITH", "SPOKE_WITH"]);

/** An edge some source names is no longer one a post resolution inferred. */
function named(edge: Attrs) {
  delete edge.resolvedBy;
  delete edge.postId;
}
const EVENT_EDGE_TYPES = new Set(["MET_WITH", "SPOKE_WITH", "VISITED"]);

/** An event edge seen from one of its ends. */
export interface Link {
  other: string;
  /** whether the edge leaves this end (source) or arrives at it (target) */
  outgoing: boolean;
  attributes: Attrs;
}

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

export class MemoryGraph {
  readonly graph: Graph = new MultiDirectedGraph<Attrs, Attrs>({ allowSelfLoops: false });
  private counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
  /** Edge keys by the event id they carry, kept by graph events (so snapshot loading fills it too). */
  private readonly byEvent = new Map<string, Set<string>>();
  /**
   * The event edges (MET_WITH, SPOKE_WITH, VISITED) of each node, by the other end then by edge key, with the
   * edge's attributes (the very object the graph holds, which writes change in place): who met, called or
   * visited whom, without walking a node's other edges.
   */
  private readonly links = new Map<string, Map<string, Map<string, Link>>>();
  /** Articles that started a syndication group, by band key (the article_syndication_bands index of cypher/schema.cypher). */
  private readonly founders = new Map<string, string[]>();

  constructor() {
    this.graph.on("nodeAdded", ({ key, attributes }) => {
      if (attributes.label !== "Article") return;
      for (const band of (attributes.bands as string[] | undefined) ?? [])
        this.founders.set(band, [...(this.founders.get(band) ?? []), key]);
    });
    this.graph.on("edgeAdded", ({ key, attributes, source, target }) => {
      if (!EVENT_EDGE_TYPES.has(attributes.type as string)) return;
      this.link(source, target, key, { other: target, outgoing: true, attributes });
      this.link(target, source, key, { other: source, outgoing: false, attributes });
      const id = attributes.eventId as string;
      const keys = this.byEvent.get(id) ?? new Set<string>();
      keys.add(key);
      this.byEvent.set(id, keys);
    });
    this.graph.on("edgeDropped", ({ key, attributes, source, target }) => {
      if (!EVENT_EDGE_TYPES.has(attributes.type as string)) return;
      for (const [end, other] of [
        [source, target],
        [target, source],
      ] as const) {
        const byOther = this.links.get(end);
        const edges = byOther?.get(other);
        edges?.delete(key);
        if (edges?.size === 0) byOther?.delete(other);
        if (byOther?.size === 0) this.links.delete(end);
      }
      const keys = this.byEvent.get(attributes.eventId as string);
      keys?.delete(key);
      if (keys?.size === 0) this.byEvent.delete(attributes.eventId as string);
    });
  }

  /** The group founders sharing one of these band keys (group-founders.cypher). */
  foundersFor(keys: string[]): GroupFounder[] {
    const ids = new Set(keys.flatMap((k) => this.founders.get(k) ?? []));
    return [...ids].sort().map((id) => {
      const a = this.graph.getNodeAttributes(id);
      return { id, fingerprint: { minhash: a.minhash as number[], shingles: a.shingles as number } };
    });
  }

  /** The event edges of a node, by the node at their other end, then by edge key. */
  neighborsOf(node: string): ReadonlyMap<string, ReadonlyMap<string, Link>> {
    return this.links.get(node) ?? NO_LINKS;
  }

  private link(end: string, other: string, key: string, link: Link) {
    let byOther = this.links.get(end);
    if (!byOther) {
      byOther = new Map();
      this.links.set(end, byOther);
    }
    let edges = byOther.get(other);
    if (!edges) {
      edges = new Map();
      byOther.set(other, edges);
    }
    edges.set(key, link);
  }

  private node(id: string, label: string, onCreate: Attrs): Attrs {
    if (!this.graph.hasNode(id)) {
      this.graph.addNode(id, { label, id, ...onCreate });
      this.counts.nodesCreated++;
    }
    return this.graph.getNodeAttributes(id);
  }

  /** A PARTICIPATED_IN as participation-merge.ts says: the stronger role, and named once any source names it. */
  private participation(personId: string, eventId: string, attrs: Attrs) {
    const edge = this.edge("PARTICIPATED_IN", personId, eventId, "", attrs);
    edge.role = strongerRole(edge.role as ParticipantRole, attrs.role as ParticipantRole);
    if (attrs.resolvedBy === undefined) named(edge);
  }

  /** An AFFILIATED_WITH whose title is as identity.preferValue says when reports disagree. */
  private affiliation(personId: string, targetId: string, title: string | null) {
    const edge = this.edge("AFFILIATED_WITH", personId, targetId, "", { title });
    edge.title = preferValue(edge.title as string | null, title);
  }

  private edge(type: string, from: string, to: string, discriminator: string, onCreate: Attrs): Attrs {
    const key = `${type}|${from}|${to}|${discriminator}`;
    if (!this.graph.hasEdge(key)) {
      this.graph.addDirectedEdgeWithKey(key, from, to, { type, ...onCreate });
      this.counts.relationshipsCreated++;
    }
    return this.graph.getEdgeAttributes(key);
  }

  /** Applies one batch of rows: nodes first, then relationships, then the counts they derive. */
  apply(rows: GraphRows): WriteCounts {
    this.counts = { nodesCreated: 0, relationshipsCreated: 0 };
    for (const a of rows.articles) this.node(a.id, "Article", { ...a });
    for (const p of rows.persons) this.mergePersonProps(this.node(p.id, "Person", {}), p);
    for (const o of rows.organizations) {
      const n = this.node(o.id, "Organization", {});
      n.name = preferName(n.name as string, o.name);
      n.aliases = union(n.aliases, o.aliases);
    }
    for (const l of rows.locations) {
      const n = this.node(l.id, "Location", { kind: l.kind });
      n.name = preferName(n.name as string, l.name);
      n.aliases = union(n.aliases, l.aliases);
      n.countryCode ??= l.countryCode;
      n.lat ??= l.lat;
      n.lon ??= l.lon;
    }
    // Journals written before posts existed have no post rows.
    for (const p of rows.posts ?? []) this.post(p);
    for (const e of rows.events) {
      const n = this.node(e.id, "Event", { kind: e.kind, date: e.date, keyArticle: e.keyArticle, status: e.status });
      if (e.status === "occurred") n.status = "occurred";
      if (e.locationId) this.edge("TOOK_PLACE_IN", e.id, e.locationId, "", {});
    }
    for (const p of rows.participations) this.participation(p.personId, p.eventId, { role: p.role });
    for (const r of rows.reports)
      this.edge("REPORTED_IN", r.eventId, r.articleId, "", { evidence: r.evidence, confidence: r.confidence });
    for (const m of rows.metWith) named(this.edge("MET_WITH", m.from, m.to, m.eventId, { eventId: m.eventId }));
    for (const s of rows.spokeWith) named(this.edge("SPOKE_WITH", s.from, s.to, s.eventId, { eventId: s.eventId }));
    for (const v of rows.visited) this.edge("VISITED", v.personId, v.locationId, v.eventId, { eventId: v.eventId });
    for (const a of rows.affiliations) this.affiliation(a.personId, a.targetId, a.title);
    const changed = coverageChanges(rows.held ?? [], this.heldBounds(rows.held ?? []));
    for (const h of rows.held ?? []) this.held(h.personId, h.postId, spanOf(h));
    for (const r of rows.officeRefs ?? []) {
      const ref = this.edge("INVOLVED_POST", r.eventId, r.postId, "", { role: r.role, evidence: [] });
      ref.evidence = union(ref.evidence, r.evidence);
    }
    // A batch's references, and older ones dated where it changes who held their post, are resolved now.
    this.resolvePosts(new Set([...(rows.officeRefs ?? []).map((r) => r.eventId), ...this.eventsReferring(changed)]));
    for (const id of new Set(rows.events.map((e) => e.id))) this.syncEvent(id);
    return this.counts;
  }

  /** An authority import's rows (as the authority cypher files write them). */
  applyAuthority(rows: AuthorityRows): WriteCounts {
    this.counts = { nodesCreated: 0, relationshipsCreated: 0 };
    for (const p of rows.posts) this.post(p);
    for (const x of rows.externalIds) {
      const n = this.graph.getNodeAttributes(x.personId);
      n.externalIds = union(n.externalIds, x.ids);
    }
    for (const h of rows.held)
      this.held(h.personId, h.postId, {
        firstSeen: h.firstSeen,
        lastSeen: h.lastSeen,
        articleIds: [],
        articleCount: 0,
        evidence: [],
        source: "authority",
      });
    this.resolvePosts(
      new Set(this.eventsReferring(rows.held.map((h) => ({ postId: h.postId, from: null, to: null })))),
    );
    return this.counts;
  }

  /** A post; its country as identity.preferValue says, as in upsert-posts.cypher. */
  private post(p: PostRow) {
    const n = this.node(p.id, "Post", { office: p.office, organization: p.organization });
    n.country = preferValue(n.country as string | null, p.country);
  }

  /** The stored spans of these rows' person and post pairs (as held-spans.cypher reads them). */
  private heldBounds(rows: HeldRow[]): Map<string, SpanBounds> {
    const known = new Map<string, SpanBounds>();
    for (const { personId, postId } of rows) {
      const key = `HELD|${personId}|${postId}|`;
      if (this.graph.hasEdge(key))
        known.set(`${personId}|${postId}`, { ...(this.graph.getEdgeAttributes(key) as unknown as SpanBounds) });
    }
    return known;
  }

  /** A HELD edge, widened when it exists (as upsert-held.cypher does). */
  private held(personId: string, postId: string, span: HeldSpan) {
    const key = `HELD|${personId}|${postId}|`;
    if (this.graph.hasEdge(key)) widen(this.graph.getEdgeAttributes(key) as unknown as HeldSpan, span);
    else this.edge("HELD", personId, postId, "", { ...span });
  }

  private mergePersonProps(
    n: Attrs,
    p: { name: string; aliases: string[]; titles: string[]; country: string | null; externalIds?: string[] },
  ) {
    if (p.externalIds?.length) n.externalIds = union(n.externalIds, p.externalIds);
    n.name = preferName(n.name as string, p.name);
    n.aliases = union(n.aliases, p.aliases);
    n.titles = union(n.titles, p.titles);
    n.country = preferValue(n.country as string | null, p.country);
    n.searchKeys = searchKeys(n.aliases as string[]);
  }

  /** The edges that carry an event's id (MET_WITH, SPOKE_WITH, VISITED). */
  private eventEdges(eventId: string): string[] {
    return [...(this.byEvent.get(eventId) ?? [])];
  }

  /**
   * Copies an event's date, status and corroboration onto the edges that stand for it: articleCount
   * counts reports, sourceCount their syndication groups (articles stored before groups count alone).
   */
  private syncEvent(eventId: string) {
    const event = this.graph.getNodeAttributes(eventId);
    let reports = 0;
    const groups = new Set<string>();
    this.graph.forEachOutEdge(eventId, (_k, attrs, _s, article, _sa, articleAttrs) => {
      if (attrs.type !== "REPORTED_IN") return;
      reports++;
      groups.add((articleAttrs.syndicationGroup as string | undefined) ?? article);
    });
    event.articleCount = reports;
    event.sourceCount = groups.size;
    for (const key of this.eventEdges(eventId)) {
      const attrs = this.graph.getEdgeAttributes(key);
      attrs.date = event.date;
      attrs.status = event.status;
      attrs.sourceCount = groups.size;
      if (attrs.type === "MET_WITH") attrs.articleCount = reports;
    }
  }

  /** Every person's names, the input of the resolution plan. */
  personNames(): PersonNames[] {
    const persons: PersonNames[] = [];
    this.graph.forEachNode((id, a) => {
      if (a.label === "Person") persons.push({ id, name: a.name as string, aliases: a.aliases as string[] });
    });
    return persons;
  }

  /**
   * Joins persons proven to be one, then re-keys the events whose participants changed. `merged` is the
   * plan when the caller has just made it (replaying the journal makes it again: it depends only on the graph).
   */
  resolve(merged: [string, string][] = planPersonMerges(this.personNames())): ResolveSummary {
    const touched = new Set<string>();
    for (const [from, to] of merged) {
      this.mergePerson(from, to);
      touched.add(to);
    }
    const facts: EventKeyFacts[] = [];
    const seen = new Set<string>();
    for (const person of touched)
      for (const e of this.graph.outNeighbors(person))
        if (!seen.has(e) && this.graph.getNodeAttribute(e, "label") === "Event") {
          seen.add(e);
          facts.push(this.eventFacts(e));
        }
    const rekeys = planEventRekeys(facts);
    for (const [from, to] of rekeys) this.mergeEvent(from, to);
    this.resolvePosts(null);
    return { merged, eventsRekeyed: rekeys.length };
  }

  /** Whether resolving every office reference again would change the graph (resolve() writes only then). */
  postResolutionPending(): boolean {
    const { refs, spans } = officeRefFacts(this.graph, null);
    const want = resolutionKeys(planPostResolutions(refs, spans));
    const have = this.resolvedEdges(new Set(refs.map((r) => r.eventId)));
    return want.size !== have.length || have.some((key) => !want.has(key));
  }

  /** Events with an INVOLVED_POST edge to a post, dated inside one of its windows. */
  private eventsReferring(windows: PostWindow[]): string[] {
    const out: string[] = [];
    for (const w of windows)
      if (this.graph.hasNode(w.postId))
        this.graph.forEachInEdge(w.postId, (_k, a, source) => {
          if (
            a.type === "INVOLVED_POST" &&
            inWindow(w, (this.graph.getNodeAttribute(source, "date") as string | null) ?? null)
          )
            out.push(source);
        });
    return out;
  }

  /** The keys of the edges a post resolution added to these events (participations and pairs). */
  private resolvedEdges(eventIds: Set<string>): string[] {
    const keys: string[] = [];
    for (const eventId of eventIds) {
      this.graph.forEachInEdge(eventId, (key, a) => {
        if (a.resolvedBy === "post") keys.push(key);
      });
      for (const key of this.eventEdges(eventId))
        if (this.graph.getEdgeAttribute(key, "resolvedBy") === "post") keys.push(key);
    }
    return keys;
  }

  /**
   * Resolves the office references of these events (all when null) by post-resolution.ts, as the Neo4j
   * store does with office-ref-facts, clear-post-resolutions and apply-post-resolutions.cypher: adds what
   * the plan gives, drops what it no longer gives.
   */
  private resolvePosts(eventIds: Set<string> | null) {
    const { refs, spans } = officeRefFacts(this.graph, eventIds);
    if (!refs.length) return;
    const plan = planPostResolutions(refs, spans);
    for (const r of plan) {
      this.edge("PARTICIPATED_IN", r.personId, r.eventId, "", { role: r.role, resolvedBy: "post", postId: r.postId });
      for (const [a, b] of r.pairs) {
        const attrs = { eventId: r.eventId, resolvedBy: "post", postId: r.postId, date: r.date, status: r.status };
        this.edge(r.pairType as string, a, b, r.eventId, attrs);
      }
    }
    const keep = resolutionKeys(plan);
    const touched = new Set(refs.map((r) => r.eventId));
    for (const key of this.resolvedEdges(touched)) if (!keep.has(key)) this.graph.dropEdge(key);
    for (const eventId of touched) this.syncEvent(eventId);
  }

  eventFacts(id: string): EventKeyFacts {
    const a = this.graph.getNodeAttributes(id);
    // A participant resolved from a post is no part of the event's identity.
    const participantIds = this.graph
      .filterInEdges(id, (_k, e) => e.resolvedBy !== "post")
      .map((k) => this.graph.source(k));
    const places = this.graph.outNeighbors(id).filter((n) => this.graph.getNodeAttribute(n, "label") === "Location");
    return {
      id,
      kind: a.kind as EventKeyFacts["kind"],
      date: a.date as string | null,
      keyArticle: a.keyArticle as string | null,
      participantIds,
      destinationId: places.sort()[0] ?? null,
    };
  }

  private mergePerson(from: string, to: string) {
    const g = this.graph;
    const source = g.getNodeAttributes(from);
    const target = g.getNodeAttributes(to);
    // The kept person keeps its name: it is the one the texts use for the whole group.
    this.mergePersonProps(target, {
      name: target.name as string,
      aliases: [source.name as string, ...(source.aliases as string[])],
      titles: source.titles as string[],
      country: source.country as string | null,
      externalIds: (source.externalIds as string[] | undefined) ?? [],
    });
    for (const key of g.edges(from)) {
      const attrs = { ...g.getEdgeAttributes(key) };
      const type = attrs.type as string;
      const outgoing = g.source(key) === from;
      const other = outgoing ? g.target(key) : g.source(key);
      delete attrs.type;
      if (PAIR_TYPES.has(type)) {
        if (other === to) continue;
        const [a, b] = orderedPair(to, other);
        const pair = this.edge(type, a, b, attrs.eventId as string, attrs);
        if (attrs.resolvedBy === undefined) named(pair);
      } else if (type === "VISITED") this.edge(type, to, other, attrs.eventId as string, attrs);
      else if (type === "HELD") this.held(to, other, attrs as unknown as HeldSpan);
      else if (type === "PARTICIPATED_IN") this.participation(to, other, attrs);
      else if (type === "AFFILIATED_WITH") this.affiliation(to, other, attrs.title as string | null);
      else if (outgoing) this.edge(type, to, other, "", attrs);
    }
    g.dropNode(from);
  }

  private mergeEvent(from: string, to: string) {
    const g = this.graph;
    const source = g.getNodeAttributes(from);
    const { id: _id, ...props } = source;
    const target = this.node(to, "Event", props);
    if (source.status === "occurred") target.status = "occurred";
    for (const key of g.edges(from)) {
      const attrs = { ...g.getEdgeAttributes(key) };
      const type = attrs.type as string;
      delete attrs.type;
      if (type === "PARTICIPATED_IN") this.participation(g.source(key), to, attrs);
      else if (g.target(key) === from) this.edge(type, g.source(key), to, "", attrs);
      else this.edge(type, to, g.target(key), "", attrs);
    }
    for (const key of this.eventEdges(from)) {
      const attrs: Attrs = { ...g.getEdgeAttributes(key), eventId: to };
      const type = attrs.type as string;
      delete attrs.type;
      const moved = this.edge(type, g.source(key), g.target(key), to, attrs);
      if (PAIR_TYPES.has(type) && attrs.resolvedBy === undefined) named(moved);
      g.dropEdge(key);
    }
    g.dropNode(from);
    this.syncEvent(to);
  }
}

/** The edge keys a resolution plan gives (as the graph keys them: type|from|to|discriminator). */
function resolutionKeys(plan: PostResolution[]): Set<string> {
  const keys = new Set<string>();
  for (const r of plan) {
    keys.add(`PARTICIPATED_IN|${r.personId}|${r.eventId}|`);
    for (const [a, b] of r.pairs) keys.add(`${r.pairType}|${a}|${b}|${r.eventId}`);
  }
  return keys;
}

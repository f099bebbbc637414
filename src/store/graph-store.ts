// The one interface both stores implement. Semantics shared by both (and checked by the contract suite):
// - search: a name or alias contains the query after normalisation (see search-key.ts), ordered by
//   meeting count, then name, then id;
// - date ranges are inclusive ISO dates; undated events are left out unless includeUndated is true;
// - lists are ordered deterministically and paged by offset.
import type { AuthorityEntry } from "../authority/authority-entry.js";
import type { EventKind, EventStatus, Extraction } from "../domain/extraction.js";
import type {
  Counterpart,
  EventView,
  MeetingPath,
  PersonDetail,
  PersonSummary,
  PostHolder,
  PostSummary,
  Stats,
  Subgraph,
  VisitView,
} from "../domain/graph.js";
import type { AuthoritySummary } from "./authority-plan.js";

export interface DateRange {
  from?: string;
  to?: string;
  includeUndated?: boolean;
}

export interface Paging {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  /** The offset of the next page, or null when this is the last one. */
  nextOffset: number | null;
}

export interface MeetingFilter extends DateRange, Paging {
  person?: string;
  with?: string;
  organization?: string;
  /** ISO alpha-2 code of the country the meeting took place in. */
  country?: string;
  location?: string;
  status?: EventStatus;
  /**
   * A post id: meetings where a participant held that post on the meeting's date (the HELD span widened
   * by HELD_TOLERANCE_DAYS), whoever held it. Undated meetings never match.
   */
  post?: string;
}

/** A person's timeline: the range, and optionally only events with a participant of an organisation. */
export interface TimelineFilter extends DateRange {
  /** An organisation id, as in NetworkFilter: the events the network's edges of that filter count. */
  organization?: string;
}

export interface VisitFilter extends DateRange, Paging {
  person?: string;
  location?: string;
  country?: string;
}

/** Posts by office (canonical, exact), country (ISO code, exact) and organisation (name contains, any case). */
export interface PostFilter extends Paging {
  office?: string;
  country?: string;
  organization?: string;
}

export type EdgeKind = "MET_WITH" | "SPOKE_WITH" | "VISITED";

export interface NetworkFilter extends DateRange {
  kinds?: EdgeKind[];
  /** Which events count; default occurred only (a plan is not a connection unless asked for). */
  statuses?: EventStatus[];
  /** Only events with at least this many independent reports (sourceCount, else articleCount); default 1. */
  minReports?: number;
  /** ISO alpha-2 code: only events held in that country (a visit's destination; calls have no place). */
  country?: string;
  /** An organisation id: only events with a participant affiliated with it. */
  organization?: string;
  /** Only the nodes, with no edges and degree 0: for callers that need whom the picture draws, not how. */
  nodesOnly?: boolean;
  /** Most nodes returned; the most connected are kept and `truncated` says when some were cut. */
  limit: number;
}

export interface ActivityFilter {
  from?: string;
  to?: string;
  /** Default: every kind. */
  kinds?: EventKind[];
  /** Default: occurred only, as in network pictures. */
  statuses?: EventStatus[];
  minReports?: number;
  /** As in NetworkFilter. */
  country?: string;
  organization?: string;
}

/** How many events of one kind took place on one day. */
export interface DayCount {
  date: string;
  kind: EventKind;
  events: number;
}

/** A place where events of a selection took place, with how many of each kind. */
export interface PlaceCount {
  id: string;
  name: string;
  kind: "city" | "country" | "region" | "venue";
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  meetings: number;
  calls: number;
  visits: number;
  /** The visits by the visitors' country as the store knows it (persons with none left out), by country. */
  visitors: { country: string; visits: number }[];
}

export interface UpsertOptions {
  checked?: boolean;
}

export interface UpsertSummary {
  articles: { new: number; unchanged: number };
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface ResolveSummary {
  /** [merged id, kept id] pairs, in the order they were joined. */
  merged: [string, string][];
  eventsRekeyed: number;
}

export interface GraphStore {
  readonly kind: "neo4j" | "embedded";
  /**
   * Writes a batch of extractions, validated first: one invalid extraction rejects the whole batch.
   * `checked` says the caller has just validated every one against the same schema (the ingestion
   * workers do), so it is not done twice on the writer's thread.
   */
  upsert(extractions: Extraction[], options?: UpsertOptions): Promise<UpsertSummary>;
  /** Joins persons proven to be one (recorded aliases, unique surname); idempotent. */
  resolve(): Promise<ResolveSummary>;
  /**
   * Gives matching persons the entries' ids and posts (see authority-plan.ts); `asOf` ends the spans of
   * posts still held. Importing the same file again changes nothing.
   */
  importAuthority(entries: AuthorityEntry[], options: { asOf: string }): Promise<AuthoritySummary>;
  /** Which of these article ids are already stored. */
  knownArticles(ids: string[]): Promise<Set<string>>;
  /** Changes with every write, by any process. */
  version(): Promise<string>;
  ready(): Promise<boolean>;
  close(): Promise<void>;

  searchPersons(query: string, paging: Paging): Promise<Page<PersonSummary>>;
  person(id: string): Promise<PersonDetail | null>;
  /** Null when there is no such person (so callers need no second query to tell "none" from "unknown"). */
  counterparts(personId: string, range: DateRange): Promise<Counterpart[] | null>;
  meetings(filter: MeetingFilter): Promise<Page<EventView>>;
  visits(filter: VisitFilter): Promise<Page<VisitView>>;
  egoNetwork(centerId: string, depth: number, filter: NetworkFilter): Promise<Subgraph>;
  topPersons(filter: NetworkFilter): Promise<Subgraph>;
  /** Null when either end is not a person. */
  shortestPaths(fromId: string, toId: string, maxHops: number): Promise<MeetingPath[] | null>;
  /** Null when there is no such person. */
  timeline(personId: string, filter: TimelineFilter): Promise<EventView[] | null>;
  /**
   * Dated events of the filter counted per day and kind, oldest first (undated events have no place on a
   * time axis); only events one of `personIds` took part in, when given.
   */
  activity(personIds: string[] | null, filter: ActivityFilter): Promise<DayCount[]>;
  /** The places of the same events as activity (those with a place), by id. */
  places(personIds: string[] | null, filter: ActivityFilter): Promise<PlaceCount[]>;
  /** Posts ordered by office, then owner (country or organisation), then id. */
  searchPosts(filter: PostFilter): Promise<Page<PostSummary>>;
  /** Holders of a post, earliest first; null when there is no such post. */
  postHolders(postId: string): Promise<PostHolder[] | null>;
  stats(): Promise<Stats>;
}

// Turns validated extractions into the rows both stores write: global ids from the identity module,
// one row per node and per relationship, so a batch is a handful of UNWIND lists (nodes before edges).
import type {
  EventKind,
  EventStatus,
  Extraction,
  LocationKind,
  OfficeRef,
  ParticipantRole,
} from "../domain/extraction.js";
import { eventId, locationId, orderedPair, organizationId, personId, postId, preferValue } from "./identity.js";
import { strongerRole } from "./participation-merge.js";

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  /** The first-seen article of its syndication group: itself until the store finds an earlier copy. */
  syndicationGroup: string;
  /** Set on an article that starts a group only: what later copies are compared with, and its band keys. */
  minhash: number[] | null;
  shingles: number | null;
  bands: string[];
}
export interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
  country: string | null;
}
export interface OrganizationRow {
  id: string;
  name: string;
  aliases: string[];
}
export interface LocationRow {
  id: string;
  name: string;
  aliases: string[];
  kind: LocationKind;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
}
export interface EventRow {
  id: string;
  kind: EventKind;
  status: EventStatus;
  date: string | null;
  locationId: string | null;
  /** For undated events: the article they are keyed by (see identity.eventId). */
  keyArticle: string | null;
}
export interface ParticipationRow {
  personId: string;
  eventId: string;
  role: ParticipantRole;
}
export interface PairRow {
  from: string;
  to: string;
  eventId: string;
  date: string | null;
  status: EventStatus;
}
export interface VisitRow {
  personId: string;
  locationId: string;
  eventId: string;
  date: string | null;
  status: EventStatus;
}
export interface AffiliationRow {
  personId: string;
  targetId: string;
  title: string | null;
}
export interface PostRow {
  id: string;
  office: string;
  country: string | null;
  organization: string | null;
}
/** One article's word that a person held a post on a date; the stores widen the HELD span with it. */
export interface HeldRow {
  personId: string;
  postId: string;
  date: string;
  articleId: string;
  evidence: string[];
}
/** A participant an event names only by office: an INVOLVED_POST edge from the event to the post. */
export interface OfficeRefRow {
  eventId: string;
  postId: string;
  role: ParticipantRole;
  evidence: string[];
}
export interface ReportRow {
  eventId: string;
  articleId: string;
  evidence: string[];
  confidence: number;
}

export interface GraphRows {
  articles: ArticleRow[];
  persons: PersonRow[];
  organizations: OrganizationRow[];
  locations: LocationRow[];
  events: EventRow[];
  participations: ParticipationRow[];
  metWith: PairRow[];
  spokeWith: PairRow[];
  visited: VisitRow[];
  affiliations: AffiliationRow[];
  reports: ReportRow[];
  posts: PostRow[];
  held: HeldRow[];
  officeRefs: OfficeRefRow[];
}

export const emptyRows = (): GraphRows => ({
  articles: [],
  persons: [],
  organizations: [],
  locations: [],
  events: [],
  participations: [],
  metWith: [],
  spokeWith: [],
  visited: [],
  affiliations: [],
  reports: [],
  posts: [],
  held: [],
  officeRefs: [],
});

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

/** The rows of one extraction; entity ids become global ids, and events found twice in it become one. */
export function extractionRows(x: Extraction, ingestedAt: string): GraphRows {
  const rows = emptyRows();
  const articleId = x.article.id;
  const { title, url, source, publishedAt } = x.article;
  rows.articles.push({
    id: articleId,
    url,
    title,
    source,
    publishedAt,
    ingestedAt,
    syndicationGroup: articleId,
    minhash: null,
    shingles: null,
    bands: [],
  });

  const globalId = new Map<string, string>();
  const persons = new Map<string, PersonRow>();
  for (const e of x.entities) {
    if (e.type === "Person") {
      const id = personId(e.name);
      globalId.set(e.id, id);
      const names = union([e.name], e.aliases);
      const row = persons.get(id);
      if (row) {
        row.aliases = union(row.aliases, names);
        row.titles = union(row.titles, e.titles);
        row.country = preferValue(row.country, e.country);
      } else
        persons.set(id, {
          id,
          name: e.name,
          aliases: names,
          titles: [...new Set(e.titles)].sort(),
          country: e.country,
        });
    } else if (e.type === "Organization") {
      const id = organizationId(e.name);
      globalId.set(e.id, id);
      if (!rows.organizations.some((o) => o.id === id))
        rows.organizations.push({ id, name: e.name, aliases: union([e.name], e.aliases) });
    } else {
      const id = locationId(e.name);
      globalId.set(e.id, id);
      if (!rows.locations.some((l) => l.id === id))
        rows.locations.push({
          id,
          name: e.name,
          aliases: union([e.name], e.aliases),
          kind: e.kind,
          countryCode: e.countryCode,
          lat: e.lat ?? null,
          lon: e.lon ?? null,
        });
    }
  }
  rows.persons = [...persons.values()];
  const gid = (id: string) => globalId.get(id) as string;
  addPostRows(x, gid, rows);

  const eventIds = new Map<string, string>();
  const events = new Map<string, EventRow>();
  const evidence = new Map<string, { texts: Set<string>; confidence: number }>();
  const participations = new Map<string, ParticipationRow>();
  for (const e of x.events) {
    const people = e.participants.map((p) => gid(p.entityId));
    const location = e.locationId ? gid(e.locationId) : null;
    const id = eventId({ kind: e.kind, date: e.date, participantIds: people, destinationId: location, articleId });
    eventIds.set(e.id, id);
    const known = events.get(id);
    if (known) {
      if (e.status === "occurred") known.status = "occurred";
      known.locationId ??= location;
    } else
      events.set(id, {
        id,
        kind: e.kind,
        status: e.status,
        date: e.date,
        locationId: location,
        keyArticle: e.date ? null : articleId,
      });
    const report = evidence.get(id) ?? { texts: new Set<string>(), confidence: 0 };
    for (const span of e.evidence) report.texts.add(span.text);
    report.confidence = Math.max(report.confidence, e.confidence);
    evidence.set(id, report);
    e.participants.forEach((p, i) => {
      const key = `${people[i]}|${id}`;
      const known = participations.get(key);
      if (known) known.role = strongerRole(known.role, p.role);
      else participations.set(key, { personId: people[i] as string, eventId: id, role: p.role });
    });
    for (const ref of e.officeRefs ?? []) addOfficeRef(id, ref, rows);
  }
  rows.events = [...events.values()];
  rows.participations = [...participations.values()];
  rows.reports = [...evidence].map(([id, r]) => ({
    eventId: id,
    articleId,
    evidence: [...r.texts],
    confidence: r.confidence,
  }));

  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && (seen.add(key), true);
  const affiliations = new Map<string, GraphRows["affiliations"][number]>();
  for (const r of x.relations) {
    const from = gid(r.from);
    const to = gid(r.to);
    if (from === to) continue; // two names of one person, folded together by identity
    const event = r.eventId ? (eventIds.get(r.eventId) as string) : null;
    const status = event ? (events.get(event)?.status ?? r.status) : r.status;
    if (r.type === "AFFILIATED_WITH") {
      const known = affiliations.get(`${from}|${to}`);
      if (known) known.title = preferValue(known.title, r.title);
      else {
        const row = { personId: from, targetId: to, title: r.title };
        affiliations.set(`${from}|${to}`, row);
        rows.affiliations.push(row);
      }
      continue;
    }
    if (!event) continue; // meetings, calls and visits are always tied to an event by the engine
    if (r.type === "VISITED") {
      if (once(`V|${from}|${to}|${event}`))
        rows.visited.push({ personId: from, locationId: to, eventId: event, date: r.date, status });
      continue;
    }
    const [a, b] = orderedPair(from, to);
    const list = r.type === "MET_WITH" ? rows.metWith : rows.spokeWith;
    if (once(`${r.type}|${a}|${b}|${event}`)) list.push({ from: a, to: b, eventId: event, date: r.date, status });
  }
  return rows;
}

/**
 * Posts and HELD rows of the persons' current posts (a former or designated holder holds nothing on the
 * article's date); two names of one person folded together give one row per post.
 */
function addPostRows(x: Extraction, gid: (id: string) => string, rows: GraphRows) {
  const held = new Map<string, HeldRow>();
  const posts = new Map<string, PostRow>();
  for (const e of x.entities) {
    if (e.type !== "Person") continue;
    for (const claim of e.posts ?? []) {
      if (claim.standing !== "current") continue;
      const id = postId(claim);
      const post = posts.get(id);
      if (post) post.country = preferValue(post.country, claim.country);
      else posts.set(id, { id, office: claim.office, country: claim.country, organization: claim.organization });
      const key = `${gid(e.id)}|${id}`;
      const row = held.get(key);
      if (!row) {
        held.set(key, {
          personId: gid(e.id),
          postId: id,
          date: claim.date,
          articleId: x.article.id,
          evidence: [claim.evidence.text],
        });
        continue;
      }
      if (!row.evidence.includes(claim.evidence.text)) row.evidence.push(claim.evidence.text);
      if (claim.date < row.date) row.date = claim.date;
    }
  }
  rows.posts.push(...posts.values());
  rows.held.push(...held.values());
}

/** An office reference's post and INVOLVED_POST row (one per event and post, the phrases as evidence). */
function addOfficeRef(eventId: string, ref: OfficeRef, rows: GraphRows) {
  const id = postId(ref);
  if (!rows.posts.some((p) => p.id === id))
    rows.posts.push({ id, office: ref.office, country: ref.country, organization: ref.organization });
  const known = rows.officeRefs.find((r) => r.eventId === eventId && r.postId === id);
  if (!known) rows.officeRefs.push({ eventId, postId: id, role: ref.role, evidence: [ref.evidence.text] });
  else if (!known.evidence.includes(ref.evidence.text)) known.evidence.push(ref.evidence.text);
}

/** Rows of many extractions in one batch (the stores merge duplicates as they write). */
export function batchRows(extractions: Extraction[], ingestedAt: string): GraphRows {
  const all = emptyRows();
  for (const x of extractions) {
    const rows = extractionRows(x, ingestedAt);
    for (const key of Object.keys(all) as (keyof GraphRows)[]) (all[key] as unknown[]).push(...rows[key]);
  }
  return all;
}

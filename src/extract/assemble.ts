// Builds the Extraction from the stages' results: entity ids, merged events, relations, evidence spans.
import type {
  Entity,
  Event,
  Extraction,
  LocationEntity,
  PostClaim,
  PrunedItem,
  Relation,
} from "../domain/extraction.js";
import type { OrgTie } from "./affiliations.js";
import type { Dropped, RawEvent } from "./events.js";
import { gazetteer, type Place } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { foldKey } from "./normalize.js";
import { officeRefsOf, samePost } from "./office-refs-assembly.js";
import { postReader } from "./person-posts.js";
import type { PersonCluster } from "./persons.js";
import type { Sentence } from "./sentences.js";

export interface AssembleInput {
  original: string;
  article: Extraction["article"];
  clusters: PersonCluster[];
  mentions: Mention[];
  events: RawEvent[];
  dropped: Dropped[];
  ties: OrgTie[];
}

/** Posts are added only when found, so extractions without any stay as they were. */
const withPosts = <T>(posts: T[]) => (posts.length ? { posts } : {});

const span = (original: string, s: Sentence) => ({ start: s.start, end: s.end, text: original.slice(s.start, s.end) });

export function assemble(input: AssembleInput): Extraction {
  const { original } = input;
  const gaz = gazetteer();
  const entities: Entity[] = [];
  const used = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  // Locations and organisations, one per folded name.
  const locations = new Map<string, LocationEntity>();
  const addPlace = (place: Place, form?: string): string => {
    const key = foldKey(place.name);
    let entity = locations.get(key);
    if (!entity) {
      entity = {
        type: "Location",
        id: uniqueId(`location:${key}`),
        name: place.name,
        aliases: [],
        kind: place.kind,
        countryCode: place.countryCode,
        ...(place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : {}),
      };
      locations.set(key, entity);
      entities.push(entity);
    }
    if (form && form !== entity.name && !entity.aliases.includes(form)) entity.aliases.push(form);
    return entity.id;
  };
  for (const m of input.mentions) if (m.kind === "location" && m.place) addPlace(m.place, m.text);
  const orgIds = new Map<string, string>();
  for (const m of input.mentions) {
    if (m.kind !== "organization") continue;
    const key = foldKey(m.text);
    if (!orgIds.has(key)) {
      const id = uniqueId(`organization:${key}`);
      orgIds.set(key, id);
      entities.push({ type: "Organization", id, name: m.text, aliases: [] });
    }
  }

  // Persons, with country and affiliations.
  const personIds = new Map<PersonCluster, string>();
  const postsOf = postReader(original, input.article.publishedAt);
  const currentPosts = new Map<PersonCluster, PostClaim[]>();
  const datelineCountry = input.article.dateline?.place
    ? (gaz.places.get(foldKey(input.article.dateline.place))?.countryCode ?? null)
    : null;
  // A host's title without a country is the dateline's country's ("DOHA - The Emir received ...").
  const hosts = new Set(
    input.events.flatMap((e) => e.participants.filter((p) => p.role === "host").map((p) => p.cluster)),
  );
  for (const c of input.clusters) {
    const id = uniqueId(`person:${foldKey(c.name)}`);
    personIds.set(c, id);
    const topCountry = [...c.countries.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const country = topCountry ? gaz.countries.get(topCountry) : undefined;
    const affiliations = country ? [{ entityId: addPlace(country), title: [...c.titles][0] ?? null }] : [];
    const posts = postsOf(c, topCountry ?? (hosts.has(c) ? datelineCountry : null));
    currentPosts.set(
      c,
      posts.filter((p) => p.standing === "current"),
    );
    for (const tie of input.ties) {
      const orgId = orgIds.get(foldKey(tie.organization.text));
      if (orgId && c.mentions.includes(tie.person) && !affiliations.some((a) => a.entityId === orgId))
        affiliations.push({ entityId: orgId, title: tie.title });
    }
    entities.push({
      type: "Person",
      id,
      name: c.name,
      aliases: [...c.forms].filter((f) => f !== c.name),
      titles: [...c.titles],
      country: country?.name ?? null,
      affiliations,
      ...withPosts(posts),
    });
  }

  // Events: the same kind, status, date, place and participants reported twice is one event.
  const events: Event[] = [];
  const relations: Relation[] = [];
  const byKey = new Map<string, Event>();
  for (const e of input.events) {
    const participants = e.participants.map((p) => ({ entityId: personIds.get(p.cluster)!, role: p.role }));
    const locationId = e.place ? addPlace(e.place) : null;
    const key = [
      e.kind,
      e.status,
      e.date,
      e.kind === "visit" ? locationId : "",
      participants
        .map((p) => p.entityId)
        .sort()
        .join("+"),
    ].join("|");
    const evidence = span(original, e.sentence);
    const refs = officeRefsOf(e, { original, currentPosts, datelineCountry, gaz });
    // A meeting or call kept for an office that named no post in the end has one party: no event.
    if (e.kind !== "visit" && new Set(participants.map((p) => p.entityId)).size < 2 && !refs.length) continue;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.evidence.some((s) => s.start === evidence.start)) seen.evidence.push(evidence);
      const known = seen.officeRefs ?? [];
      const more = refs.filter((r) => !known.some((k) => samePost(k, r)));
      if (more.length) seen.officeRefs = [...known, ...more];
      seen.locationId ??= locationId;
      seen.confidence = Math.min(0.95, seen.confidence + 0.1);
      continue;
    }
    const event: Event = {
      id: `event:${events.length + 1}`,
      kind: e.kind,
      status: e.status,
      date: e.date,
      locationId,
      participants,
      ...(refs.length ? { officeRefs: refs } : {}),
      evidence: [evidence],
      confidence: e.confidence,
    };
    byKey.set(key, event);
    events.push(event);
  }
  for (const event of events) {
    const base = {
      eventId: event.id,
      date: event.date,
      status: event.status,
      title: null,
      evidence: event.evidence,
      confidence: event.confidence,
    };
    if (event.kind === "visit") {
      if (event.locationId)
        relations.push({ ...base, type: "VISITED", from: event.participants[0]!.entityId, to: event.locationId });
      continue;
    }
    const ids = [...new Set(event.participants.map((p) => p.entityId))];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        relations.push({
          ...base,
          type: event.kind === "call" ? "SPOKE_WITH" : "MET_WITH",
          from: ids[i]!,
          to: ids[j]!,
        });
  }
  for (const entity of entities) {
    if (entity.type !== "Person") continue;
    for (const a of entity.affiliations)
      relations.push({
        type: "AFFILIATED_WITH",
        from: entity.id,
        to: a.entityId,
        eventId: null,
        date: null,
        status: "occurred",
        title: a.title,
        evidence: [],
        confidence: 0.6,
      });
  }
  const pruned: PrunedItem[] = input.dropped.map((d) => ({
    stage: d.stage ?? "events",
    what: d.what,
    reason: d.reason,
    evidence: span(original, d.sentence),
  }));
  return { version: 1, article: input.article, entities, events, relations, pruned };
}

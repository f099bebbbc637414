// Hand-built extractions for the store suites: each event gets a sentence of a generated article text,
// so evidence offsets are real and the Extraction validates.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Entity, Event, EvidenceSpan, Extraction, LocationKind, Relation } from "../../src/domain/extraction.js";
import { extract } from "../../src/extract/extract.js";

export interface PersonSpec {
  name: string;
  aliases?: string[];
  titles?: string[];
  country?: string | null;
  affiliations?: { org: string; title?: string | null }[];
  posts?: PostSpec[];
}
export interface PostSpec {
  office: string;
  country?: string | null;
  organization?: string | null;
  standing?: "current" | "former" | "designate";
  date: string;
}
export interface PlaceSpec {
  name: string;
  kind?: LocationKind;
  countryCode?: string | null;
  /** Coordinates, when the test needs a place on a map. */
  at?: { lat: number; lon: number };
}
/** A participant named only by office ("the Portuguese foreign minister"). */
export interface OfficeSpec {
  office: string;
  country?: string | null;
  organization?: string | null;
  role?: "host" | "participant";
}
const officeRefs = (offices: OfficeSpec[] | undefined, say: (s: string) => EvidenceSpan) =>
  offices?.length
    ? {
        officeRefs: offices.map((o) => ({
          office: o.office,
          country: o.country ?? null,
          organization: o.organization ?? null,
          role: o.role ?? ("participant" as const),
          evidence: say(`the ${o.office} of ${o.organization ?? o.country}`),
        })),
      }
    : {};
export interface EventSpec {
  kind?: "meeting" | "call";
  who: string[];
  offices?: OfficeSpec[];
  date: string | null;
  status?: "occurred" | "planned";
  place?: string;
}
export interface VisitSpec {
  who: string;
  host?: OfficeSpec;
  place: string;
  date: string | null;
  status?: "occurred" | "planned";
}
export interface ArticleSpec {
  /** Makes the text (and so the article id) unique. */
  key: string;
  publishedAt?: string | null;
  url?: string | null;
  persons: (string | PersonSpec)[];
  places?: PlaceSpec[];
  events?: EventSpec[];
  visits?: VisitSpec[];
}

export function article(spec: ArticleSpec): Extraction {
  const sentences: string[] = [`Report ${spec.key}.`];
  const say = (s: string) => {
    const start = sentences.join(" ").length + 1;
    sentences.push(s);
    return { start, end: start + s.length, text: s };
  };
  const persons = spec.persons.map((p) => (typeof p === "string" ? { name: p } : p));
  const pid = (name: string) => `p:${name}`;
  const entities: Entity[] = [];
  const orgs = new Set(persons.flatMap((p) => (p.affiliations ?? []).map((a) => a.org)));
  for (const org of orgs) entities.push({ type: "Organization", id: `o:${org}`, name: org, aliases: [] });
  for (const place of spec.places ?? [])
    entities.push({
      type: "Location",
      id: `l:${place.name}`,
      name: place.name,
      aliases: [],
      kind: place.kind ?? "city",
      countryCode: place.countryCode ?? null,
      ...place.at,
    });
  for (const p of persons)
    entities.push({
      type: "Person",
      id: pid(p.name),
      name: p.name,
      aliases: p.aliases ?? [],
      titles: p.titles ?? [],
      country: p.country ?? null,
      affiliations: (p.affiliations ?? []).map((a) => ({ entityId: `o:${a.org}`, title: a.title ?? null })),
      ...(p.posts
        ? {
            posts: p.posts.map((post) => ({
              office: post.office,
              country: post.country ?? null,
              organization: post.organization ?? null,
              standing: post.standing ?? "current",
              date: post.date,
              evidence: say(`${post.standing === "former" ? "former " : ""}${post.office} ${p.name}`),
            })),
          }
        : {}),
    });
  const events: Event[] = [];
  const relations: Relation[] = [];
  for (const p of persons)
    for (const a of p.affiliations ?? [])
      relations.push({
        type: "AFFILIATED_WITH",
        from: pid(p.name),
        to: `o:${a.org}`,
        eventId: null,
        date: null,
        status: "occurred",
        title: a.title ?? null,
        evidence: [],
        confidence: 0.8,
      });
  (spec.events ?? []).forEach((e, i) => {
    const kind = e.kind ?? "meeting";
    const status = e.status ?? "occurred";
    const evidence = [say(`${e.who.join(" and ")} ${kind === "call" ? "spoke by phone" : "met"} (${i}).`)];
    const id = `e${events.length}`;
    events.push({
      id,
      kind,
      status,
      date: e.date,
      locationId: e.place ? `l:${e.place}` : null,
      participants: e.who.map((w) => ({ entityId: pid(w), role: "participant" as const })),
      ...officeRefs(e.offices, say),
      evidence,
      confidence: 0.9,
    });
    for (let a = 0; a < e.who.length; a++)
      for (let b = a + 1; b < e.who.length; b++)
        relations.push({
          type: kind === "call" ? "SPOKE_WITH" : "MET_WITH",
          from: pid(e.who[a] as string),
          to: pid(e.who[b] as string),
          eventId: id,
          date: e.date,
          status,
          title: null,
          evidence,
          confidence: 0.9,
        });
  });
  for (const v of spec.visits ?? []) {
    const status = v.status ?? "occurred";
    const evidence = [say(`${v.who} visited ${v.place}.`)];
    const id = `e${events.length}`;
    events.push({
      id,
      kind: "visit",
      status,
      date: v.date,
      locationId: `l:${v.place}`,
      participants: [{ entityId: pid(v.who), role: "visitor" }],
      ...officeRefs(v.host ? [{ role: "host", ...v.host }] : [], say),
      evidence,
      confidence: 0.9,
    });
    relations.push({
      type: "VISITED",
      from: pid(v.who),
      to: `l:${v.place}`,
      eventId: id,
      date: v.date,
      status,
      title: null,
      evidence,
      confidence: 0.9,
    });
  }
  const text = sentences.join(" ");
  return {
    version: 1,
    article: {
      id: createHash("sha256").update(text).digest("hex"),
      title: `Report ${spec.key}`,
      url: spec.url ?? `https://example.org/${spec.key}`,
      source: "fixture",
      publishedAt: spec.publishedAt ?? null,
      dateline: null,
    },
    entities,
    events,
    relations,
    pruned: [],
  };
}

/** The annotated development articles, extracted (CI has ../shared beside the repository). */
export function devCorpusExtractions(): Extraction[] {
  const dir = process.env.DIPLOGRAPH_DEV_CORPUS ?? join(import.meta.dirname, "../../../shared/corpus/dev");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files.map((f) => extract({ text: readFileSync(join(dir, f), "utf8"), url: `file:${f}` }));
}

/** Four persons, two places, meetings dated and undated, a call and two visits (one planned). */
export const smallNetwork = (): Extraction[] => [
  article({
    key: "n1",
    publishedAt: "2024-03-02",
    persons: [
      {
        name: "Ana Ortega",
        titles: ["foreign minister"],
        country: "Portugal",
        affiliations: [{ org: "Cortes Group", title: "chair" }],
      },
      "Bram Visser",
      "Chen Li",
      "Dara Okafor",
    ],
    places: [
      { name: "Lisbon", countryCode: "PT" },
      { name: "Nairobi", countryCode: "KE" },
    ],
    events: [
      { who: ["Ana Ortega", "Bram Visser"], date: "2024-03-01", place: "Lisbon" },
      { who: ["Bram Visser", "Chen Li"], date: "2024-03-05", place: "Nairobi" },
      { who: ["Chen Li", "Dara Okafor"], date: "2024-04-10" },
      { who: ["Ana Ortega", "Bram Visser"], date: "2024-06-20" },
      { who: ["Ana Ortega", "Dara Okafor"], date: null },
      { kind: "call", who: ["Ana Ortega", "Chen Li"], date: "2024-03-03" },
    ],
    visits: [
      { who: "Ana Ortega", place: "Nairobi", date: "2024-03-05" },
      { who: "Bram Visser", place: "Lisbon", date: "2024-03-01", status: "planned" },
    ],
  }),
];

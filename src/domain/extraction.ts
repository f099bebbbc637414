// The Extraction contract: the typed hand-off between extraction, the stores and ingestion.
// It is public (documented in the README); change it only in a backward-compatible way.
import { z } from "zod";

const isValidIsoDate = (value: string) => {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isValidIsoDate, "must be a real calendar date");

export const EntityId = z.string().min(1).max(200);

/** A span of the ORIGINAL text: JavaScript (UTF-16) indices, and text === original.slice(start, end). */
export const EvidenceSpan = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((span) => span.end >= span.start && span.end - span.start === span.text.length, {
    message: "end - start must equal the length of text",
  });

export const Dateline = z.object({
  place: z.string().nullable(),
  date: IsoDate.nullable(),
  raw: z.string(),
});

/** Values in an article's MinHash signature (see src/syndication/minhash.ts). */
export const FINGERPRINT_SIZE = 96;

/** A sketch of the text's word shingles, by which republished copies of one story are grouped. */
export const ArticleFingerprint = z.object({
  minhash: z
    .array(z.number().int().min(0).max(0xffffffff))
    .length(FINGERPRINT_SIZE, `must hold ${FINGERPRINT_SIZE} unsigned 32-bit values`),
  shingles: z.number().int().nonnegative(),
});

export const ArticleMeta = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, "must be the sha256 hex of the text"),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  dateline: Dateline.nullable(),
  /** Absent in extractions made before syndication was read, or with it turned off. */
  fingerprint: ArticleFingerprint.optional(),
});

export const Affiliation = z.object({ entityId: EntityId, title: z.string().nullable() });

export const PostStanding = z.enum(["current", "former", "designate"]);

/** What names a post: a normalised office of a country (ISO code) or of an organisation (its name). */
const PostKey = {
  office: z.string().min(1).max(100),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
    .nullable(),
  organization: z.string().min(1).max(200).nullable(),
};

/**
 * A post the article gives a person on a date: a normalised office ("foreign minister") of a country
 * (ISO code) or an organisation (its name), and whether the person holds it then ("former foreign
 * minister" does not). The evidence is the title and name as written.
 */
export const PostClaim = z
  .object({
    ...PostKey,
    standing: PostStanding,
    date: IsoDate,
    evidence: EvidenceSpan,
  })
  .refine((p) => p.country !== null || p.organization !== null, {
    message: "a post belongs to a country or an organisation",
  });

export const PersonEntity = z.object({
  type: z.literal("Person"),
  id: EntityId,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  country: z.string().nullable(),
  affiliations: z.array(Affiliation),
  /** Absent in extractions made before posts were read. */
  posts: z.array(PostClaim).optional(),
});

export const OrganizationEntity = z.object({
  type: z.literal("Organization"),
  id: EntityId,
  name: z.string().min(1),
  aliases: z.array(z.string()),
});

export const LocationKind = z.enum(["city", "country", "region", "venue"]);

export const LocationEntity = z.object({
  type: z.literal("Location"),
  id: EntityId,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: LocationKind,
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
    .nullable(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

export const Entity = z.discriminatedUnion("type", [PersonEntity, OrganizationEntity, LocationEntity]);

export const EventKind = z.enum(["meeting", "visit", "call"]);
export const EventStatus = z.enum(["occurred", "planned"]);
export const ParticipantRole = z.enum(["visitor", "host", "participant"]);

/**
 * A participant the article names only by office ("the Iranian foreign minister", "the Emir", "his Turkish
 * counterpart"): the post as a PostClaim gives it, the role, and the phrase as written. The store resolves
 * it to the post's holder on the event's date when exactly one person qualifies.
 */
export const OfficeRef = z
  .object({
    ...PostKey,
    role: ParticipantRole,
    evidence: EvidenceSpan,
  })
  .refine((p) => p.country !== null || p.organization !== null, {
    message: "an office reference belongs to a country or an organisation",
  });

export const Event = z.object({
  id: EntityId,
  kind: EventKind,
  status: EventStatus,
  date: IsoDate.nullable(),
  locationId: EntityId.nullable(),
  participants: z.array(z.object({ entityId: EntityId, role: ParticipantRole })).min(1),
  /** Participants named only by office; absent when every participant is named. */
  officeRefs: z.array(OfficeRef).optional(),
  evidence: z.array(EvidenceSpan).min(1),
  confidence: z.number().min(0).max(1),
});

export const RelationType = z.enum(["MET_WITH", "VISITED", "SPOKE_WITH", "AFFILIATED_WITH"]);

export const Relation = z.object({
  type: RelationType,
  from: EntityId,
  to: EntityId,
  eventId: EntityId.nullable(),
  date: IsoDate.nullable(),
  status: EventStatus,
  title: z.string().nullable(),
  evidence: z.array(EvidenceSpan),
  confidence: z.number().min(0).max(1),
});

/** What a stage dropped and why, so a missing edge can be explained (a pruning ledger). */
export const PrunedItem = z.object({
  stage: z.string(),
  what: z.string(),
  reason: z.string(),
  evidence: EvidenceSpan.nullable(),
});

export const ExtractionShape = z.object({
  version: z.literal(1),
  article: ArticleMeta,
  entities: z.array(Entity),
  events: z.array(Event),
  relations: z.array(Relation),
  pruned: z.array(PrunedItem),
});

/** The shape plus the rules that tie its parts together (ids unique, references resolve, types fit). */
export const Extraction = ExtractionShape.superRefine((x, ctx) => {
  const byId = new Map<string, z.infer<typeof Entity>>();
  x.entities.forEach((entity, i) => {
    if (byId.has(entity.id))
      ctx.addIssue({ code: "custom", path: ["entities", i, "id"], message: `duplicate entity id ${entity.id}` });
    byId.set(entity.id, entity);
  });
  const eventIds = new Set<string>();
  const typeOf = (id: string) => byId.get(id)?.type;
  x.entities.forEach((entity, i) => {
    if (entity.type !== "Person") return;
    entity.affiliations.forEach((a, j) => {
      const t = typeOf(a.entityId);
      if (t !== "Organization" && t !== "Location")
        ctx.addIssue({
          code: "custom",
          path: ["entities", i, "affiliations", j, "entityId"],
          message: `affiliation ${a.entityId} is not an Organization or Location of this extraction`,
        });
    });
  });
  x.events.forEach((event, i) => {
    if (eventIds.has(event.id))
      ctx.addIssue({ code: "custom", path: ["events", i, "id"], message: `duplicate event id ${event.id}` });
    eventIds.add(event.id);
    if (event.locationId !== null && typeOf(event.locationId) !== "Location")
      ctx.addIssue({
        code: "custom",
        path: ["events", i, "locationId"],
        message: `${event.locationId} is not a Location of this extraction`,
      });
    event.participants.forEach((p, j) => {
      if (typeOf(p.entityId) !== "Person")
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "participants", j, "entityId"],
          message: `${p.entityId} is not a Person of this extraction`,
        });
    });
    const refKeys = new Set<string>();
    (event.officeRefs ?? []).forEach((ref, j) => {
      const key = [ref.office, ref.country, ref.organization].join("|");
      if (refKeys.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "officeRefs", j],
          message: `office ${ref.office} of ${ref.organization ?? ref.country} is referred to twice in one event`,
        });
      refKeys.add(key);
    });
  });
  const expected: Record<z.infer<typeof RelationType>, [string, string[]]> = {
    MET_WITH: ["Person", ["Person"]],
    SPOKE_WITH: ["Person", ["Person"]],
    VISITED: ["Person", ["Location"]],
    AFFILIATED_WITH: ["Person", ["Organization", "Location"]],
  };
  x.relations.forEach((r, i) => {
    const [fromType, toTypes] = expected[r.type];
    if (typeOf(r.from) !== fromType)
      ctx.addIssue({
        code: "custom",
        path: ["relations", i, "from"],
        message: `${r.type} must start at a ${fromType}; ${r.from} is not one`,
      });
    const toType = typeOf(r.to);
    if (!toType || !toTypes.includes(toType))
      ctx.addIssue({
        code: "custom",
        path: ["relations", i, "to"],
        message: `${r.type} must end at a ${toTypes.join(" or ")}; ${r.to} is not one`,
      });
    if (r.from === r.to)
      ctx.addIssue({
        code: "custom",
        path: ["relations", i, "to"],
        message: `${r.type} cannot link ${r.from} to itself`,
      });
    if (r.eventId !== null && !eventIds.has(r.eventId))
      ctx.addIssue({ code: "custom", path: ["relations", i, "eventId"], message: `unknown event ${r.eventId}` });
  });
});

export type IsoDate = z.infer<typeof IsoDate>;
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;
export type Dateline = z.infer<typeof Dateline>;
export type ArticleMeta = z.infer<typeof ArticleMeta>;
export type ArticleFingerprint = z.infer<typeof ArticleFingerprint>;
export type PersonEntity = z.infer<typeof PersonEntity>;
export type PostStanding = z.infer<typeof PostStanding>;
export type PostClaim = z.infer<typeof PostClaim>;
export type OrganizationEntity = z.infer<typeof OrganizationEntity>;
export type LocationEntity = z.infer<typeof LocationEntity>;
export type LocationKind = z.infer<typeof LocationKind>;
export type Entity = z.infer<typeof Entity>;
export type EventKind = z.infer<typeof EventKind>;
export type EventStatus = z.infer<typeof EventStatus>;
export type ParticipantRole = z.infer<typeof ParticipantRole>;
export type OfficeRef = z.infer<typeof OfficeRef>;
export type Event = z.infer<typeof Event>;
export type RelationType = z.infer<typeof RelationType>;
export type Relation = z.infer<typeof Relation>;
export type PrunedItem = z.infer<typeof PrunedItem>;
export type Extraction = z.infer<typeof Extraction>;

/** Spans whose text is not what the original says at those offsets (expected: none). */
export function misplacedEvidence(extraction: Extraction, original: string): EvidenceSpan[] {
  const spans = [
    ...extraction.events.flatMap((e) => e.evidence),
    ...extraction.events.flatMap((e) => (e.officeRefs ?? []).map((r) => r.evidence)),
    ...extraction.relations.flatMap((r) => r.evidence),
    ...extraction.entities.flatMap((e) => (e.type === "Person" ? (e.posts ?? []).map((p) => p.evidence) : [])),
    ...extraction.pruned.flatMap((p) => (p.evidence ? [p.evidence] : [])),
  ];
  return spans.filter((s) => original.slice(s.start, s.end) !== s.text);
}

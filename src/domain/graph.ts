// What the stores answer: the read model shared by both GraphStore adapters, the API and the layouts.
import { z } from "zod";
import { EventKind, EventStatus, IsoDate, LocationKind, ParticipantRole } from "./extraction.js";

export const PersonSummary = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  country: z.string().nullable(),
  meetingCount: z.number().int(),
});

export const AffiliationView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(["Organization", "Location"]),
  title: z.string().nullable(),
});

/** A post: a normalised office of a country (ISO code) or of an organisation. */
export const PostView = z.object({
  id: z.string(),
  office: z.string(),
  country: z.string().nullable(),
  organization: z.string().nullable(),
});

export const PostSummary = PostView.extend({ holders: z.number().int() });

/** Where a HELD span comes from: read in the reports ("extraction") or given by an analyst ("authority"). */
export const HeldSource = z.enum(["extraction", "authority"]);

/** A post a person held, first and last seen on the dates of the reports that give it. */
export const HeldPost = z.object({
  post: PostView,
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  articleCount: z.number().int(),
  source: HeldSource,
});

export const ArticleRef = z.object({
  articleId: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
});

/** One holder of a post with the span the reports show and the reports themselves. */
export const PostHolder = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  articleCount: z.number().int(),
  source: HeldSource,
  /** the titles and names as the reports write them */
  evidence: z.array(z.string()),
  sources: z.array(ArticleRef),
});

export const PersonDetail = PersonSummary.extend({
  /** ids an analyst's authority file gives the person (a Wikidata QID, say) */
  externalIds: z.array(z.string()),
  affiliations: z.array(AffiliationView),
  posts: z.array(HeldPost),
  counts: z.object({
    meetings: z.number().int(),
    visits: z.number().int(),
    calls: z.number().int(),
    counterparts: z.number().int(),
  }),
});

export const Counterpart = z.object({
  id: z.string(),
  name: z.string(),
  meetings: z.number().int(),
  firstDate: IsoDate.nullable(),
  lastDate: IsoDate.nullable(),
  eventIds: z.array(z.string()),
});

export const PlaceView = z.object({
  id: z.string(),
  name: z.string(),
  kind: LocationKind,
  countryCode: z.string().nullable(),
});

export const SourceView = z.object({
  articleId: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  evidence: z.array(z.string()),
  confidence: z.number(),
});

/** How an inferred edge or participant was found: "post" = an unnamed office resolved to its holder. */
export const ResolvedBy = z.enum(["post"]);

export const EventParticipant = z.object({
  id: z.string(),
  name: z.string(),
  role: ParticipantRole,
  /** Present only when the reports name the office, not the person; postId is the office's post. */
  resolvedBy: ResolvedBy.optional(),
  postId: z.string().optional(),
});

/** A participant the reports name only by office (resolved or not: see the participants' postId). */
export const EventOffice = z.object({
  postId: z.string(),
  office: z.string(),
  country: z.string().nullable(),
  organization: z.string().nullable(),
  role: ParticipantRole,
});

export const EventView = z.object({
  id: z.string(),
  kind: EventKind,
  status: EventStatus,
  date: IsoDate.nullable(),
  location: PlaceView.nullable(),
  participants: z.array(EventParticipant),
  /** Absent when every participant is named. */
  offices: z.array(EventOffice).optional(),
  /** Reports of the event: every article, syndicated copies included. */
  articleCount: z.number().int(),
  /** Independent reports: the syndication groups among the articles (a wire story and its copies count once). */
  sourceCount: z.number().int(),
  sources: z.array(SourceView),
});

export const VisitView = z.object({
  eventId: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  location: PlaceView,
  date: IsoDate.nullable(),
  status: EventStatus,
});

export const GraphNode = z.object({
  id: z.string(),
  label: z.string(),
  type: z.enum(["Person", "Location"]),
  /** How many distinct nodes of the picture it is joined to, by links of any kind. */
  degree: z.number().int(),
});

export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.enum(["MET_WITH", "SPOKE_WITH", "VISITED"]),
  weight: z.number().int(),
  /** How many of the weighed events are planned, not occurred (0 unless planned events were asked for). */
  planned: z.number().int(),
  /** The most independent reports (syndication groups) any one of the weighed events has. */
  sourceCount: z.number().int(),
  firstDate: IsoDate.nullable(),
  lastDate: IsoDate.nullable(),
  /** "post" when every event weighed was inferred from an office (resolvedBy on the meetings); else absent. */
  resolvedBy: ResolvedBy.optional(),
});

export const Subgraph = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  truncated: z.boolean(),
});

export const MeetingPath = z.object({
  persons: z.array(z.object({ id: z.string(), name: z.string() })),
  /** One list per hop: the meeting events that join persons[i] and persons[i + 1]. */
  hops: z.array(z.array(z.string())),
});

export const Stats = z.object({
  persons: z.number().int(),
  organizations: z.number().int(),
  locations: z.number().int(),
  articles: z.number().int(),
  events: z.object({ meeting: z.number().int(), visit: z.number().int(), call: z.number().int() }),
  relationships: z.object({
    MET_WITH: z.number().int(),
    SPOKE_WITH: z.number().int(),
    VISITED: z.number().int(),
    AFFILIATED_WITH: z.number().int(),
  }),
});

export type PersonSummary = z.infer<typeof PersonSummary>;
export type AffiliationView = z.infer<typeof AffiliationView>;
export type PersonDetail = z.infer<typeof PersonDetail>;
export type PostView = z.infer<typeof PostView>;
export type PostSummary = z.infer<typeof PostSummary>;
export type HeldPost = z.infer<typeof HeldPost>;
export type ArticleRef = z.infer<typeof ArticleRef>;
export type PostHolder = z.infer<typeof PostHolder>;
export type Counterpart = z.infer<typeof Counterpart>;
export type PlaceView = z.infer<typeof PlaceView>;
export type SourceView = z.infer<typeof SourceView>;
export type EventView = z.infer<typeof EventView>;
export type EventParticipant = z.infer<typeof EventParticipant>;
export type EventOffice = z.infer<typeof EventOffice>;
export type VisitView = z.infer<typeof VisitView>;
export type GraphNode = z.infer<typeof GraphNode>;
export type GraphEdge = z.infer<typeof GraphEdge>;
export type Subgraph = z.infer<typeof Subgraph>;
export type MeetingPath = z.infer<typeof MeetingPath>;
export type Stats = z.infer<typeof Stats>;

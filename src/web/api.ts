// The browser's view of the API: typed fetches that turn network failures and problem answers into
// readable errors.
export class ApiError extends Error {}

export async function getJson<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  let res: Response;
  try {
    res = await fetch(query ? `${path}?${query}` : path, { headers: { accept: "application/json" } });
  } catch {
    throw new ApiError("The diplograph API cannot be reached. Check that the server is running, then try again.");
  }
  const body = (await res.json().catch(() => null)) as (T & { detail?: string }) | null;
  if (!res.ok)
    throw new ApiError(body?.detail ? `The API answered: ${body.detail}` : `The API answered ${res.status}.`);
  if (body === null) throw new ApiError("The API sent an answer that is not JSON.");
  return body;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
  country: string | null;
  meetingCount: number;
}
/** A post a person held, over the span the reports (or an authority file) give. */
export interface HeldPost {
  post: { id: string; office: string; country: string | null; organization: string | null };
  firstSeen: string;
  lastSeen: string;
  articleCount: number;
  source: "extraction" | "authority";
}
export interface PersonDetail extends Person {
  affiliations: { id: string; name: string; type: string; title: string | null }[];
  posts: HeldPost[];
  counts: { meetings: number; visits: number; calls: number; counterparts: number };
}
export interface Counterpart {
  id: string;
  name: string;
  meetings: number;
  firstDate: string | null;
  lastDate: string | null;
}
export interface Meeting {
  id: string;
  status: string;
  date: string | null;
  location: { name: string } | null;
  /** resolvedBy "post": the report names only the office, and the store found who held it then. */
  participants: { id: string; name: string; role: string; resolvedBy?: "post" }[];
  sources: { url: string | null; title: string | null; source: string | null; evidence: string[] }[];
}
/** A meeting, call or visit as GET /timeline and GET /meetings give it. */
export interface EventView {
  id: string;
  kind: "meeting" | "visit" | "call";
  status: "occurred" | "planned";
  date: string | null;
  location: { id: string; name: string; countryCode: string | null } | null;
  participants: { id: string; name: string; role: string; resolvedBy?: string | null }[];
  articleCount: number;
  /** Independent reports (syndicated copies counted once), where the API gives it. */
  sourceCount?: number;
  /** Set when a participant was inferred (for example resolved by the post named), not named in the text. */
  resolvedBy?: string | null;
  sources: {
    url: string | null;
    title: string | null;
    source: string | null;
    publishedAt: string | null;
    evidence: string[];
  }[];
}
export interface Layout {
  nodes: {
    id: string;
    label: string;
    type: "Person" | "Location";
    x: number;
    y: number;
    size: number;
    community: number;
  }[];
  /**
   * The page asks for edges=rows: [source index, target index, index into edgeTypes, weight, planned,
   * inferred (1 when every event has a participant resolved by post)], a tenth of the objects' size.
   */
  edges: [number, number, number, number, number, number][];
  edgeTypes: ("MET_WITH" | "SPOKE_WITH" | "VISITED")[];
  meta: {
    truncated: boolean;
    cached: boolean;
    /** Asked with strongest: only this backbone was laid out and sent, `kept` edges of the picture's `of`. */
    backbone?: { strongest: number; repeated: boolean; kept: number; of: number };
  };
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

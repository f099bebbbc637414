// What the page shows, as a value that round-trips through the URL's query string, so a link reopens
// the same view and the browser's back and forward buttons step through views. Unknown or malformed
// parameters fall back to the defaults rather than failing: a link typed by hand still opens a page.

export type Kind = "meetings" | "calls" | "visits";
export type Status = "occurred" | "planned";
export type Pane = "network" | "map";

export interface ViewState {
  person: string | null;
  from: string;
  to: string;
  depth: number;
  kinds: Kind[];
  statuses: Status[];
  minReports: number;
  /** ISO alpha-2 code of the country events were held in; "" for any. */
  country: string;
  /** An organisation, by name or id, one participant is affiliated with; "" for any. */
  organization: string;
  /** Most nodes drawn: the persons nearest the centre, or the most connected without one. */
  nodes: number;
  /** What the stage shows: the network or the map of places. */
  view: Pane;
}

export const KINDS: readonly Kind[] = ["meetings", "calls", "visits"];
export const STATUSES: readonly Status[] = ["occurred", "planned"];

/** The API's edge type for each kind the page offers. */
export const EDGE_TYPE: Record<Kind, "MET_WITH" | "SPOKE_WITH" | "VISITED"> = {
  meetings: "MET_WITH",
  calls: "SPOKE_WITH",
  visits: "VISITED",
};

export const DEFAULT_VIEW: ViewState = {
  person: null,
  from: "",
  to: "",
  depth: 1,
  kinds: [...KINDS],
  statuses: [...STATUSES],
  minReports: 1,
  country: "",
  organization: "",
  nodes: 300,
  view: "network",
};

const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The known words of a comma list, in the canonical order; the default when none is known. */
function listOf<T extends string>(raw: string | null, known: readonly T[], fallback: T[]): T[] {
  if (raw === null) return fallback;
  const asked = new Set(raw.split(","));
  const kept = known.filter((k) => asked.has(k));
  return kept.length ? kept : fallback;
}

function wholeNumber(raw: string | null, min: number, max: number, fallback: number): number {
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** A two-letter country code in capitals, or "" when the text is none. */
export function countryCode(raw: string | null): string {
  const code = (raw ?? "").trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : "";
}

export function readView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const from = q.get("from");
  const to = q.get("to");
  return {
    person: q.get("person") || null,
    from: isDate(from) ? from : "",
    to: isDate(to) ? to : "",
    depth: wholeNumber(q.get("depth"), 1, 3, DEFAULT_VIEW.depth),
    kinds: listOf(q.get("kinds"), KINDS, DEFAULT_VIEW.kinds),
    statuses: listOf(q.get("statuses"), STATUSES, DEFAULT_VIEW.statuses),
    minReports: wholeNumber(q.get("minReports"), 1, 1000, DEFAULT_VIEW.minReports),
    country: countryCode(q.get("country")),
    organization: (q.get("organization") ?? "").trim().slice(0, 200),
    nodes: wholeNumber(q.get("nodes"), 10, 5000, DEFAULT_VIEW.nodes),
    view: q.get("view") === "map" ? "map" : "network",
  };
}

/** The query string of a view ("" for the default view); defaults are left out to keep links short. */
export function writeView(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.person) q.set("person", v.person);
  if (v.from) q.set("from", v.from);
  if (v.to) q.set("to", v.to);
  if (v.depth !== DEFAULT_VIEW.depth) q.set("depth", String(v.depth));
  if (v.kinds.join() !== DEFAULT_VIEW.kinds.join()) q.set("kinds", v.kinds.join(","));
  if (v.statuses.join() !== DEFAULT_VIEW.statuses.join()) q.set("statuses", v.statuses.join(","));
  if (v.minReports !== DEFAULT_VIEW.minReports) q.set("minReports", String(v.minReports));
  if (v.country) q.set("country", v.country);
  if (v.organization) q.set("organization", v.organization);
  if (v.nodes !== DEFAULT_VIEW.nodes) q.set("nodes", String(v.nodes));
  if (v.view !== DEFAULT_VIEW.view) q.set("view", v.view);
  const text = q.toString();
  return text ? `?${text}` : "";
}

export const sameView = (a: ViewState, b: ViewState) => writeView(a) === writeView(b);

// What the page asks the API for a view: the network's parameters (shared by the layout, the timeline and
// the exports) and the layout's own. Kept apart so early-layout.ts can ask for the first layout before the
// page's bundle is loaded.
import { EDGE_TYPE, type ViewState } from "./view-state.js";

export const range = (v: ViewState) => ({ from: v.from || undefined, to: v.to || undefined });

/** The network's parameters shared by the layout and the timeline strip. */
export const networkParams = (v: ViewState) => ({
  center: v.person ?? undefined,
  depth: v.person ? String(v.depth) : undefined,
  limit: String(v.nodes),
  kinds: v.kinds.map((k) => EDGE_TYPE[k]).join(","),
  statuses: v.statuses.join(","),
  minReports: v.minReports > 1 ? String(v.minReports) : undefined,
  country: v.country || undefined,
  organization: v.organization || undefined,
});

/**
 * ForceAtlas2 passes asked for: the API's 100 up to 1,000 nodes, fewer beyond (35 at 2,000), down to 10 at
 * 5,000. With Barnes-Hut the shape of a large network settles early, and each pass over 5,000 nodes and
 * their 200,000 edges costs the server tens of milliseconds on the way to the first graph.
 */
export const layoutPasses = (nodes: number) =>
  nodes <= 1000 ? 100 : Math.max(10, Math.round(100 * (1000 / nodes) ** 1.5));

/**
 * Above this many nodes the page asks for each person's STRONGEST links only (the notice over the graph
 * says so, with how many of how many; exports keep every link). Measured on the bench store: 1,000 persons
 * share 56,000 links, 2,000 share 102,000 and 5,000 share 206,000, a hairball that costs seconds to lay
 * out and draw; the 10 strongest of each of 5,000 (with every link of two or more events) are 50,000, so
 * no view draws many more links than the largest full one.
 */
const BACKBONE_ABOVE = 1000;
/**
 * Links kept per person in a large view. Measured at 5,000 persons on the bench store (206,105 links): 5
 * keeps 29,675 with the repeated ones, 10 keeps 50,492, 15 keeps 69,067 before them. In one comparison
 * with 5 (3 runs each, load 4 to 5) the first graph took 4.47 s with 10 and 4.43 s with 5, within that
 * run's noise, so the count is the one that draws each person's ten main counterparts, a quarter of the
 * links.
 */
const STRONGEST = 10;

/** What the page asks /layout for a view. */
export function layoutParams(v: ViewState) {
  const passes = layoutPasses(v.nodes);
  return {
    ...networkParams(v),
    ...range(v),
    iterations: passes === 100 ? undefined : String(passes),
    strongest: v.nodes > BACKBONE_ABOVE ? String(STRONGEST) : undefined,
    edges: "rows",
  };
}

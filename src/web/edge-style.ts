// How an edge looks: meetings dark, calls lighter, visits to places tan; an edge whose every event is
// planned is dashed, so what was only announced never reads as what happened; an edge whose every event
// has a participant the store inferred from an office (resolved by post) is amber, so a tie no report
// names outright stands apart. The legend is built from the same table, so the two cannot disagree.
import type { Kind } from "./view-state.js";

export type EdgeType = "MET_WITH" | "SPOKE_WITH" | "VISITED";

export const EDGE_COLOUR: Record<EdgeType, string> = {
  MET_WITH: "#7b8594",
  SPOKE_WITH: "#c4b5e3",
  VISITED: "#c9a46e",
};
/** Inferred edges, whatever their kind: amber, apart from the three kinds' colours. */
export const INFERRED_COLOUR = "#e08a00";

export interface EdgeLook {
  /** sigma's edge program: "line" (solid) or "dashed" (edge-dashed-program.ts). */
  type: "line" | "dashed";
  color: string;
  size: number;
}

export function edgeLook(type: EdgeType, weight: number, planned: number, inferred = false): EdgeLook {
  const width = Math.min(6, 1 + Math.log2(weight + 1));
  return {
    type: planned > 0 && planned >= weight ? "dashed" : "line",
    color: inferred ? INFERRED_COLOUR : EDGE_COLOUR[type],
    // Calls are drawn thinner as well as lighter: a call is a weaker tie than a meeting.
    size: type === "SPOKE_WITH" ? Math.max(1, width - 1) : width,
  };
}

export interface KeyEntry {
  label: string;
  color: string;
  dashed: boolean;
  /** The filter that must be on for the entry to be listed. */
  kind?: Kind;
  planned?: true;
}

export const EDGE_KEY: KeyEntry[] = [
  { label: "Meeting", color: EDGE_COLOUR.MET_WITH, dashed: false, kind: "meetings" },
  { label: "Call (lighter)", color: EDGE_COLOUR.SPOKE_WITH, dashed: false, kind: "calls" },
  { label: "Visit to a place", color: EDGE_COLOUR.VISITED, dashed: false, kind: "visits" },
  { label: "Planned, not yet held (dashed)", color: EDGE_COLOUR.MET_WITH, dashed: true, planned: true },
  { label: "Inferred: a participant found from the office named (amber)", color: INFERRED_COLOUR, dashed: false },
];

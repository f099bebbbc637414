// The legend over the graph: what the edge styles mean (only for what the filters show) and the
// largest communities with their colours.
import { EDGE_KEY } from "./edge-style.js";
import type { ViewState } from "./view-state.js";

const SVG = "http://www.w3.org/2000/svg";

/** A short line drawn the way the renderer draws that kind of edge. */
function sample(color: string, dashed: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", "28");
  svg.setAttribute("height", "8");
  svg.setAttribute("aria-hidden", "true");
  const line = document.createElementNS(SVG, "line");
  for (const [k, v] of Object.entries({ x1: "1", y1: "4", x2: "27", y2: "4", stroke: color, "stroke-width": "3" }))
    line.setAttribute(k, v);
  if (dashed) line.setAttribute("stroke-dasharray", "5 5");
  svg.append(line);
  return svg;
}

export function renderEdgeKey(list: HTMLElement, view: ViewState) {
  list.replaceChildren(
    ...EDGE_KEY.filter(
      (e) => (!e.kind || view.kinds.includes(e.kind)) && (!e.planned || view.statuses.includes("planned")),
    ).map((e) => {
      const li = document.createElement("li");
      li.dataset.dashed = String(e.dashed);
      li.append(sample(e.color, e.dashed), e.label);
      return li;
    }),
  );
}

export function renderCommunities(
  list: HTMLElement,
  communities: { community: number; size: number; example: string }[],
  colour: (community: number) => string,
) {
  list.replaceChildren(
    ...communities.slice(0, 8).map((c) => {
      const li = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colour(c.community);
      li.append(swatch, c.size > 1 ? `${c.example} and ${c.size - 1} more` : c.example);
      return li;
    }),
  );
}

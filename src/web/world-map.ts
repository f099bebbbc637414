// The map view: Natural Earth countries (world-atlas, bundled, so it draws offline) in SVG with d3-geo,
// and a mark on each place where the selection's events took place, sized by how many. A mark is a
// button: click or Enter lists what happened there.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };
import type { PlaceCount as StorePlace } from "../store/graph-store.js";

/** A place as GET /places gives it: the visitors' countries come with their codes and points. */
export type PlaceCount = Omit<StorePlace, "visitors"> & {
  visitors: { country: string; countryCode: string | null; lat: number | null; lon: number | null; visits: number }[];
};

/** A visit arc as drawn: from the visitor's country to the place, with how many visits it stands for. */
export interface VisitArc {
  from: string;
  to: string;
  visits: number;
}

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 960;
const HEIGHT = 500;

const svgEl = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
export const placeSummary = (p: PlaceCount) =>
  [
    p.meetings ? plural(p.meetings, "meeting") : "",
    p.calls ? plural(p.calls, "call") : "",
    p.visits ? plural(p.visits, "visit") : "",
  ]
    .filter(Boolean)
    .join(", ");

export class WorldMap {
  private readonly projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  private readonly svg: SVGSVGElement;
  private readonly marks: SVGGElement;
  private readonly arcs: SVGGElement;
  /** The arcs last drawn, for tests: what the renderer was given. */
  drawnArcs: VisitArc[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly unplaced: HTMLElement,
    private readonly onPlace: (place: PlaceCount) => void,
  ) {
    this.svg = svgEl("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "group", "aria-label": "Map of places" });
    const path = geoPath(this.projection);
    const world = atlas as unknown as Topology<{ countries: GeometryCollection }>;
    this.svg.append(
      svgEl("path", { d: path({ type: "Sphere" }) ?? "", class: "sea" }),
      svgEl("path", { d: path(feature(world, world.objects.countries)) ?? "", class: "land" }),
      svgEl("path", { d: path(mesh(world, world.objects.countries, (a, b) => a !== b)) ?? "", class: "border" }),
    );
    this.arcs = svgEl("g", { class: "arcs", "aria-hidden": "true" });
    this.marks = svgEl("g", { class: "marks" });
    this.svg.append(this.arcs, this.marks);
    container.append(this.svg);
  }

  show(places: PlaceCount[]) {
    const placed = places.filter((p) => p.lat !== null && p.lon !== null);
    // Biggest first, so smaller marks stay on top and can be clicked.
    placed.sort((a, b) => total(b) - total(a) || a.id.localeCompare(b.id));
    this.marks.replaceChildren(
      ...placed.flatMap((p) => {
        const at = this.projection([p.lon as number, p.lat as number]);
        if (!at) return [];
        const label = `${p.name}: ${placeSummary(p)}`;
        const mark = svgEl("circle", {
          cx: at[0],
          cy: at[1],
          r: 4 + 3 * Math.sqrt(total(p)),
          class: p.meetings + p.calls ? "mark" : "mark visit-only",
          tabindex: 0,
          role: "button",
          "aria-label": label,
          "data-place": p.id,
        });
        mark.append(svgEl("title", {}));
        (mark.firstChild as SVGTitleElement).textContent = label;
        mark.addEventListener("click", () => this.onPlace(p));
        mark.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            this.onPlace(p);
          }
        });
        return [mark];
      }),
    );
    this.drawVisits(placed);
    const missing = places.filter((p) => p.lat === null || p.lon === null);
    this.unplaced.textContent = missing.length
      ? `Not on the map (no coordinates known): ${missing.map((p) => `${p.name} (${placeSummary(p)})`).join("; ")}`
      : "";
    this.container.dataset.places = String(placed.length);
  }

  /**
   * A great-circle arc from each visitor country's point to the place, wider for more visits; none from
   * a place's own country (a domestic trip has no line to draw) or when the country is not known.
   */
  private drawVisits(placed: PlaceCount[]) {
    const path = geoPath(this.projection);
    const arcs: VisitArc[] = [];
    const lines: SVGPathElement[] = [];
    for (const p of placed)
      for (const v of p.visitors) {
        if (v.lat === null || v.lon === null || v.countryCode === p.countryCode) continue;
        const d = path({
          type: "LineString",
          coordinates: [
            [v.lon, v.lat],
            [p.lon as number, p.lat as number],
          ],
        });
        if (!d) continue;
        const line = svgEl("path", {
          d,
          class: "arc",
          "stroke-width": 1 + Math.sqrt(v.visits),
          "data-from": v.countryCode ?? v.country,
          "data-to": p.id,
        });
        line.append(svgEl("title", {}));
        (line.firstChild as SVGTitleElement).textContent =
          `${plural(v.visits, "visit")} from ${v.country} to ${p.name}`;
        lines.push(line);
        arcs.push({ from: v.countryCode ?? v.country, to: p.id, visits: v.visits });
      }
    this.arcs.replaceChildren(...lines);
    this.drawnArcs = arcs;
    this.container.dataset.arcs = String(arcs.length);
  }
}

const total = (p: PlaceCount) => p.meetings + p.calls + p.visits;

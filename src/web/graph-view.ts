// The network drawn by sigma: positions, sizes and communities come from GET /layout; nodes coloured by
// community, edges styled by kind and status (edge-style.ts).

import type { MultiUndirectedGraph } from "graphology";
import graphology from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { Layout } from "./api.js";
import { EdgeDashedProgram } from "./edge-dashed-program.js";
import { type EdgeType, edgeLook } from "./edge-style.js";
import { framedArea, sizeFactor } from "./node-sizes.js";

// Colours readable on white, distinct for the first communities; the rest cycle.
const PALETTE = [
  "#0b5cad",
  "#c2410c",
  "#15803d",
  "#7e22ce",
  "#b91c1c",
  "#0e7490",
  "#a16207",
  "#be185d",
  "#4d7c0f",
  "#1e40af",
];
export const communityColour = (community: number) => PALETTE[community % PALETTE.length] as string;

export interface NodeOnScreen {
  id: string;
  x: number;
  y: number;
  radius: number;
  color: string;
}

/** `nodeKind`, not `type`: sigma reads `type` as the node program's name. */
type NodeAttrs = {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  community: number;
  nodeKind: "Person" | "Location";
};
/** `type` picks sigma's program (solid, dashed or thin); `kind` is the API's edge type. */
type EdgeAttrs = {
  type: "line" | "dashed" | "thin";
  kind: EdgeType;
  weight: number;
  planned: number;
  /** Every event of the edge has a participant the store resolved from an office. */
  inferred: boolean;
  color: string;
  size: number;
};
type DrawnGraph = MultiUndirectedGraph<NodeAttrs, EdgeAttrs>;

/**
 * Above this many edges solid ones are drawn as one-pixel lines: a rectangle per edge costs a software
 * renderer seconds a frame on a 5,000-node view, where widths no longer tell anything apart.
 */
const THIN_ABOVE = 20_000;
/** Room around the picture for labels, px. */
const STAGE_PADDING = 90;

export interface EdgeChoice {
  kind: EdgeType;
  source: string;
  target: string;
}

export class GraphView {
  // A pair can have a meeting, a call and (for a place) a visit: one edge each, hence a multigraph.
  private drawn: DrawnGraph = new graphology.MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
  private readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;

  /** The graph drawn now: each layout gets a new one (see show). */
  get graph(): DrawnGraph {
    return this.drawn;
  }

  constructor(container: HTMLElement, onSelect: (id: string) => void, onEdge: (edge: EdgeChoice) => void) {
    this.sigma = new Sigma(this.graph, container, {
      labelRenderedSizeThreshold: 4,
      stagePadding: STAGE_PADDING,
      enableEdgeEvents: true,
      edgeProgramClasses: {
        dashed: EdgeDashedProgram<NodeAttrs, EdgeAttrs>,
        thin: EdgeLineProgram<NodeAttrs, EdgeAttrs>,
      },
    });
    this.sigma.on("clickNode", ({ node }) => onSelect(node));
    this.sigma.on("clickEdge", ({ edge }) => {
      const a = this.graph.getEdgeAttributes(edge);
      onEdge({ kind: a.kind, source: this.graph.source(edge), target: this.graph.target(edge) });
    });
    // A pointer over an edge says it can be clicked.
    this.sigma.on("enterEdge", () => container.style.setProperty("cursor", "pointer"));
    this.sigma.on("leaveEdge", () => container.style.removeProperty("cursor"));
    // The panel opening or the window changing narrows the stage: sigma must measure it again. Resizing
    // clears the canvases, and a camera already at rest sends no update to redraw them, so draw now.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh();
      this.sigma.getCamera().animatedReset({ duration: 100 });
    }).observe(container);
  }

  /** How many layouts have been drawn: a test or bench waits for the next one. */
  shows = 0;

  /**
   * Draws a layout. The graph is built apart and handed to sigma whole: sigma indexes a graph once, where
   * it would index every edge added to the graph it draws as it comes (twice), then all of them again.
   */
  show(layout: Layout, center: string | null) {
    const next: DrawnGraph = new graphology.MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
    const least = (id: string) => (id === center ? 12 : 5);
    const k = sizeFactor(
      layout.nodes.map((n) => Math.max(n.size, least(n.id))),
      framedArea(layout.nodes, this.sigma.getDimensions(), STAGE_PADDING),
    );
    for (const n of layout.nodes)
      next.addNode(n.id, {
        x: n.x,
        y: n.y,
        // Scaled down together; the center stays large enough to find, no other node below 2 px.
        size: Math.max(Math.max(n.size, least(n.id)) * k, n.id === center ? 12 : 2),
        label: n.label,
        color: n.type === "Location" ? "#6b7280" : communityColour(n.community),
        community: n.community,
        nodeKind: n.type,
      });
    const thin = layout.edges.length > THIN_ABOVE;
    for (const [s, t, typeIndex, weight, planned, inferredFlag] of layout.edges) {
      const source = layout.nodes[s]?.id;
      const target = layout.nodes[t]?.id;
      const kind = layout.edgeTypes[typeIndex];
      if (!source || !target || !kind || source === target) continue;
      const key = `${kind}:${source}:${target}`;
      if (next.hasEdge(key)) continue;
      const inferred = inferredFlag === 1;
      const look = edgeLook(kind, weight, planned, inferred);
      next.addEdgeWithKey(key, source, target, {
        kind,
        weight,
        planned,
        inferred,
        ...look,
        type: thin && look.type === "line" ? "thin" : look.type,
      });
    }
    // The thin program is made on first need: each program's shaders cost every page its start-up.
    if (thin && !this.sigma.getSetting("edgeProgramClasses").thin)
      this.sigma.setSetting("edgeProgramClasses", {
        ...this.sigma.getSetting("edgeProgramClasses"),
        thin: EdgeLineProgram<NodeAttrs, EdgeAttrs>,
      });
    this.drawn = next;
    this.sigma.setGraph(next);
    // Each frame of a large view is dear in a software renderer: no animation for it.
    if (thin) this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    else this.sigma.getCamera().animatedReset({ duration: 200 });
    this.shows++;
  }

  /**
   * Where each node is on screen (CSS pixels from the stage's top left), its drawn radius and colour, as the
   * renderer placed it: the end-to-end test reads the canvas at these points to prove nodes are drawn.
   */
  nodesOnScreen(): NodeOnScreen[] {
    return this.graph
      .mapNodes((id) => {
        const d = this.sigma.getNodeDisplayData(id);
        if (!d || d.hidden) return null;
        const p = this.sigma.framedGraphToViewport(d);
        return { id, x: p.x, y: p.y, radius: this.sigma.scaleSize(d.size), color: d.color };
      })
      .filter((n): n is NodeOnScreen => n !== null);
  }

  /**
   * The graph as drawn, on white, as a PNG. WebGL canvases keep no copy of what they drew, so the frame
   * is drawn again and copied in the same task, before the browser presents and clears it.
   */
  png(): Promise<Blob> {
    this.sigma.refresh();
    const layers = this.sigma.getCanvases();
    const first = layers.edges as HTMLCanvasElement;
    const out = document.createElement("canvas");
    out.width = first.width;
    out.height = first.height;
    const ctx = out.getContext("2d") as CanvasRenderingContext2D;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    for (const name of ["edges", "edgeLabels", "nodes", "labels"]) {
      const layer = layers[name];
      if (layer) ctx.drawImage(layer, 0, 0);
    }
    return new Promise((resolve, reject) =>
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser made no PNG"))), "image/png"),
    );
  }

  isPerson = (id: string) => this.drawn.hasNode(id) && this.drawn.getNodeAttribute(id, "nodeKind") === "Person";

  /** The communities drawn, largest first, for the legend. */
  communities(): { community: number; size: number; example: string }[] {
    const byCommunity = new Map<number, { size: number; example: string; best: number }>();
    this.graph.forEachNode((_id, a) => {
      const c = byCommunity.get(a.community) ?? { size: 0, example: a.label, best: -1 };
      c.size++;
      if (a.size > c.best) {
        c.best = a.size;
        c.example = a.label;
      }
      byCommunity.set(a.community, c);
    });
    return [...byCommunity]
      .map(([community, c]) => ({ community, size: c.size, example: c.example }))
      .sort((a, b) => b.size - a.size);
  }
}

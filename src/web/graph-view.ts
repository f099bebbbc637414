// The network drawn by sigma: positions, sizes and communities come from GET /layout; colour by
// community, with a legend.
import graphology from "graphology";
import Sigma from "sigma";
import type { Layout } from "./api.js";

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

type NodeAttrs = { x: number; y: number; size: number; label: string; color: string; community: number };

export class GraphView {
  readonly graph = new graphology.UndirectedGraph<NodeAttrs>();
  private readonly sigma: Sigma<NodeAttrs>;

  constructor(container: HTMLElement, onSelect: (id: string) => void) {
    this.sigma = new Sigma(this.graph, container, {
      labelRenderedSizeThreshold: 4,
      stagePadding: 90,
      defaultEdgeColor: "#b8c0cc",
    });
    this.sigma.on("clickNode", ({ node }) => onSelect(node));
    // The panel opening or the window changing narrows the stage: sigma must measure it again. Resizing
    // clears the canvases, and a camera already at rest sends no update to redraw them, so draw now.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh();
      this.sigma.getCamera().animatedReset({ duration: 100 });
    }).observe(container);
  }

  show(layout: Layout, center: string | null) {
    this.graph.clear();
    for (const n of layout.nodes)
      this.graph.addNode(n.id, {
        x: n.x,
        y: n.y,
        size: n.id === center ? Math.max(n.size, 12) : Math.max(n.size, 5),
        label: n.label,
        color: n.type === "Location" ? "#6b7280" : communityColour(n.community),
        community: n.community,
      });
    for (const e of layout.edges)
      if (e.source !== e.target && !this.graph.hasEdge(e.source, e.target))
        this.graph.addEdge(e.source, e.target, { size: Math.min(6, 1 + Math.log2(e.weight + 1)) });
    this.sigma.refresh();
    this.sigma.getCamera().animatedReset({ duration: 200 });
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

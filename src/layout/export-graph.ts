// Exports of a laid-out network for Gephi and other tools: GEXF (graphology-gexf) and GraphML (written
// here: graphology-graphml only parses). Nodes carry label, type, position, size and community.
import graphology from "graphology";
import gexf from "graphology-gexf";
import type { LayoutResult } from "./compute-layout.js";

const { MultiGraph } = graphology;

export function layoutToGraph(layout: LayoutResult) {
  const graph = new MultiGraph({ type: "mixed" });
  for (const n of layout.nodes)
    graph.addNode(n.id, { label: n.label, type: n.type, x: n.x, y: n.y, size: n.size, community: n.community });
  for (const e of layout.edges) {
    const attrs = { type: e.type, weight: e.weight, firstDate: e.firstDate ?? "", lastDate: e.lastDate ?? "" };
    if (e.type === "VISITED") graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return graph;
}

export function toGexf(layout: LayoutResult): string {
  return gexf.write(layoutToGraph(layout), { version: "1.3" });
}

const escapeXml = (value: unknown) =>
  String(value).replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );

const NODE_KEYS: [string, string][] = [
  ["label", "string"],
  ["type", "string"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["community", "int"],
];
const EDGE_KEYS: [string, string][] = [
  ["type", "string"],
  ["weight", "int"],
  ["firstDate", "string"],
  ["lastDate", "string"],
];

export function toGraphml(layout: LayoutResult): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="diplograph" edgedefault="undirected">',
  ];
  for (const n of layout.nodes) {
    const data = NODE_KEYS.map(([k]) => `<data key="n_${k}">${escapeXml(n[k as keyof typeof n])}</data>`).join("");
    out.push(`    <node id="${escapeXml(n.id)}">${data}</node>`);
  }
  for (const e of layout.edges) {
    const values: Record<string, unknown> = {
      type: e.type,
      weight: e.weight,
      firstDate: e.firstDate ?? "",
      lastDate: e.lastDate ?? "",
    };
    const data = EDGE_KEYS.map(([k]) => `<data key="e_${k}">${escapeXml(values[k])}</data>`).join("");
    const directed = e.type === "VISITED" ? ' directed="true"' : "";
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${directed}>${data}</edge>`,
    );
  }
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}

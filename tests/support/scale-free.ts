// Generated scale-free graphs (preferential attachment), the shape of real coverage: a few hubs, many
// persons met once or twice. Deterministic for a seed.
import type { Subgraph } from "../../src/domain/graph.js";
import { seededRandom } from "../../src/layout/seeded-random.js";

/** A scale-free graph (preferential attachment), the shape of real coverage. */
export function scaleFree(n: number, seed = 1): Subgraph {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    label: `P ${i}`,
    type: "Person" as const,
    degree: 0,
  }));
  const ends: number[] = [];
  const edges: Subgraph["edges"] = [];
  for (let i = 1; i < n; i++)
    for (let k = 0; k < Math.min(2, i); k++) {
      const j =
        ends.length && random() < 0.8 ? (ends[Math.floor(random() * ends.length)] as number) : Math.floor(random() * i);
      if (j === i) continue;
      edges.push({
        id: `MET_WITH:p${j}:p${i}:${k}`,
        source: `p${j}`,
        target: `p${i}`,
        type: "MET_WITH",
        weight: 1,
        planned: 0,
        sourceCount: 1,
        firstDate: null,
        lastDate: null,
      });
      ends.push(i, j);
    }
  return { nodes, edges, truncated: false };
}

// The columns a subgraph travels to a layout worker in give back the same subgraph, field for field.
import { describe, expect, it } from "vitest";
import type { Subgraph } from "../../src/domain/graph.js";
import { packSubgraph, unpackSubgraph } from "../../src/layout/packed-subgraph.js";
import { scaleFree } from "../support/scale-free.js";

describe("packSubgraph", () => {
  it("gives back the same nodes and edges after a structured clone, dates, counts and inferred ends kept", () => {
    const graph = scaleFree(60);
    const subgraph: Subgraph = {
      ...graph,
      truncated: true,
      edges: graph.edges.map((e, i) =>
        i % 3 === 0
          ? { ...e, weight: 4, planned: 1, sourceCount: 2, firstDate: "2024-01-02", lastDate: "2024-05-06" }
          : i % 3 === 1
            ? { ...e, type: "SPOKE_WITH", resolvedBy: "post" }
            : e,
      ),
    };
    const back = unpackSubgraph(structuredClone(packSubgraph(subgraph)));
    expect(back).toStrictEqual(subgraph);
    // An edge not inferred has no resolvedBy at all, as the stores write it.
    expect(Object.hasOwn(back.edges[2] as object, "resolvedBy")).toBe(false);
  });
});

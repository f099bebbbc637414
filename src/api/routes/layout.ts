// Layouts and exports: ForceAtlas2 positions, communities and sizes for a network, as JSON for the web
// client or as GEXF/GraphML files for Gephi, with the same filters.
import { z } from "zod";
import type { LayoutResult } from "../../layout/compute-layout.js";
import { toGexf, toGraphml } from "../../layout/export-graph.js";
import { LayoutCache } from "../../layout/layout-cache.js";
import { ForceAtlas2Overrides, LAYOUT_DEFAULTS } from "../../layout/layout-options.js";
import type { LayoutQuery, LayoutService } from "../../layout/layout-service.js";
import { RawBody, route } from "../route.js";
import { dateRange, Flag, Id, networkFilters, rangeQuerySchema } from "../schemas.js";

const number = z.coerce.number({ error: "must be a number" });
const overrides = {
  linLogMode: Flag.optional(),
  outboundAttractionDistribution: Flag.optional(),
  adjustSizes: Flag.optional(),
  strongGravityMode: Flag.optional(),
  barnesHutOptimize: Flag.optional(),
  edgeWeightInfluence: number.pipe(ForceAtlas2Overrides.shape.edgeWeightInfluence.unwrap()),
  scalingRatio: number.pipe(ForceAtlas2Overrides.shape.scalingRatio.unwrap()),
  gravity: number.pipe(ForceAtlas2Overrides.shape.gravity.unwrap()),
  slowDown: number.pipe(ForceAtlas2Overrides.shape.slowDown.unwrap()),
  barnesHutTheta: number.pipe(ForceAtlas2Overrides.shape.barnesHutTheta.unwrap()),
};
const optional = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, v.optional()])) as {
  [K in keyof typeof overrides]: z.ZodOptional<(typeof overrides)[K]>;
};

const LayoutParams = rangeQuerySchema({
  center: Id.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  ...networkFilters,
  /** Default: 300 around a center, the 2,000 most connected without one. */
  limit: z.coerce.number().int().min(1).max(20_000).optional(),
  iterations: z.coerce.number().int().min(1).max(1000).default(LAYOUT_DEFAULTS.iterations),
  noverlap: Flag.optional(),
  sizeBy: z.enum(["degree", "pagerank"]).default(LAYOUT_DEFAULTS.sizeBy),
  /**
   * "rows": edges as [source index, target index, type index, weight, planned, inferred (1 or 0)], a
   * tenth of the size.
   */
  edges: z.enum(["objects", "rows"]).default("objects"),
  /**
   * For large pictures: lay out and answer only each node's this many strongest edges (by weight, ties by
   * id), with every edge of weight 2 or more when those are no more than the rest; every node stays, and
   * meta.backbone says how many edges of how many were kept. Exports ignore it and carry every edge.
   */
  strongest: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .meta({
      description:
        "lay out and answer only each node's K strongest edges (by weight, ties by id), with every edge of " +
        "weight 2 or more while those are no more than the rest; every node stays; meta.backbone says how many " +
        "edges of how many were kept; the exports ignore it",
    }),
  ...dateRange,
  ...optional,
});

type Params = z.output<typeof LayoutParams>;

function toQuery(p: Params): LayoutQuery {
  const settings = Object.fromEntries(
    Object.keys(overrides).flatMap((k) => (p[k as keyof Params] === undefined ? [] : [[k, p[k as keyof Params]]])),
  );
  return {
    center: p.center,
    depth: p.depth,
    from: p.from,
    to: p.to,
    includeUndated: p.includeUndated,
    kinds: p.kinds,
    statuses: p.statuses,
    minReports: p.minReports,
    country: p.country,
    organization: p.organization,
    limit: p.limit ?? (p.center ? 300 : 2000),
    strongest: p.strongest,
    options: { iterations: p.iterations, settings, noverlap: p.noverlap ?? false, sizeBy: p.sizeBy },
  };
}

const LayoutResponse = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      type: z.string(),
      x: z.number(),
      y: z.number(),
      size: z.number(),
      community: z.number().int(),
    }),
  ),
  edges: z.union([
    z.array(
      z.object({
        id: z.string(),
        source: z.string(),
        target: z.string(),
        type: z.string(),
        weight: z.number(),
        planned: z.number().int(),
        /** "post" when every event of the edge has a participant the store resolved from an office. */
        resolvedBy: z.literal("post").optional(),
      }),
    ),
    z.array(
      z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number(), z.number().int(), z.number().int()]),
    ),
  ]),
  /** With edges=rows: the edge types the rows' type index points into. */
  edgeTypes: z.array(z.string()).optional(),
  meta: z.object({
    iterations: z.number().int(),
    settings: z.record(z.string(), z.unknown()),
    durationMs: z.number(),
    cached: z.boolean(),
    truncated: z.boolean(),
    /** With strongest: the backbone laid out and answered, `kept` edges of the picture's `of`. */
    backbone: z
      .object({ strongest: z.number().int(), repeated: z.boolean(), kept: z.number().int(), of: z.number().int() })
      .optional()
      .meta({ description: "with strongest: the backbone laid out and answered, `kept` edges of the picture's `of`" }),
  }),
});

export const layoutRoutes = (layouts: LayoutService) => [
  route({
    method: "get",
    path: "/layout",
    tag: "layout",
    summary: "ForceAtlas2 positions, Louvain communities and sizes for an ego network or the most connected persons",
    query: LayoutParams,
    response: LayoutResponse,
    async handle({ query }, req) {
      const body = await layouts.layout(toQuery(query), query.edges === "rows" ? "rows" : "plain");
      // A cached layout is kept gzipped: sent as it is to clients that take gzip (browsers do).
      if (body.gzipped && req.acceptsEncodings("gzip"))
        return new RawBody(
          "application/json",
          Buffer.from(body.gzipped.buffer, body.gzipped.byteOffset, body.gzipped.byteLength),
          { gzipped: true },
        );
      return new RawBody("application/json", body.text ?? LayoutCache.text(body.gzipped));
    },
  }),
  exportRoute(layouts, "gexf", "GEXF 1.3 (Gephi)", "application/gexf+xml", toGexf),
  exportRoute(layouts, "graphml", "GraphML", "application/graphml+xml", toGraphml),
];

function exportRoute(
  layouts: LayoutService,
  format: string,
  what: string,
  contentType: string,
  write: (layout: LayoutResult) => string,
) {
  return route({
    method: "get",
    path: `/export.${format}`,
    tag: "layout",
    summary: `The same network and layout as ${what}`,
    query: LayoutParams,
    response: z.string(),
    async handle({ query }) {
      // A file for Gephi keeps every edge: a backbone is the page's way to draw a large picture.
      const layout = JSON.parse(await layouts.layoutText({ ...toQuery(query), strongest: undefined })) as LayoutResult;
      return new RawBody(contentType, write(layout), { filename: `diplograph.${format}` });
    },
  });
}

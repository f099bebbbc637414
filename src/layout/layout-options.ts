// Layout options, validated once at the edge: iterations, ForceAtlas2 settings that override the inferred
// ones, an optional noverlap pass and what node size stands for.
import { z } from "zod";

export const ForceAtlas2Overrides = z.strictObject({
  linLogMode: z.boolean().optional(),
  outboundAttractionDistribution: z.boolean().optional(),
  adjustSizes: z.boolean().optional(),
  edgeWeightInfluence: z.number().min(0).max(10).optional(),
  scalingRatio: z.number().gt(0).max(1000).optional(),
  strongGravityMode: z.boolean().optional(),
  gravity: z.number().min(0).max(1000).optional(),
  slowDown: z.number().gt(0).max(1000).optional(),
  barnesHutOptimize: z.boolean().optional(),
  barnesHutTheta: z.number().gt(0).max(10).optional(),
});
export type ForceAtlas2Overrides = z.infer<typeof ForceAtlas2Overrides>;

export const LayoutOptions = z.strictObject({
  iterations: z.number().int().min(1).max(1000),
  settings: ForceAtlas2Overrides,
  noverlap: z.boolean(),
  sizeBy: z.enum(["degree", "pagerank"]),
});
export type LayoutOptions = z.infer<typeof LayoutOptions>;

export const LAYOUT_DEFAULTS: LayoutOptions = { iterations: 100, settings: {}, noverlap: false, sizeBy: "degree" };

// Network pictures and chains of meetings, plus counts.
import { z } from "zod";
import { MeetingPath, Stats, Subgraph } from "../../domain/graph.js";
import type { GraphStore } from "../../store/graph-store.js";
import { NotFoundError } from "../errors.js";
import { route } from "../route.js";
import { dateRange, Id, limit, networkFilters, pageOf, querySchema, rangeQuerySchema } from "../schemas.js";

export const networkRoutes = (store: GraphStore) => [
  route({
    method: "get",
    path: "/graph",
    tag: "network",
    summary: "A subgraph for drawing: the ego network of center to depth 1-3, or the most connected persons",
    query: rangeQuerySchema({
      center: Id.optional(),
      depth: z.coerce.number().int().min(1).max(3).default(1),
      ...networkFilters,
      limit: limit(5000, 300),
      ...dateRange,
    }),
    response: Subgraph,
    async handle({ query }) {
      const { center, depth, ...filter } = query;
      if (!center) return store.topPersons(filter);
      const picture = await store.egoNetwork(center, depth, filter);
      if (!picture.nodes.length) throw new NotFoundError("person", center);
      return picture;
    },
  }),
  route({
    method: "get",
    path: "/paths",
    tag: "network",
    summary: "The shortest chains of meetings between two persons",
    query: querySchema({ from: Id, to: Id, maxHops: z.coerce.number().int().min(1).max(6).default(4) }),
    response: pageOf(MeetingPath),
    async handle({ query }) {
      const items = await store.shortestPaths(query.from, query.to, query.maxHops);
      if (!items) throw new NotFoundError("person", `${query.from} or ${query.to}`);
      return { items, nextCursor: null };
    },
  }),
  route({
    method: "get",
    path: "/stats",
    tag: "network",
    summary: "Counts of everything in the graph, and the store version",
    query: querySchema({}),
    response: Stats.extend({ version: z.string(), store: z.string() }),
    async handle() {
      return { ...(await store.stats()), version: await store.version(), store: store.kind };
    },
  }),
];

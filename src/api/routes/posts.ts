// Posts: search by office, country and organisation, and who held a post when.
import { z } from "zod";
import { PostHolder, PostSummary } from "../../domain/graph.js";
import type { GraphStore } from "../../store/graph-store.js";
import { encodeCursor } from "../cursor.js";
import { NotFoundError } from "../errors.js";
import { Office, PostCountry } from "../post-params.js";
import { route } from "../route.js";
import { IdParams, pageOf, paging, querySchema } from "../schemas.js";

export const postRoutes = (store: GraphStore) => [
  route({
    method: "get",
    path: "/posts",
    tag: "posts",
    summary: "Search posts by office, country and organisation (name contains, any case), with their holder counts",
    query: querySchema({
      office: Office.optional(),
      country: PostCountry.optional(),
      organization: z.string().min(1).max(200).optional(),
      ...paging,
    }),
    response: pageOf(PostSummary),
    async handle({ query }) {
      const page = await store.searchPosts({
        office: query.office,
        country: query.country,
        organization: query.organization,
        limit: query.limit,
        offset: query.cursor ?? 0,
      });
      return { items: page.items, nextCursor: encodeCursor(page.nextOffset) };
    },
  }),
  route({
    method: "get",
    path: "/posts/:id/holders",
    tag: "posts",
    summary: "Who held a post, earliest first: first and last dates the reports give, and the reports",
    params: IdParams,
    query: querySchema({}),
    response: pageOf(PostHolder),
    async handle({ params }) {
      const items = await store.postHolders(params.id);
      if (!items) throw new NotFoundError("post", params.id);
      return { items, nextCursor: null };
    },
  }),
];

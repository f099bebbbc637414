// Posts: search by office, country and organisation, and who held a post when.
import { z } from "zod";
import { PostHolder, PostSummary } from "../../domain/graph.js";
import { canonicalOffice, countryCode } from "../../extract/posts.js";
import type { GraphStore } from "../../store/graph-store.js";
import { encodeCursor } from "../cursor.js";
import { NotFoundError } from "../errors.js";
import { route } from "../route.js";
import { IdParams, pageOf, paging, querySchema } from "../schemas.js";

/** An office as written ("FM", "Minister of Foreign Affairs") is searched as the office it names. */
const Office = z
  .string()
  .min(1)
  .max(100)
  .transform((v) => canonicalOffice(v) ?? v.trim().toLowerCase())
  .meta({ description: 'an office, as the normalised name ("foreign minister") or a synonym ("FM")' });

const Country = z
  .string()
  .min(1)
  .max(60)
  .transform((v, ctx) => {
    const code = countryCode(v);
    if (!code) ctx.addIssue({ code: "custom", message: "is not a country (an ISO code, a name or a demonym)" });
    return code ?? "";
  })
  .meta({ description: 'a country: ISO 3166-1 alpha-2 code ("IR"), name ("Iran") or demonym ("Iranian")' });

export const postRoutes = (store: GraphStore) => [
  route({
    method: "get",
    path: "/posts",
    tag: "posts",
    summary: "Search posts by office, country and organisation (name contains, any case), with their holder counts",
    query: querySchema({
      office: Office.optional(),
      country: Country.optional(),
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

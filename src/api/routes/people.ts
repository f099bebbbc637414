// Persons: search, one person, and who met them.
import { z } from "zod";
import { Counterpart, PersonDetail, PersonSummary } from "../../domain/graph.js";
import type { GraphStore } from "../../store/graph-store.js";
import { encodeCursor } from "../cursor.js";
import { NotFoundError } from "../errors.js";
import { route } from "../route.js";
import { dateRange, IdParams, pageOf, paging, querySchema, rangeQuerySchema } from "../schemas.js";

export const peopleRoutes = (store: GraphStore) => [
  route({
    method: "get",
    path: "/people",
    tag: "people",
    summary: "Search persons by name or alias (case, accents, punctuation and spaces ignored), most met first",
    query: querySchema({ q: z.string().max(200).default(""), ...paging }),
    response: pageOf(PersonSummary),
    async handle({ query }) {
      const page = await store.searchPersons(query.q, { limit: query.limit, offset: query.cursor ?? 0 });
      return { items: page.items, nextCursor: encodeCursor(page.nextOffset) };
    },
  }),
  route({
    method: "get",
    path: "/people/:id",
    tag: "people",
    summary: "One person with titles, affiliations, the posts they held (first and last dates) and counts",
    params: IdParams,
    query: querySchema({}),
    response: PersonDetail,
    async handle({ params }) {
      const person = await store.person(params.id);
      if (!person) throw new NotFoundError("person", params.id);
      return person;
    },
  }),
  route({
    method: "get",
    path: "/people/:id/counterparts",
    tag: "people",
    summary: "Who met this person: number of meetings, first and last dates, event ids",
    params: IdParams,
    query: rangeQuerySchema(dateRange),
    response: pageOf(Counterpart),
    async handle({ params, query }) {
      const items = await store.counterparts(params.id, query);
      if (!items) throw new NotFoundError("person", params.id);
      return { items, nextCursor: null };
    },
  }),
];

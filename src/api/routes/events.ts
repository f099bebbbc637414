// Meetings, visits and a person's timeline.

import { z } from "zod";
import { EventStatus } from "../../domain/extraction.js";
import { EventView, VisitView } from "../../domain/graph.js";
import type { GraphStore } from "../../store/graph-store.js";
import { encodeCursor } from "../cursor.js";
import { NotFoundError } from "../errors.js";
import { Office, officeNeedsOwner, PostCountry, postOf } from "../post-params.js";
import { route } from "../route.js";
import { Country, dateRange, Id, networkFilters, pageOf, paging, rangeQuerySchema } from "../schemas.js";

export const eventRoutes = (store: GraphStore) => [
  route({
    method: "get",
    path: "/meetings",
    tag: "events",
    summary:
      "Meetings with participants and roles, place, date, corroboration, sources and evidence sentences; " +
      "office with officeCountry or officeOrganization (or post, a post id) keeps the meetings of whoever held the post then",
    query: rangeQuerySchema({
      person: Id.optional(),
      with: Id.optional(),
      // An id or a name, as the network filters take it: the page's CSV follows its graph.
      organization: networkFilters.organization,
      country: Country.optional(),
      location: Id.optional(),
      status: EventStatus.optional(),
      post: Id.optional(),
      office: Office.optional(),
      officeCountry: PostCountry.optional(),
      officeOrganization: z.string().min(1).max(200).optional(),
      ...dateRange,
      ...paging,
    }).superRefine(officeNeedsOwner),
    response: pageOf(EventView),
    async handle({ query }) {
      const { cursor, office, officeCountry, officeOrganization, post, ...filter } = query;
      const held = post ?? postOf({ office, officeCountry, officeOrganization }) ?? undefined;
      const page = await store.meetings({ ...filter, post: held, offset: cursor ?? 0 });
      return { items: page.items, nextCursor: encodeCursor(page.nextOffset) };
    },
  }),
  route({
    method: "get",
    path: "/visits",
    tag: "events",
    summary: "Visits of persons to places",
    query: rangeQuerySchema({
      person: Id.optional(),
      location: Id.optional(),
      country: Country.optional(),
      ...dateRange,
      ...paging,
    }),
    response: pageOf(VisitView),
    async handle({ query }) {
      const { cursor, ...filter } = query;
      const page = await store.visits({ ...filter, offset: cursor ?? 0 });
      return { items: page.items, nextCursor: encodeCursor(page.nextOffset) };
    },
  }),
  route({
    method: "get",
    path: "/timeline",
    tag: "events",
    summary:
      "Everything a person took part in (meetings, visits, calls), oldest first; organization (an id or a name) " +
      "keeps the events with a participant affiliated with it, as the network filters do",
    query: rangeQuerySchema({ person: Id, organization: networkFilters.organization, ...dateRange }),
    response: pageOf(EventView),
    async handle({ query }) {
      const { person, ...filter } = query;
      const items = await store.timeline(person, filter);
      if (!items) throw new NotFoundError("person", person);
      return { items, nextCursor: null };
    },
  }),
];

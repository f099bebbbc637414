// What the persons of a network picture did, over time and in space: the web page's timeline strip and
// map. Both take /graph's parameters, draw the same picture to find its persons, then count their events.
import { z } from "zod";
import { EventKind, IsoDate, LocationKind } from "../../domain/extraction.js";
import { countryCentre, countryCodeOf } from "../../extract/country-lookup.js";
import type { ActivityFilter, GraphStore, PlaceCount } from "../../store/graph-store.js";
import { NotFoundError } from "../errors.js";
import { route } from "../route.js";
import { Id, limit, networkFilters, rangeQuerySchema } from "../schemas.js";

const EVENT_KIND = { MET_WITH: "meeting", SPOKE_WITH: "call", VISITED: "visit" } as const;

const SelectionQuery = rangeQuerySchema({
  center: Id.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  ...networkFilters,
  limit: limit(5000, 300),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

const DayCountView = z.object({ date: IsoDate, kind: EventKind, events: z.number().int() });

const PlaceCountView = z.object({
  id: z.string(),
  name: z.string(),
  kind: LocationKind,
  countryCode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  meetings: z.number().int(),
  calls: z.number().int(),
  visits: z.number().int(),
  /** Visits here by the visitor's country; the code and point are null when the country is not recognised. */
  visitors: z.array(
    z.object({
      country: z.string(),
      countryCode: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      visits: z.number().int(),
    }),
  ),
});

/** A visitor country as the store keeps it (a name, usually), with its code and point for the map's arcs. */
function placedVisitors(place: PlaceCount): z.output<typeof PlaceCountView>["visitors"] {
  return place.visitors.map((v) => {
    const code = countryCodeOf(v.country);
    const at = code ? countryCentre(code) : null;
    return { ...v, countryCode: code, lat: at?.lat ?? null, lon: at?.lon ?? null };
  });
}

/** The persons the picture draws, and the events filter for them (every kind unless `kinds` narrows it). */
async function selection(store: GraphStore, query: z.output<typeof SelectionQuery>) {
  const { center, depth, kinds = ["MET_WITH", "SPOKE_WITH", "VISITED"], ...rest } = query;
  const filter = { ...rest, kinds, nodesOnly: true };
  const picture = center ? await store.egoNetwork(center, depth, filter) : await store.topPersons(filter);
  if (center && !picture.nodes.length) throw new NotFoundError("person", center);
  const persons = picture.nodes.filter((n) => n.type === "Person").map((n) => n.id);
  const events: ActivityFilter = {
    from: rest.from,
    to: rest.to,
    statuses: rest.statuses,
    minReports: rest.minReports,
    country: rest.country,
    organization: rest.organization,
    kinds: kinds.map((k) => EVENT_KIND[k]),
  };
  return { persons, events };
}

export const selectionRoutes = (store: GraphStore) => [
  route({
    method: "get",
    path: "/activity",
    tag: "network",
    summary:
      "Dated events per day and kind (meeting, call, visit) of the persons a /graph picture with the same " +
      "parameters draws: the timeline strip under the web page's graph",
    query: SelectionQuery,
    response: z.object({ items: z.array(DayCountView) }),
    async handle({ query }) {
      const { persons, events } = await selection(store, query);
      return { items: await store.activity(persons, events) };
    },
  }),
  route({
    method: "get",
    path: "/places",
    tag: "network",
    summary:
      "The places of the same events as /activity, with coordinates (null when unknown), counts of " +
      "meetings, calls and visits, and the visits by visitor country: the web page's map",
    query: SelectionQuery,
    response: z.object({ items: z.array(PlaceCountView) }),
    async handle({ query }) {
      const { persons, events } = await selection(store, query);
      const places = await store.places(persons, events);
      return { items: places.map((p) => ({ ...p, visitors: placedVisitors(p) })) };
    },
  }),
];

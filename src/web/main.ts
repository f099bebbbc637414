// The page: a network of who met whom, a search, filters (dates, depth, kinds, statuses, reports, country,
// organisation), a timeline, a map, a panel for one person, place, edge or event; the view lives in the
// URL (view-state.ts).

import type { DayCount } from "./activity-buckets.js";
import {
  ApiError,
  type Counterpart,
  type EventView,
  getJson,
  type Layout,
  type Page,
  type PersonDetail,
} from "./api.js";
import { renderEvidence } from "./edge-evidence.js";
import { download, meetingsCsv, queryOf } from "./exports.js";
import { communityColour, type EdgeChoice, GraphView } from "./graph-view.js";
import { renderCommunities, renderEdgeKey } from "./legend.js";
import { renderPanel } from "./person-panel.js";
import { renderPlacePanel, type VisitView } from "./place-panel.js";
import { searchBox } from "./search-box.js";
import { TimelineStrip } from "./timeline-strip.js";
import {
  countryCode,
  EDGE_TYPE,
  KINDS,
  type Kind,
  readView,
  STATUSES,
  type Status,
  sameView,
  type ViewState,
  writeView,
} from "./view-state.js";
import { type PlaceCount, WorldMap } from "./world-map.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $("status");
const panel = $("panel");
const communities = $("legend");
const edgeKey = $("edge-key");
const form = $<HTMLFormElement>("filters");
const fromInput = $<HTMLInputElement>("from");
const toInput = $<HTMLInputElement>("to");
const depthInput = $<HTMLSelectElement>("depth");
const minReportsInput = $<HTMLInputElement>("min-reports");
const countryInput = $<HTMLInputElement>("country");
const organizationInput = $<HTMLInputElement>("organization");
const nodesInput = $<HTMLSelectElement>("nodes");
const boxes = (name: string) => Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`));

let view: ViewState = readView(location.search);
let graph: GraphView;
let strip: TimelineStrip;
let map: WorldMap | null = null;
/** Only the answers to the latest request are shown: a slow old one must not overwrite a newer view. */
let ticket = 0;
/** The same for the panel, which a click on an edge also fills. */
let panelTicket = 0;
/** The timeline's last counts, with the query they answer. */
let activity: { query: string; items: DayCount[] } | null = null;

const showStatus = (text: string, error = false) => {
  status.textContent = text;
  status.classList.toggle("error", error);
};
const fail = (error: unknown) =>
  showStatus(error instanceof ApiError ? error.message : `Something went wrong: ${(error as Error).message}`, true);

const range = (v: ViewState) => ({ from: v.from || undefined, to: v.to || undefined });

function setControls(v: ViewState) {
  fromInput.value = v.from;
  toInput.value = v.to;
  depthInput.value = String(v.depth);
  minReportsInput.value = String(v.minReports);
  countryInput.value = v.country;
  organizationInput.value = v.organization;
  // A count typed into the URL that the list does not offer is added to it, so the control tells the truth.
  if (!Array.from(nodesInput.options).some((o) => o.value === String(v.nodes)))
    nodesInput.add(new Option(String(v.nodes)));
  nodesInput.value = String(v.nodes);
  for (const b of boxes("kind")) b.checked = v.kinds.includes(b.value as Kind);
  for (const b of boxes("status")) b.checked = v.statuses.includes(b.value as Status);
}

function controlsView(): ViewState {
  const checked = <T extends string>(name: string, known: readonly T[]) =>
    known.filter((k) => boxes(name).some((b) => b.checked && b.value === k));
  const minReports = Number(minReportsInput.value);
  return {
    person: view.person,
    from: fromInput.value,
    to: toInput.value,
    depth: Number(depthInput.value),
    kinds: checked("kind", KINDS),
    statuses: checked("status", STATUSES),
    minReports: Number.isInteger(minReports) && minReports >= 1 ? minReports : 1,
    country: countryCode(countryInput.value),
    organization: organizationInput.value.trim(),
    nodes: Number(nodesInput.value) || view.nodes,
    view: view.view,
  };
}

/** The network's parameters shared by the layout and the timeline strip. */
const networkParams = (v: ViewState) => ({
  center: v.person ?? undefined,
  depth: v.person ? String(v.depth) : undefined,
  limit: String(v.nodes),
  kinds: v.kinds.map((k) => EDGE_TYPE[k]).join(","),
  statuses: v.statuses.join(","),
  minReports: v.minReports > 1 ? String(v.minReports) : undefined,
  country: v.country || undefined,
  organization: v.organization || undefined,
});

/** An event's independent reports: sourceCount where the API gives it, else its articles. */
const reportsOf = (e: EventView) => e.sourceCount ?? e.articleCount;

/**
 * ForceAtlas2 passes asked for: the API's 100 up to 1,000 nodes, fewer beyond (35 at 2,000), down to 10 at
 * 5,000. With Barnes-Hut the shape of a large network settles early, and each pass over 5,000 nodes and
 * their 200,000 edges costs the server tens of milliseconds on the way to the first graph.
 */
const layoutPasses = (nodes: number) => (nodes <= 1000 ? 100 : Math.max(10, Math.round(100 * (1000 / nodes) ** 1.5)));

/**
 * Above this many nodes the page asks for each person's STRONGEST links only (the notice over the graph
 * says so, with how many of how many; exports keep every link). Measured on the bench store: 1,000 persons
 * share 56,000 links, 2,000 share 102,000 and 5,000 share 206,000, a hairball that costs seconds to lay
 * out and draw; the 5 strongest of each of 5,000 (with every link of two or more events) are 29,675, so
 * no view draws many more links than the largest full one.
 */
const BACKBONE_ABOVE = 1000;
/**
 * Links kept per person in a large view. Measured at 5,000 persons on the bench store (206,105 links): 5
 * keeps 29,675 with the repeated ones, 10 keeps 50,492, 15 keeps 69,067 before them. A software renderer
 * (headless Chromium on the bench machine) paints every pixel of every line, so the line count sets the
 * time to the first picture: bench:web, 5 runs each in one run on a quiet machine, first graph of 5,000
 * nodes 2.66 s with 5 against 3.54 s with 10. Five main counterparts per person still show the picture's
 * structure; the notice says how many links are left out, and exports keep them all.
 */
const STRONGEST = 5;

/** What the page asks /layout for a view. */
function layoutParams(v: ViewState) {
  const passes = layoutPasses(v.nodes);
  return {
    ...networkParams(v),
    ...range(v),
    iterations: passes === 100 ? undefined : String(passes),
    strongest: v.nodes > BACKBONE_ABOVE ? String(STRONGEST) : undefined,
    edges: "rows",
  };
}

/** Says over the graph when only a backbone is drawn, so no link is left out silently. */
function renderBackboneNote(backbone: Layout["meta"]["backbone"]) {
  const note = $("backbone-note");
  // Nothing to say when every link is drawn (a small picture under a large view's limit).
  note.hidden = !backbone || backbone.kept === backbone.of;
  if (!backbone) return;
  const count = (n: number) => n.toLocaleString("en");
  const repeated = backbone.repeated ? " and every link of two or more events" : "";
  note.textContent =
    `Showing the ${backbone.strongest} strongest links of each person${repeated}: ` +
    `${count(backbone.kept)} of ${count(backbone.of)} links. Exports keep every link.`;
}

/**
 * The first view's layout, asked for before the renderer is made, so the server's work overlaps the
 * browser's WebGL set-up (measured: the request leaves about 0.1 s earlier; the server then needs seconds).
 */
let early: { query: string; answer: Promise<Layout> } | null = {
  query: queryOf(layoutParams(view)),
  answer: getJson<Layout>("/layout", layoutParams(view)),
};
// Taken by the first loadGraph, which reports a failure: not an unhandled rejection meanwhile.
early.answer.catch(() => undefined);

/** The early answer when it was asked for this view, else a new request. */
function fetchLayout(v: ViewState): Promise<Layout> {
  const params = layoutParams(v);
  const taken = early;
  early = null;
  return taken?.query === queryOf(params) ? taken.answer : getJson<Layout>("/layout", params);
}

async function loadGraph(v: ViewState, mine: number) {
  showStatus("Loading the network…");
  try {
    const layout = await fetchLayout(v);
    if (mine !== ticket) return;
    graph.show(layout, v.person);
    renderBackboneNote(layout.meta.backbone);
    renderNodeList(layout);
    renderCommunities(communities, graph.communities(), communityColour);
    showStatus(layout.nodes.length ? "" : "Nothing matches these filters in this date range.");
  } catch (error) {
    if (mine === ticket) fail(error);
  }
}

/** The strip covers all dates of the selection (so a wider span can be brushed) and marks the current one. */
async function loadTimeline(v: ViewState, mine: number) {
  try {
    // The counts do not depend on the span: a brush or a date typed only moves the mark, so no request.
    const query = queryOf(networkParams(v));
    const items =
      activity?.query === query
        ? activity.items
        : (await getJson<{ items: DayCount[] }>("/activity", networkParams(v))).items;
    activity = { query, items };
    if (mine !== ticket) return;
    strip.show(items, v.from, v.to);
    $("timeline-unit").textContent = $("timeline").dataset.unit || "period";
  } catch (error) {
    if (mine === ticket) fail(error);
  }
}

/** The map is drawn on first use: the country paths are projected only for those who open it. */
async function loadMap(v: ViewState, mine: number) {
  try {
    const { items } = await getJson<{ items: PlaceCount[] }>("/places", { ...networkParams(v), ...range(v) });
    if (mine !== ticket) return;
    map ??= new WorldMap($("map-drawing"), $("unplaced"), (place) => void showPlace(place));
    map.show(items);
  } catch (error) {
    if (mine === ticket) fail(error);
  }
}

/** What happened at one place in the current span, in the panel. */
async function showPlace(place: PlaceCount) {
  const v = view;
  const mine = ++panelTicket;
  try {
    const onlyStatus = v.statuses.length === 1 ? v.statuses[0] : undefined;
    const [meetings, visits] = await Promise.all([
      getJson<Page<EventView>>("/meetings", { location: place.id, status: onlyStatus, limit: "100", ...range(v) }),
      getJson<Page<VisitView>>("/visits", { location: place.id, limit: "100", ...range(v) }),
    ]);
    if (mine !== panelTicket) return;
    const shownVisits = visits.items.filter((x) => v.statuses.includes(x.status as Status));
    renderPlacePanel(
      panel,
      place,
      meetings.items,
      shownVisits,
      showEvent,
      (visit) => void showVisit(visit),
      closePanel,
    );
  } catch (error) {
    fail(error);
  }
}

async function loadPanel(id: string, v: ViewState, mine: number) {
  const mineInPanel = ++panelTicket;
  try {
    const onlyStatus = v.statuses.length === 1 ? v.statuses[0] : undefined;
    const [person, counterparts, meetings] = await Promise.all([
      getJson<PersonDetail>(`/people/${encodeURIComponent(id)}`),
      getJson<Page<Counterpart>>(`/people/${encodeURIComponent(id)}/counterparts`, range(v)),
      getJson<Page<EventView>>("/meetings", { person: id, limit: "50", status: onlyStatus, ...range(v) }),
    ]);
    if (mine !== ticket || mineInPanel !== panelTicket) return;
    renderPanel(
      panel,
      person,
      counterparts.items,
      meetings.items,
      (other) => void select(other),
      showEvent,
      closePanel,
    );
  } catch (error) {
    if (mine === ticket) fail(error);
  }
}

const EVENT_TITLE = { meeting: "Meeting", call: "Call", visit: "Visit" } as const;

/** One event's evidence in the panel: its sentences with the names marked, and its sources. */
function showEvent(event: EventView) {
  panelTicket++;
  const who = event.participants.map((p) => p.name).join(", ");
  const where = event.location ? ` in ${event.location.name}` : "";
  renderEvidence(panel, `${EVENT_TITLE[event.kind]}${where}, ${event.date ?? "undated"}: ${who}`, [event], closePanel);
}

/** A visit's event, found in its visitor's timeline on its day. */
async function showVisit(visit: VisitView) {
  const mine = ++panelTicket;
  try {
    const day = visit.date ?? undefined;
    const { items } = await getJson<Page<EventView>>("/timeline", { person: visit.person.id, from: day, to: day });
    const event = items.find((e) => e.id === visit.eventId);
    if (mine !== panelTicket) return;
    if (event) showEvent(event);
    else showStatus("The reports of this visit are no longer in the store.", true);
  } catch (error) {
    fail(error);
  }
}

const closePanel = () => {
  panel.hidden = true;
};

/** Shows a view; "push" records it in the history (a new step for back), "none" when history moved. */
async function show(next: ViewState, history: "push" | "replace" | "none") {
  const url = `${location.pathname}${writeView(next)}`;
  if (history === "push" && !sameView(next, view)) window.history.pushState(null, "", url);
  if (history === "replace") window.history.replaceState(null, "", url);
  view = next;
  setControls(next);
  setExportLinks(next);
  setPane(next.view);
  renderEdgeKey(edgeKey, next);
  const mine = ++ticket;
  if (!next.person) closePanel();
  // The graph is asked for first and alone: the timeline and map share the server's thread, and the
  // graph is what the page is opened for.
  const panelLoaded = next.person ? loadPanel(next.person, next, mine) : undefined;
  await loadGraph(next, mine);
  if (mine !== ticket) return;
  await Promise.all([loadTimeline(next, mine), next.view === "map" ? loadMap(next, mine) : undefined, panelLoaded]);
}

/** Every person drawn, by name, as buttons that open them: the network reached without a pointer. */
function renderNodeList(layout: Layout) {
  const persons = layout.nodes.filter((n) => n.type === "Person").sort((a, b) => a.label.localeCompare(b.label));
  $("node-list").querySelector("summary")?.replaceChildren(`Persons in the graph (${persons.length})`);
  $("node-items").replaceChildren(
    ...persons.map((n) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = n.label;
      button.addEventListener("click", () => void select(n.id));
      li.append(button);
      return li;
    }),
  );
}

function setExportLinks(v: ViewState) {
  const query = queryOf({ ...networkParams(v), ...range(v) });
  $<HTMLAnchorElement>("export-gexf").href = `/export.gexf?${query}`;
  $<HTMLAnchorElement>("export-graphml").href = `/export.graphml?${query}`;
}

/** The view's meetings: those between two persons drawn, of the person when there is one, as filtered. */
async function exportMeetings() {
  const v = view;
  const drawnIds = new Set(graph.graph.nodes());
  const onlyStatus = v.statuses.length === 1 ? v.statuses[0] : undefined;
  const all: EventView[] = [];
  let cursor: string | undefined;
  do {
    const page = await getJson<Page<EventView>>("/meetings", {
      person: v.person ?? undefined,
      status: onlyStatus,
      organization: v.organization || undefined,
      limit: "500",
      cursor,
      ...range(v),
    });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < 20_000);
  const shown = all.filter(
    (m) =>
      reportsOf(m) >= v.minReports &&
      (!v.country || m.location?.countryCode === v.country) &&
      m.participants.filter((p) => drawnIds.has(p.id)).length >= 2,
  );
  download("diplograph-meetings.csv", new Blob([meetingsCsv(shown)], { type: "text/csv" }));
}

function setPane(pane: ViewState["view"]) {
  $("map").hidden = pane !== "map";
  $("map").closest<HTMLElement>(".stage")?.setAttribute("data-view", pane);
  $("show-network").setAttribute("aria-pressed", String(pane === "network"));
  $("show-map").setAttribute("aria-pressed", String(pane === "map"));
}

const select = (id: string) => show({ ...view, person: id }, "push");

const EVENT_KIND = { MET_WITH: "meeting", SPOKE_WITH: "call", VISITED: "visit" } as const;

/** The events behind one edge, as filtered on the page, in the panel. */
async function showEdge(edge: EdgeChoice) {
  // Told from the chosen person's side when the edge touches them; a visit from its visitor's side.
  const sourceFirst = edge.source === view.person || (edge.target !== view.person && graph.isPerson(edge.source));
  const [person, other] = sourceFirst ? [edge.source, edge.target] : [edge.target, edge.source];
  const v = view;
  const mine = ++panelTicket;
  try {
    const { items } = await getJson<Page<EventView>>("/timeline", {
      person,
      organization: v.organization || undefined,
      ...range(v),
    });
    if (mine !== panelTicket) return;
    const events = items.filter(
      (e) =>
        e.kind === EVENT_KIND[edge.kind] &&
        v.statuses.includes(e.status) &&
        reportsOf(e) >= v.minReports &&
        (!v.country || e.location?.countryCode === v.country) &&
        (e.kind === "visit" ? e.location?.id === other : e.participants.some((p) => p.id === other)),
    );
    const name = (id: string) => graph.graph.getNodeAttribute(id, "label");
    renderEvidence(panel, `${name(person)} — ${name(other)}`, events, closePanel);
  } catch (error) {
    fail(error);
  }
}

async function start() {
  // One turn of the event loop first, so the early layout request leaves before the renderer is made.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    graph = new GraphView(
      $("graph"),
      (id) => void select(id),
      (edge) => void showEdge(edge),
    );
  } catch (error) {
    showStatus(`This browser cannot draw the network (WebGL is needed): ${(error as Error).message}`, true);
    return;
  }
  strip = new TimelineStrip($("timeline"), (from, to) => void show({ ...view, from, to }, "push"));
  $("export-png").addEventListener("click", (e) => {
    e.preventDefault();
    graph.png().then((png) => download("diplograph.png", png), fail);
  });
  $("export-csv").addEventListener("click", (e) => {
    e.preventDefault();
    exportMeetings().catch(fail);
  });
  $("show-network").addEventListener("click", () => void show({ ...view, view: "network" }, "push"));
  $("show-map").addEventListener("click", () => void show({ ...view, view: "map" }, "push"));
  $("timeline-clear").addEventListener("click", () => void show({ ...view, from: "", to: "" }, "push"));
  searchBox($<HTMLInputElement>("search-input"), $("search-suggestions"), (p) => void select(p.id), fail);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void show(controlsView(), "push");
  });
  // Kinds, statuses, depth and reports apply at once; dates wait for Apply (typing one is several steps).
  form.addEventListener("change", (e) => {
    const target = e.target as HTMLInputElement;
    if (target === fromInput || target === toInput) return;
    const next = controlsView();
    if (!next.kinds.length || !next.statuses.length) {
      target.checked = true; // an empty choice would show nothing at all
      showStatus("Keep at least one kind and one status.");
      return;
    }
    void show(next, "push");
  });
  window.addEventListener("popstate", () => void show(readView(location.search), "none"));
  // For tests and curious users: the drawn graph, where the renderer put its nodes, and the view.
  (window as unknown as { diplograph: unknown }).diplograph = {
    // A getter: each layout is drawn from a new graph.
    get graph() {
      return graph.graph;
    },
    nodesOnScreen: () => graph.nodesOnScreen(),
    shows: () => graph.shows,
    view: () => view,
    arcs: () => map?.drawnArcs ?? [],
  };
  void show(view, "replace");
}

void start();

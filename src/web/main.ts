// The page: a network of who met whom, a search, a date range and depth, and a panel for one person.
import { ApiError, type Counterpart, getJson, type Layout, type Meeting, type Page, type PersonDetail } from "./api.js";
import { communityColour, GraphView } from "./graph-view.js";
import { renderPanel } from "./person-panel.js";
import { searchBox } from "./search-box.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $("status");
const panel = $("panel");
const legend = $("legend");
const fromInput = $<HTMLInputElement>("from");
const toInput = $<HTMLInputElement>("to");
const depthInput = $<HTMLSelectElement>("depth");

let center: string | null = null;
let view: GraphView;

const showStatus = (text: string, error = false) => {
  status.textContent = text;
  status.classList.toggle("error", error);
};
const fail = (error: unknown) =>
  showStatus(error instanceof ApiError ? error.message : `Something went wrong: ${(error as Error).message}`, true);

const range = () => ({ from: fromInput.value || undefined, to: toInput.value || undefined });

function renderLegend() {
  legend.replaceChildren(
    ...view
      .communities()
      .slice(0, 8)
      .map((c) => {
        const li = document.createElement("li");
        const swatch = document.createElement("span");
        swatch.className = "swatch";
        swatch.style.background = communityColour(c.community);
        li.append(swatch, `${c.example} and ${c.size - 1} more`);
        return li;
      }),
  );
}

async function loadGraph() {
  showStatus("Loading the network…");
  try {
    const layout = await getJson<Layout>("/layout", {
      center: center ?? undefined,
      depth: center ? depthInput.value : undefined,
      limit: "300",
      ...range(),
    });
    view.show(layout, center);
    renderLegend();
    showStatus(layout.nodes.length ? "" : "No meetings in this date range.");
  } catch (error) {
    fail(error);
  }
}

async function loadPanel(id: string) {
  try {
    const [person, counterparts, meetings] = await Promise.all([
      getJson<PersonDetail>(`/people/${encodeURIComponent(id)}`),
      getJson<Page<Counterpart>>(`/people/${encodeURIComponent(id)}/counterparts`, range()),
      getJson<Page<Meeting>>("/meetings", { person: id, limit: "50", ...range() }),
    ]);
    renderPanel(panel, person, counterparts.items, meetings.items, select, () => {
      panel.hidden = true;
    });
  } catch (error) {
    fail(error);
  }
}

async function select(id: string) {
  center = id;
  await Promise.all([loadGraph(), loadPanel(id)]);
}

function start() {
  try {
    view = new GraphView($("graph"), (id) => void select(id));
  } catch (error) {
    showStatus(`This browser cannot draw the network (WebGL is needed): ${(error as Error).message}`, true);
    return;
  }
  searchBox($<HTMLInputElement>("search-input"), $("search-suggestions"), (p) => void select(p.id), fail);
  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    void (center ? select(center) : loadGraph());
  });
  // For tests and curious users: the drawn graph, and where the renderer put its nodes.
  (window as unknown as { diplograph: unknown }).diplograph = {
    graph: view.graph,
    nodesOnScreen: () => view.nodesOnScreen(),
  };
  void loadGraph();
}

start();

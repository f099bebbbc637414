// The panel for one place on the map: the meetings held there (with their sentences, names marked, and
// sources) and the visits made to it, in the current span.
import type { EventView } from "./api.js";
import { markNames, namesToMark } from "./edge-evidence.js";
import { evidenceButton } from "./event-button.js";
import { type PlaceCount, placeSummary } from "./world-map.js";

export interface VisitView {
  eventId: string;
  person: { id: string; name: string };
  date: string | null;
  status: string;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

export function renderPlacePanel(
  panel: HTMLElement,
  place: PlaceCount,
  meetings: EventView[],
  visits: VisitView[],
  onEvent: (event: EventView) => void,
  onVisit: (visit: VisitView) => void,
  onClose: () => void,
) {
  const close = el("button", "Close", "close");
  close.type = "button";
  close.addEventListener("click", onClose);
  const names = namesToMark(meetings);

  const held = el("ul");
  held.id = "place-meetings";
  for (const m of meetings) {
    const li = el("li");
    li.dataset.date = m.date ?? "";
    li.append(el("strong", m.date ?? "Undated"), ` ${m.participants.map((p) => p.name).join(", ")}`);
    if (m.status !== "occurred") li.append(el("span", ` (${m.status})`, "muted"));
    li.append(
      " ",
      evidenceButton(() => onEvent(m)),
    );
    for (const s of m.sources)
      for (const sentence of s.evidence.slice(0, 2)) {
        const quote = el("blockquote");
        quote.append(...markNames(sentence, names));
        li.append(quote);
      }
    held.append(li);
  }
  if (!meetings.length) held.append(el("li", "No meetings here in this span.", "muted"));

  const came = el("ul");
  came.id = "place-visits";
  for (const v of visits) {
    const li = el("li");
    li.dataset.date = v.date ?? "";
    li.append(el("strong", v.date ?? "Undated"), ` ${v.person.name}`);
    if (v.status !== "occurred") li.append(el("span", ` (${v.status})`, "muted"));
    li.append(
      " ",
      evidenceButton(() => onVisit(v)),
    );
    came.append(li);
  }
  if (!visits.length) came.append(el("li", "No visits here in this span.", "muted"));

  panel.replaceChildren(
    close,
    el("h2", place.name),
    el("p", `${placeSummary(place)} for the persons drawn`, "muted"),
    el("h3", "Meetings held here"),
    held,
    el("h3", "Visits"),
    came,
  );
  panel.hidden = false;
}

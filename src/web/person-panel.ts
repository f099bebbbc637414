// The side panel: a person's titles, posts with their dates, and affiliations, who they met (counts and dates) and the meetings
// with the sentences that report them and links to the sources.
import type { Counterpart, EventView, HeldPost, PersonDetail } from "./api.js";
import { evidenceButton } from "./event-button.js";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

const when = (a: string | null, b: string | null) => (a === b ? (a ?? "undated") : `${a ?? "?"} – ${b ?? "?"}`);

/** "foreign minister, IR: 2024-01-10 – 2024-03-05 (2 reports)". */
function postLine(p: HeldPost): string {
  const owner = p.post.organization ?? p.post.country ?? "";
  const basis =
    p.source === "authority" ? "authority file" : `${p.articleCount} report${p.articleCount === 1 ? "" : "s"}`;
  return `${p.post.office}, ${owner}: ${when(p.firstSeen, p.lastSeen)} (${basis})`;
}

export function renderPanel(
  panel: HTMLElement,
  person: PersonDetail,
  counterparts: Counterpart[],
  meetings: EventView[],
  onSelect: (id: string) => void,
  onEvent: (event: EventView) => void,
  onClose: () => void,
) {
  const close = el("button", "Close", "close");
  close.type = "button";
  close.addEventListener("click", onClose);
  const head = [close, el("h2", person.name)];
  if (person.titles.length) head.push(el("p", person.titles.join("; "), "muted"));
  if (person.aliases.length) head.push(el("p", `Also written: ${person.aliases.join(", ")}`, "muted"));

  const posts = el("ul");
  posts.id = "posts";
  for (const p of person.posts ?? []) posts.append(el("li", postLine(p)));

  const affiliations = el("ul");
  for (const a of person.affiliations) affiliations.append(el("li", a.title ? `${a.name} (${a.title})` : a.name));

  const who = el("ul");
  who.id = "counterparts";
  for (const c of counterparts) {
    const li = el("li");
    const link = el("a", c.name);
    link.href = `#${encodeURIComponent(c.id)}`;
    link.addEventListener("click", (e) => {
      e.preventDefault();
      onSelect(c.id);
    });
    li.append(
      link,
      el("span", ` — ${c.meetings} meeting${c.meetings === 1 ? "" : "s"}, ${when(c.firstDate, c.lastDate)}`, "muted"),
    );
    who.append(li);
  }
  if (!counterparts.length) who.append(el("li", "No meetings in this date range.", "muted"));

  const list = el("ul");
  list.id = "meetings";
  for (const m of meetings) {
    const li = el("li");
    li.dataset.date = m.date ?? "";
    // A participant the report names only by office is marked: the store inferred who held it.
    const others = m.participants
      .filter((p) => p.id !== person.id)
      .map((p) => (p.resolvedBy === "post" ? `${p.name} (by post)` : p.name));
    li.append(
      el("strong", `${m.date ?? "Undated"}${m.location ? `, ${m.location.name}` : ""}`),
      el("span", ` with ${others.join(", ")}`),
    );
    if (m.status !== "occurred") li.append(el("span", ` (${m.status})`, "muted"));
    li.append(
      " ",
      evidenceButton(() => onEvent(m)),
    );
    for (const s of m.sources) {
      for (const sentence of s.evidence.slice(0, 2)) li.append(el("blockquote", sentence));
      if (s.url && /^https?:\/\//.test(s.url)) {
        const a = el("a", s.title ?? s.source ?? "Source");
        a.href = s.url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        li.append(a);
      } else if (s.title || s.source) li.append(el("span", s.title ?? s.source ?? "", "muted"));
    }
    list.append(li);
  }
  if (!meetings.length) list.append(el("li", "No meetings in this date range.", "muted"));

  const counts = `${person.counts.meetings} meetings, ${person.counts.visits} visits, ${person.counts.calls} calls in all`;
  panel.replaceChildren(
    ...head,
    el("p", counts, "muted"),
    ...(person.posts?.length ? [el("h3", "Posts"), posts] : []),
    ...(person.affiliations.length ? [el("h3", "Affiliations"), affiliations] : []),
    el("h3", "Met with"),
    who,
    el("h3", "Meetings"),
    list,
  );
  panel.hidden = false;
}

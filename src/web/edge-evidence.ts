// The panel for one edge or one event: every event behind it (date, place, status, how many reports), the sentences
// that report it with the persons' names highlighted, and its sources (outlet, date, link).
import type { EventView } from "./api.js";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The names to highlight: each participant's full name and surname (texts often give only that). */
export function namesToMark(events: EventView[]): string[] {
  const names = new Set<string>();
  for (const e of events)
    for (const p of e.participants) {
      names.add(p.name);
      const last = p.name.split(/\s+/).at(-1);
      if (last && last.length >= 3) names.add(last);
    }
  return [...names].sort((a, b) => b.length - a.length);
}

/** A sentence as text with <mark> around every name of the list (longest names first). */
export function markNames(sentence: string, names: string[]): Node[] {
  if (!names.length) return [document.createTextNode(sentence)];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const out: Node[] = [];
  let at = 0;
  for (const m of sentence.matchAll(pattern)) {
    if (m.index > at) out.push(document.createTextNode(sentence.slice(at, m.index)));
    out.push(el("mark", m[0]));
    at = m.index + m[0].length;
  }
  if (at < sentence.length) out.push(document.createTextNode(sentence.slice(at)));
  return out;
}

const KIND_WORD = { meeting: "meeting", call: "call", visit: "visit" } as const;

/**
 * Why an event is inferred rather than read, or null: a participant the text named only by post (and
 * the store resolved to whoever held it), or the event itself marked so.
 */
export function inferredBecause(e: EventView): string | null {
  const resolved = e.participants.filter((p) => p.resolvedBy);
  if (resolved.length) return `inferred: ${resolved.map((p) => `${p.name} (resolved by ${p.resolvedBy})`).join(", ")}`;
  return e.resolvedBy ? `inferred (resolved by ${e.resolvedBy})` : null;
}

export function renderEvidence(panel: HTMLElement, title: string, events: EventView[], onClose: () => void) {
  const close = el("button", "Close", "close");
  close.type = "button";
  close.addEventListener("click", onClose);
  const names = namesToMark(events);
  const list = el("ul");
  list.id = "evidence";
  for (const e of events) {
    const li = el("li");
    li.dataset.eventId = e.id;
    li.dataset.status = e.status;
    const place = e.location ? `, ${e.location.name}` : "";
    li.append(el("strong", `${e.date ?? "Undated"}${place}`), el("span", ` — ${KIND_WORD[e.kind]}`));
    if (e.status === "planned") li.append(el("span", " (planned)", "muted"));
    const reports = e.sourceCount ?? e.articleCount;
    li.append(el("span", `, ${reports} independent report${reports === 1 ? "" : "s"}`, "muted"));
    const inferred = inferredBecause(e);
    if (inferred) {
      li.dataset.inferred = "true";
      li.append(" ", el("span", inferred, "inferred"));
    }
    for (const s of e.sources) {
      for (const sentence of s.evidence) {
        const quote = el("blockquote");
        quote.append(...markNames(sentence, names));
        li.append(quote);
      }
      const cite = el("p", undefined, "source");
      const outlet = s.source ?? "Unknown outlet";
      const when = s.publishedAt ? `, ${s.publishedAt}` : "";
      if (s.url && /^https?:\/\//.test(s.url)) {
        const a = el("a", s.title ?? s.url);
        a.href = s.url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        cite.append(`${outlet}${when}: `, a);
      } else cite.append(`${outlet}${when}${s.title ? `: ${s.title}` : ""}`);
      li.append(cite);
    }
    list.append(li);
  }
  if (!events.length) list.append(el("li", "No reports match the current filters.", "muted"));
  panel.replaceChildren(close, el("h2", title), list);
  panel.hidden = false;
}

// Exports of the current view: GEXF and GraphML from the API with the page's own parameters, the
// meetings as CSV, and the graph as a PNG.
import type { EventView } from "./api.js";

/** A query string from the parameters that are set. */
export const queryOf = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();

/**
 * One CSV cell: quoted when it holds a separator, a quote or a line break; a leading =, +, - or @ is
 * escaped so a spreadsheet does not run it as a formula.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function meetingsCsv(meetings: EventView[]): string {
  const head = ["date", "status", "place", "country", "participants", "reports", "sources"];
  const rows = meetings.map((m) => [
    m.date,
    m.status,
    m.location?.name ?? null,
    m.location?.countryCode ?? null,
    m.participants.map((p) => p.name).join("; "),
    m.articleCount,
    m.sources.map((s) => s.url ?? s.title ?? s.source ?? "").join(" "),
  ]);
  return `${[head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Offers a file to the user as a download. */
export function download(name: string, blob: Blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

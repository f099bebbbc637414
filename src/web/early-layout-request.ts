// The first view's layout request, made as early as the page can: early-layout.ts makes it from a small
// script of its own before the page's bundle is loaded and parsed, and main.ts takes it over.
import { getJson, type Layout } from "./api.js";
import { queryOf } from "./exports.js";
import { layoutParams } from "./layout-params.js";
import type { ViewState } from "./view-state.js";

/** A layout asked for, with the query it answers (main.ts uses it only for that same view). */
export interface EarlyLayout {
  query: string;
  answer: Promise<Layout>;
}

/** On window: the request early-layout.ts made, or null once the page has taken it or gone without. */
type Holder = { diplographEarlyLayout?: EarlyLayout | null };

export function askEarlyLayout(view: ViewState): EarlyLayout {
  const params = layoutParams(view);
  const early = { query: queryOf(params), answer: getJson<Layout>("/layout", params) };
  // Taken by the first loadGraph, which reports a failure: not an unhandled rejection meanwhile.
  early.answer.catch(() => undefined);
  return early;
}

/** Asks for the view's layout and leaves it to the page, unless the page already started without it. */
export function leaveEarlyLayout(view: ViewState): void {
  const holder = window as Holder;
  if (holder.diplographEarlyLayout === undefined) holder.diplographEarlyLayout = askEarlyLayout(view);
}

/** The request early-layout.ts left, once; after this call early-layout.ts asks for nothing. */
export function takeEarlyLayout(): EarlyLayout | undefined {
  const holder = window as Holder;
  const early = holder.diplographEarlyLayout ?? undefined;
  holder.diplographEarlyLayout = null;
  return early;
}

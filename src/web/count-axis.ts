// The strip's count axis. Its labels are drawn on the canvas, so the axis must be as wide as its widest
// label: a fixed width cut "1,200" to "00" on a 5,000-person view.

/** Whole counts only, with thousands separated ("1,200"); the axis' other ticks stay unlabelled. */
export const countLabels = (ticks: number[]) => ticks.map((t) => (Number.isInteger(t) ? t.toLocaleString("en") : ""));

/** Room for the tick marks and the gap beside them, px. */
const TICKS_AND_GAP = 15;

/** The axis width that shows every label whole, given how wide the canvas draws a text. */
export function countAxisWidth(labels: readonly string[] | null | undefined, measure: (text: string) => number) {
  let widest = 0;
  for (const label of labels ?? []) if (label) widest = Math.max(widest, measure(label));
  return Math.ceil(TICKS_AND_GAP + widest);
}

// Republished copies of a wire story, made from its text the way outlets edit syndicated copy: a new
// headline, a tail cut short, another outlet's credit line, small copy edits. Deterministic.

const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim());

/** The first line (the headline) rewritten. */
export function newHeadline(text: string): string {
  const [first = "", ...rest] = text.split("\n");
  const words = first.split(/\s+/).filter(Boolean);
  const headline = `UPDATE 1-${words.slice(0, Math.max(3, Math.ceil(words.length / 2))).join(" ")} as talks go on`;
  return [headline, ...rest].join("\n");
}

/** Only the first paragraphs kept, about `share` of them (at least two): a copy cut to fit. */
export function shortenedTail(text: string, share: number): string {
  const all = paragraphs(text);
  return all.slice(0, Math.max(2, Math.round(all.length * share))).join("\n\n");
}

/** Another outlet's credit: the agency tag in the dateline swapped and a reporting line added. */
export function otherCredit(text: string): string {
  const swapped = text.replace(/\((?:[A-Z][A-Za-z]*\s?){1,3}\)/, "(Gazette Wire)");
  return `${swapped.replace(/Photo caption:[^\n]*/i, "")}\n\nReporting by the Gazette Wire desk; editing by the night staff.`;
}

/** Small copy edits: a few common words changed, as sub-editors do. */
export function copyEdits(text: string): string {
  return text
    .replace(/\bsaid\b/g, "stated")
    .replace(/\bon Tuesday\b/g, "this week")
    .replace(/\bthe\b/, "a");
}

/** Every edit at once: the hardest copy the grouping must still catch. */
export const allEdits = (text: string) => otherCredit(copyEdits(newHeadline(shortenedTail(text, 0.6))));

// Ties between persons and organisations that the wording states: "Hamas leader X", "NATO Secretary
// General X", "X, the head of the political office of Hamas", "X, secretary-general of the Arab League".
import { PERSON_HEADS, TITLE_WORDS } from "./lexicon.js";
import type { Mention } from "./mentions.js";

export interface OrgTie {
  person: Mention;
  organization: Mention;
  title: string | null;
}

/** Organisation, then title words, then the name: "Hamas leader ", "Hamas' top leader, ". */
const BEFORE = /^(?:'s?)?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+),?\s+$/u;
/** Name, then an appositive title and "of" the organisation: ", the head of the political office of ". */
const AFTER = /^\s*,\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){1,10}?)(?:of|at|for)\s+(?:the\s+)?$/u;

function titleOf(phrase: string): string | null {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  if (!words.some((w) => PERSON_HEADS.has(w))) return null;
  if (!words.every((w) => TITLE_WORDS.has(w) || w === "of" || w === "the" || /^[a-z-]+$/.test(w))) return null;
  return words.join(" ");
}

export function organizationTies(text: string, mentions: Mention[]): OrgTie[] {
  const ties: OrgTie[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const list of bySentence.values()) {
    const orgs = list.filter((m) => m.kind === "organization");
    if (!orgs.length) continue;
    for (const person of list) {
      if (person.kind !== "person") continue;
      for (const org of orgs) {
        if (org.end <= person.start) {
          const gap = BEFORE.exec(text.slice(org.end, person.start));
          const title = gap ? titleOf(gap[1] as string) : null;
          if (title) ties.push({ person, organization: org, title });
        } else if (person.end <= org.start) {
          const gap = AFTER.exec(text.slice(person.end, org.start));
          const title = gap ? titleOf(gap[1] as string) : null;
          if (title) ties.push({ person, organization: org, title });
        }
      }
    }
  }
  return ties;
}

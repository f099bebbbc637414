// Clauses of a sentence and the persons each one speaks of, so that "X and Y met when A and B ..." or
// "He recalled that A had held talks with B" gives each meeting its own participants.
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";

export interface Clause {
  /** offsets in the sentence text */
  start: number;
  end: number;
  text: string;
  /** persons named or referred to in the clause, including the subject it leaves unsaid */
  persons: PersonCluster[];
}

// ", which was attended by X" goes on about the same event, so "which" starts no clause of its own.
const BOUNDARY =
  /[;:]|,\s*(?:who|whom|when|after|before|while|as|but|and|where)\b|\b(?:when|after|before|while|whereas|but|since)\b|\s+and\s+(?:was\s+|were\s+)?(?:also\s+|later\s+|then\s+)?(?=(?:met|held|received|hosted|welcomed|greeted|sat down|visited|travell?ed|flew|spoke|talked|phoned|called)\b)|\b(?:said|says|told\s+[\w\s]{1,30}?|recalls|recalling|noting|[a-z]{3,}ed)\s+(?:on\s+\w+\s+)?that\b/gi;
const PRONOUN = /\b(?:he|she|him|her)\b/i;
/** A subordinate phrase ("after attending ...", "before leaving ...") closed by a comma, then a verb. */
const RESUMES =
  /\b(?:after|before|while|since)\s+[a-z]+ing\b[^,;]{0,80}(,\s+(?:also\s+|later\s+|then\s+)?(?!(?:and|or|but|the|a|an|which|who|whom|where|when|as|in|on|at|with|to|for|of|its|his|her|their|including|according)\b)[a-z]+\b)/g;
/** ", and was greeted by X": the clause goes on with the subject of the sentence. */
const ELIDED_SUBJECT = /^,?\s*and\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|other\b)[a-z]+\b/;
const RELATIVE = /^,\s*(?:who|whom)\b/i;
const ABSENT =
  /\b(?:greetings|messages?|letters?|cables?|telegrams?|regards|condolences|congratulations)\s+(?:of|from)\s+$|\bon behalf of\s+$|\b(?:representative|representing|envoy)\s+of\s+(?:the\s+)?$|\brepresenting\s+(?:the\s+)?$/i;
/** People after these words travel with someone; they are not parties to the meeting. */
const COMPANION =
  /\b(?:accompanied by|accompanied|accompanying|delegation (?:that |which )?(?:including|included|comprising))\s+$/i;

const LIST_ITEM = /^\s+(?:the\s+|his\s+|her\s+)?\p{Lu}/u;
/** A part after a semicolon that tells something of its own rather than going on with a list. */
// Case matters: "HE the Minister" is an honorific, not a pronoun.
const TELLS =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|was|were|is|are|has|have|had|will|would|said|says|met|held|received|visited|arrived)\b/;

/** Whether the semicolon at `at` ends a clause: the part after it tells something of its own. */
export function semicolonEndsClause(text: string, at: number): boolean {
  return TELLS.test(text.slice(at + 1).split(";")[0]!);
}

export function splitClauses(s: Sentence, people: PersonRef[]): Clause[] {
  const cuts = [0];
  for (const m of s.text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    // "included A; B; and C": semicolons that separate the items of a list cut no clause.
    if (m[0] === ";" && !semicolonEndsClause(s.text, at)) continue;
    // "The Governor, A, and the Premier, B, were there": ", and" before a name goes on with a list of
    // subjects unless what came before already told something ("A met B, and C met D").
    if (/^,\s*and$/i.test(m[0]) && LIST_ITEM.test(s.text.slice(at + m[0].length))) {
      const after = s.text.slice(at + m[0].length).split(/[;:]/)[0]!;
      if (!TELLS.test(s.text.slice(cuts.at(-1) ?? 0, at)) || !TELLS.test(after)) continue;
    }
    if (at > 0) cuts.push(at);
  }
  // "after attending the forum in Lima, also held talks with X": the main clause resumes after the comma.
  const resumed = new Set<number>();
  for (const m of s.text.matchAll(RESUMES)) {
    const at = (m.index ?? 0) + m[0].length - m[1]!.length;
    cuts.push(at);
    resumed.add(at);
  }
  cuts.sort((a, b) => a - b);
  cuts.push(s.text.length);
  const at = (r: PersonRef) => r.start - s.start;
  // A subject is never a possessive: in "Belousov's predecessor, Sergei Shoigu, ..." it is Shoigu.
  const subjectIn = (refs: PersonRef[]) =>
    (
      refs.find((r) => !/^'s\b/.test(s.text.slice(r.end - s.start)) && !/^(?:His|Her)\b/.test(s.text.slice(at(r)))) ??
      refs[0]
    )?.cluster;
  const sentenceSubject = subjectIn(people.filter((r) => at(r) < (cuts[1] ?? s.text.length)));
  const clauses: Clause[] = [];
  let previousSubject = sentenceSubject;
  let previousCoSubjects: PersonCluster[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    const text = s.text.slice(start, end);
    const inside = people.filter((r) => at(r) >= start && at(r) < end && !companion(s.text, at(r)));
    const persons = inside.map((r) => r.cluster);
    // The subject left unsaid: "..., and was greeted by X" goes on with the clause before; "after
    // attending ..., also held talks", "after he held talks" and "who hosted him" point back to the
    // subject of the sentence, and "where he was received by X" has the pronoun, not X, as its subject.
    const pronoun = PRONOUN.exec(text);
    const pronounAt = start + (pronoun?.index ?? 0);
    const pronounUnnamed = !!pronoun && !inside.some((r) => at(r) === pronounAt);
    const pronounFirst = pronounUnnamed && /^(?:he|she)$/i.test(pronoun![0]) && !inside.some((r) => at(r) <= pronounAt);
    const continued =
      i > 0 && resumed.has(start) ? sentenceSubject : ELIDED_SUBJECT.test(text) ? previousSubject : undefined;
    const unsaid = i === 0 ? undefined : (continued ?? (pronounUnnamed ? sentenceSubject : undefined));
    if (unsaid) persons.unshift(unsaid);
    // "A and B arrived ... and were received by C": the subjects joined to the one left unsaid go on too.
    if (continued && continued === previousSubject) persons.unshift(...previousCoSubjects);
    let subject = continued ?? (pronounFirst && i > 0 ? sentenceSubject : subjectIn(inside));
    if (RELATIVE.test(text)) {
      const antecedent = people.filter((r) => at(r) < start).at(-1);
      if (antecedent) persons.unshift(antecedent.cluster);
      subject = antecedent?.cluster;
    }
    if (subject !== previousSubject || !continued) previousCoSubjects = coordinatedWith(subject, inside, s);
    previousSubject = subject ?? previousSubject;
    clauses.push({ start, end, text, persons: [...new Set(persons)] });
  }
  return clauses;
}

/** What stands between two coordinated persons: a comma or "and", then perhaps the next one's post. */
export const COORDINATED =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the|his|her)\s+)?(?:(?:\p{Lu}[\p{L}'.-]*|of|the|for)\s+)*$/u;

/** The persons joined to `subject` by commas and "and" right after it: "A, B and C arrived". */
function coordinatedWith(subject: PersonCluster | undefined, refs: PersonRef[], s: Sentence): PersonCluster[] {
  const from = refs.findIndex((r) => r.cluster === subject);
  if (from < 0) return [];
  const out: PersonCluster[] = [];
  for (let i = from + 1; i < refs.length; i++) {
    if (!COORDINATED.test(s.text.slice(refs[i - 1]!.end - s.start, refs[i]!.start - s.start))) break;
    if (refs[i]!.cluster !== subject) out.push(refs[i]!.cluster);
  }
  return out;
}

/**
 * Whether the person at `index` is not a party to the meeting told around them: someone travelling with
 * another ("accompanied by X"), or someone absent whose words are carried ("the greetings of X").
 */
export function companion(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index).replace(/(?:\b[A-Z][\w.-]*\s+(?:of\s+)?)+$/, "");
  return COMPANION.test(before) || ABSENT.test(before);
}

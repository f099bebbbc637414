// Participants a sentence names only by office: "met the Iranian foreign minister", "was received by the
// Emir", "held talks with his Turkish counterpart". Each phrase is read by posts.ts; a phrase the article
// already ties to a named person (a reference, a title before a name, an apposition) is none of these.
import { type Gazetteer, gazetteer } from "./gazetteer.js";
import type { PersonCluster } from "./persons.js";
import { countryNamed, opensNoPost, readPost } from "./posts.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";

export interface OfficePhrase {
  /** The office as posts.ts reads it; null for a counterpart, whose office is that of `counterpartOf`. */
  office: string | null;
  country: string | null;
  organization: string | null;
  /** "his counterpart": the person it is the counterpart of. */
  counterpartOf: PersonCluster | null;
  role: "host" | "participant";
  /** In the working text (same offsets as the original). */
  start: number;
  end: number;
}

/** Where an office phrase may begin: "the ...", or a country's possessive ("Iran's ..."). */
const OPENERS = /\b(?:the|The)\s+|\b\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?['’]s\s+/gu;
const WORD = /^[\p{L}\p{N}.'’-]+/u;
const MAX_WORDS = 8;
const COUNTERPART =
  /\b(?:his|her|their)\s+((?:\p{Lu}[\p{L}-]*\s+){0,2})counterpart\b(?:\s+(?:from|of)\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}))?/gu;
/** Phrases that talk about the office holder instead of with them: "at the invitation of", "a letter from". */
const TOPIC_BEFORE =
  /\b(?:visit|trip|tour|invitation|behalf|office|message|letter|election|funeral|death|resignation|appointment|envoy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|deputy|wife|husband|son|daughter)\s+(?:of|from|to)\s+$|\b(?:former|ex-?)\s*$/i;
const HOSTED_BY = /\b(?:received|hosted|welcomed|greeted)\s+by\s+$/i;
const HOSTS_AFTER = /^\s+(?:\w+ly\s+|also\s+)?(?:received|receives|hosted|hosts|welcomed|welcomes|greeted|greets)\b/i;

/** The office phrases of a sentence that stand for an unnamed participant, in text order. */
export function officePhrases(s: Sentence, people: PersonRef[], gaz: Gazetteer = gazetteer()): OfficePhrase[] {
  const out: OfficePhrase[] = [];
  const covered = (start: number, end: number) =>
    people.some((r) => r.start < end && start < r.end) || out.some((o) => o.start < end && start < o.end);
  for (const m of s.text.matchAll(COUNTERPART)) {
    const start = s.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (covered(start, end) || namedNext(s, end, people)) continue;
    const owner = people.find((r) => r.end <= start);
    if (!owner) continue;
    const country = countryNamed((m[1] ?? "").trim(), gaz) ?? (m[2] ? countryNamed(m[2], gaz) : null);
    out.push({
      office: null,
      country,
      organization: null,
      counterpartOf: owner.cluster,
      role: roleAt(s, start, end),
      start,
      end,
    });
  }
  for (const m of s.text.matchAll(OPENERS)) {
    const at = m.index ?? 0;
    const possessive = !/^the\s/i.test(m[0]);
    const from = possessive ? at : at + m[0].length;
    const found = longestPost(s.text, from, gaz);
    if (!found) continue;
    const start = s.start + at;
    const end = s.start + found.end;
    if (covered(start, end) || namedNext(s, end, people) || namedBefore(s, start, people)) continue;
    if (TOPIC_BEFORE.test(s.text.slice(0, at))) continue;
    out.push({ ...found.post, counterpartOf: null, role: roleAt(s, start, end), start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The longest run of words from `from` that reads as a current post with its owner (if any). */
function longestPost(
  text: string,
  from: number,
  gaz: Gazetteer,
): { post: { office: string; country: string | null; organization: string | null }; end: number } | null {
  const ends: number[] = [];
  let at = from;
  while (ends.length < MAX_WORDS) {
    const word = WORD.exec(text.slice(at));
    if (!word) break;
    at += word[0].length;
    ends.push(at);
    const gap = /^ +/.exec(text.slice(at));
    if (!gap) break;
    at += gap[0].length;
  }
  // "the meeting", "the two": most openers lead to no post, and every reading below would say so.
  if (ends.length > 0 && opensNoPost(text.slice(from, ends[0]))) return null;
  for (let n = ends.length; n >= 1; n--) {
    const end = ends[n - 1] as number;
    const phrase = text.slice(from, end);
    // "the foreign minister's visit" talks about the minister; a phrase ends on a word of the office or owner.
    // "Iran's foreign minister and the Turkish defence minister" are two phrases.
    if (/['’]s?$/.test(phrase) || /\s(?:of|for|the)$/i.test(phrase) || /\sand\s|\sand$/i.test(phrase)) continue;
    const reading = readPost(phrase, gaz);
    if (!reading) continue;
    if (reading.standing !== "current") return null;
    // "the foreign minister's visit"; "Secretary of State for the Home Department" is an office it does not know.
    if (/^['’]s\b|^\s+(?:for|of)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end))) return null;
    // "the Office of the President" is a body, not its head.
    if (/^(?:the\s+)?office\s+of\b/i.test(text.slice(from))) return null;
    return { post: { office: reading.office, country: reading.country, organization: reading.organization }, end };
  }
  return null;
}

/** "the Iranian foreign minister Abbas X", "the Emir, Sheikh Y": a name follows, so it is a title. */
function namedNext(s: Sentence, end: number, people: PersonRef[]): boolean {
  const after = s.text.slice(end - s.start);
  if (/^\s*\p{Lu}/u.test(after)) return true;
  // ("Kuwait's Foreign Minister, H.E Sheikh X": up to three honorifics between)
  return people.some(
    (r) =>
      r.start >= end && /^\s*,\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(s.text.slice(end - s.start, r.start - s.start)),
  );
}

/** A name two capitalised words long, then a comma: what follows is its apposition. */
const NAME_THEN_COMMA = /\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+\s*,\s*$/u;

/** "X, the Iranian foreign minister,": an apposition to a name (one not read as a person too). */
function namedBefore(s: Sentence, start: number, people: PersonRef[]): boolean {
  if (NAME_THEN_COMMA.test(s.text.slice(0, start - s.start))) return true;
  return people.some((r) => r.end <= start && /^\s*,\s*$/.test(s.text.slice(r.end - s.start, start - s.start)));
}

/** Host when "received by" it, or when it is the subject of a hosting verb. */
function roleAt(s: Sentence, start: number, end: number): "host" | "participant" {
  if (HOSTED_BY.test(s.text.slice(0, start - s.start))) return "host";
  return HOSTS_AFTER.test(s.text.slice(end - s.start)) ? "host" : "participant";
}

// The posts an article gives a person: for each mention, the title phrase written just before the name
// ("Iran's top diplomat Abbas X", "the Minister of Foreign Affairs of Oman, Said Y") or as an apposition
// after it ("X, NATO's Secretary-General,"), read by posts.ts and dated by the article.
import type { PostClaim } from "../domain/extraction.js";
import { type Gazetteer, gazetteer } from "./gazetteer.js";
import { ORG_HEADS, TITLE_WORDS } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import { foldKey, normalizeText } from "./normalize.js";
import type { PersonCluster } from "./persons.js";
import { ORGANIZATION_OFFICES, type PostReading, readPost } from "./posts.js";
import { type Token, tokenize } from "./tokens.js";

/** How far before a name a title phrase may start (characters); longer chains are not titles. */
const WINDOW = 120;
const LINKS = new Set(["of", "the", "'s", "for"]);
const QUALIFIERS = new Set("former ex then late acting interim outgoing incoming new designate elect".split(" "));
/** "who met the foreign minister, X" must not lend the verb's subject a post: a phrase ends at these. */
const APPOSITION = /^\s*,\s*(?:the\s+|a\s+|an\s+)?([^,.;:()"]{2,90}?)\s*(?=[,.;:()"]|$)/;

/**
 * Reads the posts of each person of an article; `date` is the day the article speaks of (its
 * publication day), and nothing is claimed without one.
 */
export function postReader(original: string, date: string | null) {
  const text = normalizeText(original);
  const gaz = gazetteer();
  return (cluster: PersonCluster, personCountry: string | null): PostClaim[] => {
    if (!date) return [];
    const claims = new Map<string, PostClaim>();
    for (const m of cluster.mentions) {
      const found = titleBefore(text, m, gaz) ?? titleWithin(text, m, gaz) ?? titleAfter(text, m, gaz);
      if (!found) continue;
      const { reading, start, end } = found;
      // A title without a country takes the country the article gives the person, unless it is an
      // organisation's office ("Secretary-General X" of a Portuguese is not Portugal's secretary-general).
      const own = reading.organization || ORGANIZATION_OFFICES.has(reading.office) ? null : personCountry;
      const country = reading.country ?? own;
      if (!country && !reading.organization) continue;
      const key = [reading.office, country, reading.organization, reading.standing].join("|");
      if (claims.has(key)) continue;
      claims.set(key, {
        office: reading.office,
        country,
        organization: reading.organization,
        standing: reading.standing,
        date,
        evidence: { start, end, text: original.slice(start, end) },
      });
    }
    return [...claims.values()];
  };
}

interface Found {
  reading: PostReading;
  start: number;
  end: number;
}

/** The longest title phrase ending at the name (one comma allowed between), read from its longest form down. */
function titleBefore(text: string, m: Mention, gaz: Gazetteer): Found | null {
  const from = Math.max(0, m.start - WINDOW);
  const tokens = tokenize(text.slice(from, m.start), from);
  let i = tokens.length - 1;
  if (tokens[i]?.text === ",") i--;
  const last = i;
  // A title never runs across a line break (a dateline "ANKARA" above a lead is no organisation).
  const sameLine = (k: number) => !text.slice((tokens[k] as Token).end, tokens[k + 1]?.start ?? m.start).includes("\n");
  while (i >= 0 && sameLine(i) && titleToken(tokens, i, gaz)) i--;
  for (let start = i + 1; start <= last; start++) {
    const first = tokens[start] as Token;
    if (LINKS.has(first.text.toLowerCase())) continue;
    const reading = readPost(text.slice(first.start, (tokens[last] as Token).end), gaz);
    if (reading) return { reading, start: first.start, end: m.end };
  }
  return null;
}

/** "Emir Hamad X": a title the mention itself starts with (an honorific that is also an office). */
function titleWithin(text: string, m: Mention, gaz: Gazetteer): Found | null {
  const words = text.slice(m.start, m.end).split(" ");
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const reading = readPost(words.slice(0, n).join(" "), gaz);
    if (reading) return { reading, start: m.start, end: m.end };
  }
  return null;
}

/** "X, Iran's top diplomat, said": an apposition that is a title and nothing else. */
function titleAfter(text: string, m: Mention, gaz: Gazetteer): Found | null {
  const match = APPOSITION.exec(text.slice(m.end, m.end + WINDOW));
  if (!match) return null;
  const reading = readPost(match[1] as string, gaz);
  return reading ? { reading, start: m.start, end: m.end + match[0].length } : null;
}

/** Whether a token can be part of a title phrase: title words, qualifiers, links, countries, organisations. */
function titleToken(tokens: Token[], i: number, gaz: Gazetteer): boolean {
  const token = tokens[i] as Token;
  const parts = token.text.toLowerCase().split("-");
  if (parts.every((p) => TITLE_WORDS.has(p) || QUALIFIERS.has(p) || LINKS.has(p))) return true;
  if (!token.upper) return false;
  if (/^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(token.text) || ORG_HEADS.has(parts[0] as string)) return true;
  const key = foldKey(token.text);
  if (gaz.demonyms.has(key) || gaz.places.get(key)?.kind === "country") return true;
  // The first word of a two-word organisation or country: "Arab League", "South Korean", "Saudi Arabia".
  const next = tokens[i + 1];
  if (!next?.upper) return false;
  const pair = foldKey(`${token.text} ${next.text}`);
  return ORG_HEADS.has(next.text.toLowerCase()) || gaz.demonyms.has(pair) || gaz.places.get(pair)?.kind === "country";
}

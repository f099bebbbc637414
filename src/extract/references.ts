// Persons referred to without a name: "the visiting minister", "his Iranian counterpart", "the two
// officials", and "he"/"she" as the subject of a sentence.
import { gazetteer } from "./gazetteer.js";
import { NUMBER_WORDS, TITLE_WORDS } from "./lexicon.js";
import { foldKey } from "./normalize.js";
import type { PersonCluster } from "./persons.js";
import type { Sentence } from "./sentences.js";

export interface PersonRef {
  cluster: PersonCluster;
  start: number;
  end: number;
  /** named in the text, or reached through a description or pronoun */
  named: boolean;
}

const HEADS =
  "minister|ministers|president|presidents|leader|leaders|officials|official|premier|premiers|chancellor|counterpart|counterparts|crown prince|prince|king|emir|amir|sultan|sheikh|envoy|envoys|diplomat|diplomats|dignitaries|sides|guest|host|head of state|heads of state|secretary-general|prime minister|foreign minister";
const DESCRIPTION = new RegExp(
  `\\b(?:the|his|her|their)\\s+(?:(two|both|three)\\s+)?((?:[a-z-]+\\s+){0,2})(${HEADS})\\b`,
  "gi",
);
// "both leaders", "the two men", and a bare number as a subject: "The three were later joined by ...".
const BOTH =
  /\b(?:both|the two) (?:leaders|ministers|presidents|officials|sides|men|women|dignitaries|diplomats|premiers|envoys)\b|\b(?:the|all) (two|three|four|five|six)(?= (?:were|had|have|also|later|then|met|held|agreed|signed|discussed|said|called|did|of them)\b)/gi;
/** Words after a person that say they travelled: "X arrived here", "X, who is on a visit to ...". */
const TRAVELLED =
  /^[^.;]{0,40}?\b(?:arrived|arrives|landed|lands|flew|travell?ed|(?:is|was) on (?:a|an|his|her)\b[^.;]{0,30}?\b(?:visit|trip|tour))\b/i;
// The subject at the head of a sentence, after at most a short opening ("On Sunday he", "Later, she"),
// or a possessive there ("His visit to Moscow").
const PRONOUN =
  /^(?:[A-Z][a-z]+(?: [A-Za-z0-9]+){0,3},? )?(He|She|he|she)\b|^(His|Her)\s+(?!Majesty|Highness|Excellency)/;

/** Every person reference of each sentence, named or not, in text order. */
export function sentenceRefs(
  sentences: Sentence[],
  clusters: PersonCluster[],
  /** the country the article is written from (its dateline): "the visiting minister" is not from there */
  homeCountry: string | null = null,
): PersonRef[][] {
  const gaz = gazetteer();
  const named: PersonRef[][] = sentences.map(() => []);
  for (const c of clusters)
    for (const m of c.mentions) named[m.sentence]!.push({ cluster: c, start: m.start, end: m.end, named: true });
  const all: PersonRef[][] = named.map((refs) => [...refs].sort((a, b) => a.start - b.start));
  const history: PersonRef[] = [];
  const travellers = new Set<PersonCluster>();
  sentences.forEach((s, si) => {
    const refs = all[si]!;
    const extra: PersonRef[] = [];
    // Candidates for a description at `pos`, most recent first: this sentence before it, then earlier ones.
    const seenBefore = (pos: number) => ({ history, here: refs.filter((r) => r.start < pos) });
    for (const m of s.text.matchAll(DESCRIPTION)) {
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      // "his Iranian counterpart Hossein Amirabdollahian": the name itself follows.
      // ("his North Korean counterpart, No Kwang-chol": an appositive with a short leading word too.)
      if (
        refs.some(
          (r) =>
            r.start >= end && /^\s*,?\s*(?:[A-Z][a-z]{0,3}\s+)?$/.test(s.text.slice(end - s.start, r.start - s.start)),
        )
      )
        continue;
      const count = m[1]
        ? (NUMBER_WORDS[m[1].toLowerCase()] ?? 2)
        : /s$/.test(m[3]!) && !/^(?:sides|heads of state)$/i.test(m[3]!)
          ? 2
          : 1;
      // Up to two words before the head: "the visiting minister", "the top Iranian diplomat".
      const modifiers = (m[2] ?? "").toLowerCase().trim().split(/\s+/).filter(Boolean);
      const modifier = modifiers.at(-1) ?? "";
      // "the two prime ministers": a title word before the head makes one post of the two.
      const post = TITLE_WORDS.has(modifier) && !gaz.demonyms.has(foldKey(modifier)) ? `${modifier} ` : "";
      // "the Iranian minister", and "the Maldives President" or "the Sri Lanka leader" with the country's name
      const countryOf = (w: string) => {
        const place = gaz.places.get(foldKey(w));
        return gaz.demonyms.get(foldKey(w)) ?? (place?.kind === "country" ? place.countryCode : undefined);
      };
      const country =
        (modifiers.length === 2 ? countryOf(modifiers.join(" ")) : undefined) ??
        modifiers.map(countryOf).find(Boolean) ??
        null;
      // "the visiting minister": someone told to have travelled, or at least not from the dateline's country.
      const head = `${post}${m[3]!.toLowerCase()}`;
      const picked = modifiers.includes("visiting")
        ? ([{ only: travellers }, { notFrom: homeCountry }, {}]
            .map((limit) => pick(seenBefore(start), count, head, country, refs, limit))
            .find((found) => found.length > 0) ?? [])
        : pick(seenBefore(start), count, head, country, refs);
      for (const c of picked) extra.push({ cluster: c, start, end, named: false });
    }
    for (const m of s.text.matchAll(BOTH)) {
      const start = s.start + (m.index ?? 0);
      if (extra.some((e) => e.start <= start && e.end > start)) continue;
      const group = m[1]
        ? lastGroup(all.slice(0, si), NUMBER_WORDS[m[1].toLowerCase()] ?? 2)
        : pick(seenBefore(start), 2, "", null, refs);
      for (const c of group) extra.push({ cluster: c, start, end: start + m[0].length, named: false });
    }
    const pronoun = PRONOUN.exec(s.text);
    if (pronoun) {
      const word = pronoun[1] ?? pronoun[2]!;
      const start = s.start + pronoun[0].lastIndexOf(word);
      const last = likelySubject(history, sentences);
      if (last && refs.every((r) => r.start > start))
        extra.push({ cluster: last.cluster, start, end: start + word.length, named: false });
    }
    const merged = [...refs, ...extra].sort((a, b) => a.start - b.start);
    merged.forEach((r, i) => {
      const next = merged[i + 1]?.start ?? s.end;
      if (TRAVELLED.test(s.text.slice(r.end - s.start, next - s.start))) travellers.add(r.cluster);
    });
    all[si] = merged;
    history.push(...merged);
  });
  return all;
}

const OBLIQUE = /\b(?:by|with|from|to|of|for|and|against|between|than)\s+(?:[A-Za-z'-]+\s+){0,4}$/i;

/**
 * What "he" at the head of a sentence most likely refers to: the subject of the last sentence that named
 * someone, that is its first named person not standing after a preposition ("hosted by X", "talks with X").
 */
function likelySubject(history: PersonRef[], sentences: Sentence[]): PersonRef | undefined {
  const last = history.at(-1);
  if (!last) return undefined;
  const sentence = sentences.find((s) => s.start <= last.start && last.start < s.end);
  if (!sentence) return last;
  const refs = history.filter((r) => r.start >= sentence.start && r.start < sentence.end);
  const before = (r: PersonRef) =>
    sentence.text.slice(Math.max(0, r.start - sentence.start - 40), r.start - sentence.start);
  return refs.find((r) => !OBLIQUE.test(before(r))) ?? last;
}

/** "The three were later joined by ...": the first three persons of the last sentence that named three. */
function lastGroup(earlier: PersonRef[][], count: number): PersonCluster[] {
  for (let j = earlier.length - 1; j >= 0; j--) {
    const distinct = [...new Set(earlier[j]!.map((r) => r.cluster))];
    if (distinct.length >= count) return distinct.slice(0, count);
  }
  return [];
}

function pick(
  seen: { history: PersonRef[]; here: PersonRef[] },
  count: number,
  head: string,
  country: string | null,
  sameSentence: PersonRef[],
  limit: { only?: Set<PersonCluster>; notFrom?: string | null } = {},
): PersonCluster[] {
  const generic =
    /^(?:counterparts?|officials?|sides|guest|host|dignitaries|diplomats?|leaders?|heads? of state|)$/.test(head);
  const singular = head.replace(/s$/, "");
  // A counterpart holds the same post as the person they meet: "his counterpart X" is a minister too.
  const holds = (c: PersonCluster) => [...c.titles].some((t) => t.includes(singular) || t.includes("counterpart"));
  const choose = (byTitle: boolean) => {
    const out: PersonCluster[] = [];
    const consider = (refs: PersonRef[]) => {
      for (let i = refs.length - 1; i >= 0 && out.length < count; i--) {
        const c = refs[i]!.cluster;
        if (out.includes(c)) continue;
        if (count === 1 && sameSentence.some((r) => r.cluster === c && r.named)) continue;
        if (country && !c.countries.has(country)) continue;
        if (limit.notFrom && c.countries.has(limit.notFrom)) continue;
        if (limit.only && !limit.only.has(c)) continue;
        if (byTitle && !holds(c)) continue;
        out.push(c);
      }
    };
    consider(seen.here);
    consider(seen.history);
    return out.length === count ? out : null;
  };
  if (generic) return choose(false) ?? [];
  // A single person is named by their post; two or more by it when they can be, else by recency.
  return choose(true) ?? (count > 1 ? choose(false) : null) ?? [];
}

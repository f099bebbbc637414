// Name mentions: runs of capitalised words split into a title part and a name part, then classified as
// person candidate, organisation, place or demonym, with the cues that speak for a person.
import { type Gazetteer, gazetteer, type Place } from "./gazetteer.js";
import {
  FUNCTION_WORDS,
  MEETING_OBJECT_CUES,
  MONTHS,
  NAME_PARTICLES,
  ORG_HEADS,
  SUBJECT_VERBS,
  TITLE_WORDS,
  WEEKDAYS,
} from "./lexicon.js";
import { foldKey } from "./normalize.js";
import type { Sentence } from "./sentences.js";
import { type Token, tokenize } from "./tokens.js";

export type MentionKind = "person" | "organization" | "location" | "demonym" | "role";

export interface Mention {
  kind: MentionKind;
  sentence: number;
  /** offsets of the name part (no title) in the text */
  start: number;
  end: number;
  text: string;
  tokens: string[];
  /** lower-case title words found before the name ("foreign minister") */
  title: string | null;
  /** a country the title or context ties the mention to (ISO code) */
  country: string | null;
  place?: Place;
  /** cues that the name is a person's; strong ones suffice alone */
  strong: boolean;
  weak: boolean;
}

const VENUE_HEADS = new Set(
  "house complex guesthouse hall palace lawn center centre expo stadium hotel airport square building residence chancellery compound headquarters garden gardens room".split(
    " ",
  ),
);
const STATE_WORDS = new Set(
  "republic kingdom state states islamic federation democratic united arab emirates people's federal socialist union sultanate emirate principality".split(
    " ",
  ),
);
const CAPTION_MARK = /^\s*\((?:[RLCrlc]|left|right|center|centre|2nd [LR]|3rd [LR])\)/;

const isUpperWord = (t: Token | undefined) => !!t && t.upper && /^\p{L}/u.test(t.text);
const lower = (t: Token) => t.text.toLowerCase();

export function findMentions(text: string, sentences: Sentence[]): Mention[] {
  const gaz = gazetteer();
  const out: Mention[] = [];
  sentences.forEach((sentence, si) => {
    const tokens = tokenize(sentence.text, sentence.start);
    let i = 0;
    while (i < tokens.length) {
      if (!isUpperWord(tokens[i])) {
        i++;
        continue;
      }
      const runStart = i;
      let j = i + 1;
      while (j < tokens.length) {
        const t = tokens[j]!;
        if (isUpperWord(t)) j++;
        else if (NAME_PARTICLES.has(t.text) && isUpperWord(tokens[j + 1])) j += 2;
        else if (
          (t.text === "of" || t.text === "the") &&
          isUpperWord(tokens[j + 1]) &&
          titleLike(tokens.slice(runStart, j), gaz)
        )
          j++;
        else if (
          t.text === "." &&
          t.start - tokens[j - 1]!.end === 0 &&
          tokens[j - 1]!.text.length === 1 &&
          isUpperWord(tokens[j + 1])
        )
          j++;
        else break;
      }
      classifyRun(tokens, runStart, j, si, gaz, out, text);
      i = j;
    }
  });
  return out;
}

/** Tokens that so far read as a title or a state ("Minister of Foreign Affairs of the Republic"). */
function titleLike(run: Token[], gaz: Gazetteer): boolean {
  return run.every((t) => {
    const w = lower(t);
    return (
      TITLE_WORDS.has(w) ||
      STATE_WORDS.has(w) ||
      w === "of" ||
      w === "the" ||
      gaz.demonyms.has(foldKey(w)) ||
      gaz.places.has(foldKey(w))
    );
  });
}

function placeAt(run: Token[], from: number, gaz: Gazetteer): { place: Place; length: number } | null {
  for (let n = Math.min(gaz.maxTokens, run.length - from); n >= 1; n--) {
    const words = run.slice(from, from + n);
    const place = gaz.places.get(foldKey(words.map((t) => t.text).join(" ")));
    if (place) return { place, length: n };
  }
  return null;
}

function classifyRun(
  tokens: Token[],
  from: number,
  to: number,
  si: number,
  gaz: Gazetteer,
  out: Mention[],
  text: string,
) {
  let start = from;
  while (start < to && FUNCTION_WORDS.has(lower(tokens[start]!))) start++;
  if (start >= to) return;
  // Title part: title words, demonyms, "of the Republic of X"; the country it names is remembered.
  let country: string | null = null;
  const titleWords: string[] = [];
  let k = start;
  while (k < to) {
    const t = tokens[k]!;
    const w = lower(t);
    const demonym = gaz.demonyms.get(foldKey(t.text));
    if (demonym && k + 1 < to) {
      country ??= demonym;
      k++;
      continue;
    }
    if (TITLE_WORDS.has(w) || STATE_WORDS.has(w) || ((w === "of" || w === "the") && titleWords.length > 0)) {
      if (TITLE_WORDS.has(w)) titleWords.push(w);
      k++;
      continue;
    }
    if (titleWords.length > 0 && (lower(tokens[k - 1]!) === "of" || lower(tokens[k - 1]!) === "the")) {
      const found = placeAt(tokens.slice(0, to), k, gaz);
      if (found && k + found.length < to && found.place.kind === "country") {
        country ??= found.place.countryCode;
        k += found.length;
        continue;
      }
    }
    break;
  }
  const nameTokens = tokens.slice(k, to);
  const before = tokens.slice(Math.max(0, from - 3), from);
  country ??= contextCountry(tokens, from, gaz);
  const title = titleWords.length > 0 ? titleWords.join(" ") : null;
  if (nameTokens.length === 0) {
    if (title) push(out, "role", tokens.slice(start, to), si, title, country, text);
    return;
  }
  const words = nameTokens.map(lower);
  if (words.every((w) => MONTHS.has(w) || WEEKDAYS.has(w))) return;
  const whole = placeAt(nameTokens, 0, gaz);
  if (whole && whole.length === nameTokens.length) {
    if (nameTokens.length === 1 && gaz.demonyms.has(foldKey(nameTokens[0]!.text)) && whole.place.kind !== "country")
      return;
    push(out, "location", nameTokens, si, title, whole.place.countryCode, text, whole.place);
    return;
  }
  if (nameTokens.length === 1 && gaz.demonyms.has(foldKey(nameTokens[0]!.text))) {
    push(out, "demonym", nameTokens, si, null, gaz.demonyms.get(foldKey(nameTokens[0]!.text))!, text);
    return;
  }
  const runTokens = tokens.slice(start, to);
  if (runTokens.some((t) => ORG_HEADS.has(lower(t)))) {
    push(out, "organization", runTokens, si, null, country, text);
    return;
  }
  if (nameTokens.some((t) => VENUE_HEADS.has(lower(t)))) return;
  if (nameTokens.length === 1 && /^[A-Z]{2,6}$/.test(nameTokens[0]!.text)) {
    push(out, "organization", nameTokens, si, null, null, text);
    return;
  }
  if (nameTokens.length > 5) return;
  // Person cues.
  const next = tokens[to];
  const after = tokens.slice(to, to + 4).map(lower);
  const prev = before.at(-1);
  const roleBefore = !!prev && !prev.upper && TITLE_WORDS.has(lower(prev));
  const appositive =
    after[0] === "," &&
    (TITLE_WORDS.has(after[1] ?? "") ||
      (["the", "a", "an", "his", "her"].includes(after[1] ?? "") &&
        (TITLE_WORDS.has(after[2] ?? "") || gaz.demonyms.has(foldKey(after[2] ?? "")))) ||
      after[1] === "who");
  const captionMark = CAPTION_MARK.test(text.slice(nameTokens.at(-1)!.end, nameTokens.at(-1)!.end + 12));
  const strong =
    (title !== null && titleWords.some((w) => !["new", "former", "top", "senior", "first"].includes(w))) ||
    roleBefore ||
    appositive ||
    captionMark;
  const weak =
    (!!next && SUBJECT_VERBS.has(lower(next))) || (!!prev && MEETING_OBJECT_CUES.has(lower(prev))) || after[0] === "'s";
  push(out, "person", nameTokens, si, title, country, text, undefined, strong, weak);
}

/** "Iran's Foreign Minister X", "Oman's X": a country just before the run. */
function contextCountry(tokens: Token[], from: number, gaz: Gazetteer): string | null {
  if (tokens[from - 1]?.text === "'s") {
    for (let n = 1; n <= 3 && from - 1 - n >= 0; n++) {
      const words = tokens
        .slice(from - 1 - n, from - 1)
        .map((t) => t.text)
        .join(" ");
      const place = gaz.places.get(foldKey(words));
      if (place?.countryCode) return place.countryCode;
    }
  }
  return null;
}

function push(
  out: Mention[],
  kind: MentionKind,
  tokens: Token[],
  sentence: number,
  title: string | null,
  country: string | null,
  text: string,
  place?: Place,
  strong = false,
  weak = false,
) {
  // Honorifics and particles never end a name; trailing particles are trimmed.
  let last = tokens.length;
  while (last > 1 && NAME_PARTICLES.has(tokens[last - 1]!.text)) last--;
  const used = tokens.slice(0, last);
  const start = used[0]!.start;
  const end = used.at(-1)!.end;
  out.push({
    kind,
    sentence,
    start,
    end,
    text: text.slice(start, end),
    tokens: used.map((t) => t.text).filter((t) => t !== "."),
    title,
    country,
    place,
    strong,
    weak,
  });
}

// Name mentions: runs of capitalised words split into a title part and a name part, then classified as
// person candidate, organisation, place or demonym, with the cues that speak for a person.
import type { Tagging } from "./backbone.js";
import { isEnglishWord } from "./english-words.js";
import { type Gazetteer, gazetteer, type Place } from "./gazetteer.js";
import {
  BODY_ACRONYMS,
  FUNCTION_WORDS,
  GROUP_ADJECTIVES,
  HONORIFIC_NAMES,
  honorificLength,
  MEETING_OBJECT_CUES,
  MONTHS,
  NAME_PARTICLES,
  ORG_HEADS,
  PERSON_HEADS,
  POST_COMPLEMENTS,
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
  /** the tagger reads a word of the name as a proper noun (always true with the backbone off) */
  proper: boolean;
  /** one word that the tagger and the English word list both read as a common word ("Subsequently") */
  common: boolean;
}

const VENUE_HEADS = new Set(
  "house complex guesthouse hall palace lawn center centre expo stadium hotel airport square building residence chancellery compound headquarters garden gardens room bridge mosque terminal museum tower port cathedral church temple monument memorial casa istana palacio palais qasr".split(
    " ",
  ),
);
const STATE_WORDS = new Set(
  "republic kingdom state states islamic federation democratic united arab emirates people's federal socialist union sultanate emirate principality".split(
    " ",
  ),
);
const CAPTION_MARK = /^\s*\((?:[RLCrlc]|left|right|center|centre|2nd [LR]|3rd [LR])\)/;

const isUpperWord = (t: Token | undefined) =>
  !!t && ((t.upper && startsWithLetter(t.text)) || (hyphenAt2or3(t.text) && ARTICLE_PREFIX.test(t.text)));
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|at|ul|ud)-\p{Lu}/u;
/** The prefix pattern's hyphen stands third or fourth: a cheap test before the pattern, asked of every token. */
const hyphenAt2or3 = (text: string) => text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45;
const startsWithLetter = (text: string) => {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && /^\p{L}/u.test(text));
};
/** Title words that end a title part; honorifics (Sheikh, Prince) may be part of a name instead. */
const CORE_TITLES = new Set([...TITLE_WORDS].filter((w) => !HONORIFIC_NAMES.has(w)));
const REGION_HEADS = new Set(
  "islands island mountains sea ocean river valley strait peninsula coast desert lake gulf bay".split(" "),
);
const lower = (t: Token) => t.text.toLowerCase();
/** Forms of address written with a dot that open a name: "Dr. X", "Prof. X". */
const DOTTED_ONLY_TITLES = new Set(["sen", "rep", "gov"]);
const DOTTED_HONORIFICS = new Set("dr mr mrs ms prof gen col capt lt maj hon rev amb sen rep gov".split(" "));
const COMPASS = new Set("north south east west central northern southern eastern western".split(" "));

export function findMentions(text: string, sentences: Sentence[], tagging?: Tagging): Mention[] {
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
          NAME_PARTICLES.has(t.text) &&
          NAME_PARTICLES.has(tokens[j + 1]?.text ?? "") &&
          isUpperWord(tokens[j + 2])
        )
          j += 3;
        else if (
          (t.text === "of" || t.text === "the" || (t.text === "to" && placeAt(tokens, j + 1, gaz))) &&
          isUpperWord(tokens[j + 1]) &&
          titleLike(tokens.slice(runStart, j), gaz)
        )
          j++;
        else if (
          // "Ferdinand 'Bongbong' Marcos": a nickname in quotes inside a name
          /^["'“‘]$/.test(t.text) &&
          isUpperWord(tokens[j + 1]) &&
          /^["'”’]$/.test(tokens[j + 2]?.text ?? "") &&
          isUpperWord(tokens[j + 3])
        )
          j += 4;
        else if (
          // "Leader of the Opposition X"
          t.text === "of" &&
          tokens[j + 1]?.text === "the" &&
          isUpperWord(tokens[j + 2]) &&
          titleLike(tokens.slice(runStart, j), gaz)
        )
          j += 2;
        else if (
          t.text === "." &&
          t.start - tokens[j - 1]!.end === 0 &&
          (tokens[j - 1]!.text.length === 1 || DOTTED_HONORIFICS.has(lower(tokens[j - 1]!))) &&
          isUpperWord(tokens[j + 1])
        )
          j++;
        else break;
      }
      classifyRun(tokens, runStart, j, si, gaz, out, text, tagging);
      i = j;
    }
  });
  return out;
}

/** Tokens that so far read as a title or a state ("Minister of Foreign Affairs of the Republic"). */
function titleLike(run: Token[], gaz: Gazetteer): boolean {
  return run.every((t) => {
    const w = lower(t);
    if (w === "." || /^\p{Lu}$/u.test(t.text)) return true; // "U.S. Secretary of State"
    return (
      TITLE_WORDS.has(w) ||
      STATE_WORDS.has(w) ||
      w === "of" ||
      w === "the" ||
      w === "to" ||
      gaz.demonyms.has(foldKey(w)) ||
      gaz.places.has(foldKey(w))
    );
  });
}

/** Folded keys of token texts, computed once: the same words are tried as places many times per run. */
const foldedWords = new Map<string, string>();
function foldedToken(t: Token): string {
  let key = foldedWords.get(t.text);
  if (key === undefined) {
    if (foldedWords.size >= 20_000) foldedWords.clear();
    key = foldKey(t.text);
    foldedWords.set(t.text, key);
  }
  return key;
}

/**
 * The longest place name starting at run[from], ending before `to`. Folding drops the spaces between words,
 * so the key of n words is the n tokens' folded keys joined.
 */
function placeAt(run: Token[], from: number, gaz: Gazetteer, to = run.length): { place: Place; length: number } | null {
  const longest = Math.min(gaz.maxTokens, to - from);
  if (longest < 1) return null;
  const keys: string[] = [];
  let key = "";
  for (let n = 1; n <= longest; n++) {
    const t = run[from + n - 1];
    if (t) key += foldedToken(t);
    keys.push(key);
  }
  for (let n = longest; n >= 1; n--) {
    const place = gaz.places.get(keys[n - 1]!);
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
  tagging?: Tagging,
) {
  let start = from;
  while (start < to && FUNCTION_WORDS.has(lower(tokens[start]!))) start++;
  // "On Wednesday Tamm met ...": a leading day or month is a date, not part of the name.
  while (start < to - 1 && (WEEKDAYS.has(lower(tokens[start]!)) || MONTHS.has(lower(tokens[start]!)))) start++;
  if (start >= to) return;
  // Title part: everything up to the last title word, with demonyms, states and countries on the way
  // ("Minister of Foreign Affairs of the Republic of Kazakhstan | Murat Nurtleu", "Mombasa Governor | X").
  let country: string | null = null;
  const titleWords: string[] = [];
  let k = start;
  for (let p = start; p < to; p++) {
    const w = lower(tokens[p]!);
    // "Sen. X" is a senator, "Hun Sen" a name: short forms are titles only with their dot.
    const dotted = tokens[p + 1]?.text === "." && p + 2 < to;
    const asTitle = DOTTED_ONLY_TITLES.has(w) && !dotted ? null : titleForm(w);
    if (asTitle) {
      titleWords.push(DOTTED_ONLY_TITLES.has(w) ? expandTitle(asTitle) : asTitle);
      k = p + 1 + (dotted && DOTTED_ONLY_TITLES.has(w) ? 1 : 0);
      if (k > p + 1) p++;
      continue;
    }
    if (p !== k) continue;
    // "North Korean leader": a demonym of two words, then of one.
    const pair = p + 2 < to ? gaz.demonyms.get(foldKey(`${w}${lower(tokens[p + 1]!)}`)) : undefined;
    if (pair) {
      country ??= pair;
      p += 1;
      k = p + 1;
      continue;
    }
    const demonym = gaz.demonyms.get(foldKey(w));
    // "of Saudi Arabia": a place of several words wins over the demonym of its first word.
    const longer = demonym && titleWords.length > 0 ? placeAt(tokens, p, gaz, to) : null;
    if (demonym && p + 1 < to && !(longer && longer.length > 1)) {
      country ??= demonym;
      k = p + 1;
      continue;
    }
    if ((w === "of" || w === "the" || w === "for" || w === "to" || STATE_WORDS.has(w)) && titleWords.length > 0) {
      k = p + 1;
      continue;
    }
    const found = placeAt(tokens, p, gaz, to);
    if (found && found.place.kind === "country" && p + found.length < to) {
      const next = lower(tokens[p + found.length]!);
      if (CORE_TITLES.has(next) || titleWords.length > 0) country ??= found.place.countryCode;
      p += found.length - 1;
      k = p + 1;
    }
  }
  // "H.E. Thong Khon", "HRH Prince X": "His Excellency" and its kin abbreviated open the name like an honorific.
  const abbreviated = abbreviatedHonorific(tokens, k, to);
  const excellency = abbreviated > 0;
  k += abbreviated;
  let nameTokens = tokens.slice(k, to);
  // "Deputy Amir of Qatar", "Crown Prince of Abu Dhabi": a post of a place, never a name.
  if (nameTokens.some((t) => t.text === "of")) {
    push(
      out,
      "role",
      tokens.slice(start, to),
      si,
      titleWords.length ? expandTitle(titleWords.join(" ")) : lower(nameTokens[0]!),
      country,
      text,
    );
    return;
  }
  // "Tonga-New Zealand": places joined by a hyphen.
  const joined = nameTokens.map((t) => t.text).join(" ");
  if (joined.includes("-") && joined.split("-").every((part) => gaz.places.has(foldKey(part.trim())))) return;
  // "Unity Movement Sheikh Omar Haddad": an organisation's name, then an honorific opening a person's name.
  // "Chairman of the Mazhilis of Parliament Nurlan X": after a post's complement, the institution ends at its head.
  const orgEnd = nameTokens.findLastIndex((t) => ORG_HEADS.has(lower(t)));
  const afterPost = postBefore(tokens, from);
  let namedAfterInstitution = false;
  if (
    orgEnd >= 0 &&
    nameTokens.length - orgEnd >= 3 &&
    (HONORIFIC_NAMES.has(lower(nameTokens[orgEnd + 1]!)) ||
      ((afterPost || titleWords.length > 0 || orgEnd > 0) &&
        nameTokens.slice(0, orgEnd).every((t) => TITLE_WORDS.has(lower(t)) || HONORIFIC_NAMES.has(lower(t)))))
  ) {
    push(out, "organization", nameTokens.slice(0, orgEnd + 1), si, null, null, text);
    nameTokens = nameTokens.slice(orgEnd + 1);
    namedAfterInstitution = true;
  }
  // "UN Tareq X": a known body's short name before a full name is not part of it ("AKM Shamsul Islam" is).
  if (nameTokens.length >= 3 && isBodyAcronym(nameTokens[0]!.text, gaz)) {
    push(out, "organization", nameTokens.slice(0, 1), si, null, null, text);
    nameTokens = nameTokens.slice(1);
  }
  // "Minister of State Events Justin X", "Governor of State Capital Powes Y": the title ends where the name
  // begins, and a name does not begin with a common noun of the title.
  if (titleWords.length > 0 || afterPost)
    while (nameTokens.length > 2 && complementNoun(nameTokens[0]!)) nameTokens = nameTokens.slice(1);
  const runTokens = tokens.slice(start, to);
  country ??= contextCountry(tokens, from, gaz);
  const title = titleWords.length > 0 ? expandTitle(titleWords.join(" ")) : null;
  const prefix = tokens.slice(start, k);
  if (prefix.some((t) => ORG_HEADS.has(lower(t)))) {
    // "European Commission President X": the organisation stands before the title.
    const end = prefix.findLastIndex((t) => ORG_HEADS.has(lower(t)));
    push(out, "organization", prefix.slice(0, end + 1), si, null, country, text);
  }
  if (nameTokens.length === 0) {
    if (title) push(out, "role", runTokens, si, title, country, text);
    return;
  }
  const words = nameTokens.map(lower);
  if (words.every((w) => MONTHS.has(w) || WEEKDAYS.has(w))) return;
  const whole = placeAt(nameTokens, 0, gaz);
  if (whole && whole.length === nameTokens.length) {
    push(out, "location", nameTokens, si, title, whole.place.countryCode, text, whole.place);
    return;
  }
  // "Arab", "German-Polish", "South American": adjectives of peoples and regions, not names.
  const parts: string[] = [];
  for (const t of nameTokens) for (const part of lower(t).split("-")) parts.push(part);
  if (
    (parts.length > 1 || GROUP_ADJECTIVES.has(parts[0]!)) &&
    parts.every((part) => GROUP_ADJECTIVES.has(part) || COMPASS.has(part) || gaz.demonyms.has(foldKey(part)))
  )
    return;
  if (nameTokens.length === 1 && gaz.demonyms.has(foldKey(nameTokens[0]!.text))) {
    push(out, "demonym", nameTokens, si, null, gaz.demonyms.get(foldKey(nameTokens[0]!.text))!, text);
    return;
  }
  if (nameTokens.some((t) => ORG_HEADS.has(lower(t)))) {
    push(
      out,
      "organization",
      prefix.some((t) => ORG_HEADS.has(lower(t))) ? nameTokens : runTokens,
      si,
      null,
      country,
      text,
    );
    return;
  }
  if (nameTokens.some((t) => VENUE_HEADS.has(lower(t)))) return;
  // "the Kingdom", "Mauritanians Abroad": a state's common noun or a people in the plural names nobody.
  if (nameTokens.length === 1 && STATE_WORDS.has(lower(nameTokens[0]!))) return;
  if (nameTokens.some((t) => /s$/.test(t.text) && gaz.demonyms.has(foldKey(t.text.slice(0, -1))))) return;
  if (nameTokens.length === 1 && /^[A-Z]{2,6}$/.test(nameTokens[0]!.text)) {
    push(out, "organization", nameTokens, si, null, null, text);
    return;
  }
  const leading = honorificLength(nameTokens.map((t) => t.text));
  const nameWords = nameTokens
    .slice(leading)
    .filter(
      (t) =>
        /\p{L}/u.test(t.text) &&
        !NAME_PARTICLES.has(t.text.toLowerCase()) &&
        !HONORIFIC_NAMES.has(t.text.toLowerCase()),
    );
  if (nameWords.length > 5 || (whole && nameTokens.length === 2 && REGION_HEADS.has(lower(nameTokens[1]!)))) return;
  if (nameTokens.some((t) => REGION_HEADS.has(lower(t)))) return;
  // Person cues.
  const before = tokens.slice(Math.max(0, from - 3), from);
  const next = tokens[to];
  const after = tokens.slice(to, to + 4).map(lower);
  const prev = before.at(-1);
  // "foreign minister X", "then-President X", "the policy chief, X,"
  const titleWord = (t: Token | undefined) =>
    !!t && !t.upper && TITLE_WORDS.has(lower(t).replace(/^(?:then|ex|former)-/, ""));
  const roleBefore =
    titleWord(prev) ||
    (/^then-|^ex-|^former-/i.test(prev?.text ?? "") && TITLE_WORDS.has(lower(prev!).replace(/^\w+-/, ""))) ||
    (prev?.text === "," &&
      titleWord(before.at(-2)) &&
      (after.length === 0 || [",", ";", ".", "and"].includes(after[0]!)));
  const appositive =
    after[0] === "," &&
    (TITLE_WORDS.has(after[1] ?? "") ||
      // "Majid X, UAE Ambassador to Spain": a full name, then its post with the country before it
      (nameWords.length > 1 && postAfter(tokens, to + 1)) ||
      // "Sergei Shoigu, now secretary of ...", "X, a former minister"
      (["the", "a", "an", "his", "her", "now", "then", "currently", "formerly", "also"].includes(after[1] ?? "") &&
        (TITLE_WORDS.has(after[2] ?? "") || gaz.demonyms.has(foldKey(after[2] ?? "")))));
  const captionMark = CAPTION_MARK.test(text.slice(nameTokens.at(-1)!.end, nameTokens.at(-1)!.end + 12));
  // "Iran's Araghchi": a weak cue only, since "Beijing's Belt and Road" reads the same way.
  const possessed = tokens[from - 1]?.text === "'s" && country !== null;
  const honorific =
    excellency ||
    (nameTokens.length > 1 && HONORIFIC_NAMES.has(lower(nameTokens[0]!)) && nameTokens[0]!.upper) ||
    (leading > 0 && nameTokens.length > leading);
  const strong =
    (title !== null && titleWords.some((w) => PERSON_HEADS.has(w))) ||
    (afterPost && nameWords.length > 1) ||
    (namedAfterInstitution && nameWords.length > 1) ||
    roleBefore ||
    appositive ||
    captionMark ||
    honorific;
  // "Abbas Araghchi of Iran, Sergei Lavrov of Russia": a full name said to be of a country.
  const ofPlace = after[0] === "of" ? placeAt(tokens, to + 1, gaz) : null;
  const ofCountry = ofPlace?.place.kind === "country" && nameTokens.length >= 2 ? ofPlace.place.countryCode : null;
  const weak =
    possessed ||
    (!!next && SUBJECT_VERBS.has(lower(next))) ||
    (!!prev && MEETING_OBJECT_CUES.has(lower(prev))) ||
    after[0] === "'s" ||
    (after[0] === "," && after[1] === "who") ||
    ofCountry !== null;
  // "his Maldivian counterpart X": the post and the country stand before the name in lower case.
  const roleTitle =
    roleBefore && titleWord(prev) ? expandTitle(lower(prev!).replace(/^(?:then|ex|former)-/, "")) : null;
  const roleCountry = roleTitle ? countryBeforeTitle(tokens, from, gaz) : null;
  // "His Highness the Amir, Sheikh X", "the President of the Swiss Confederation, Y": a title chain, a comma,
  // then the name it introduces.
  const chain = prev?.text === "," ? titleChainBefore(tokens, from - 1, gaz) : null;
  // "the Amir", "His Highness": honorifics alone refer to a person by post; they are no name.
  if (nameWords.length === 0) {
    push(out, "role", runTokens, si, title ?? lower(nameTokens.at(-1)!), country, text);
    return;
  }
  // "President of the Swiss Confederation", "Leader of the Nation": one dictionary word closing a post.
  const lastOfPost = tokens[k - 1];
  const closesPost =
    k > start &&
    !!lastOfPost &&
    (/^(?:the|of)$/i.test(lastOfPost.text) ||
      STATE_WORDS.has(lower(lastOfPost)) ||
      gaz.demonyms.has(foldKey(lastOfPost.text)));
  // "Chairman of the Mazhilis": one word after "of" or "the" completes the post; it names an institution.
  if (
    closesPost &&
    nameWords.length === 1 &&
    (isEnglishWord(nameWords[0]!.text) || /^(?:the|of)$/i.test(lastOfPost!.text))
  )
    return;
  // "Royal Family", "Related Summits": words of the dictionary only make a name when a post or an
  // honorific stands before them.
  if (
    nameWords.length > 1 &&
    nameWords.every((t) => isEnglishWord(t.text)) &&
    !titleWords.length &&
    !honorific &&
    !roleBefore &&
    !chain
  )
    return;
  push(
    out,
    "person",
    nameTokens,
    si,
    title ?? roleTitle ?? chain?.title ?? null,
    country ?? ofCountry ?? roleCountry ?? chain?.country ?? null,
    text,
    undefined,
    strong || chain !== null,
    weak,
    readName(nameWords, tagging),
  );
}

/**
 * How the tagger and the word list read a name: a name needs a word that is a proper noun to the tagger or
 * no English word at all (taggers read unfamiliar names as anything: "Woo" as a verb); one word that both
 * read as a common word ("Subsequently") is common.
 */
function readName(words: Token[], tagging: Tagging | undefined) {
  if (!tagging) return { proper: true, common: false };
  // The dictionary first: the tagger is asked only about words that could be common ones.
  const commonWord = words.map((t) => {
    if (!isEnglishWord(t.text)) return false;
    const pos = tagging.posAt(t.start);
    return pos !== null && pos !== "PROPN";
  });
  return { proper: !commonWord.every(Boolean), common: words.length === 1 && commonWord[0]! };
}

/**
 * The title chain that ends at the comma before a name: capitalised title words, states, demonyms and
 * places, joined by "of" and "the" ("His Highness the Amir", "President of the Republic of Kazakhstan").
 */
function titleChainBefore(
  tokens: Token[],
  comma: number,
  gaz: Gazetteer,
): { title: string; country: string | null } | null {
  let head = -1;
  let country: string | null = null;
  for (let i = comma - 1; i >= 0 && comma - i <= 24; i--) {
    const t = tokens[i]!;
    const w = lower(t);
    if (t.text === ")") {
      // a parenthetical inside the chain: "(Upper House)", "(consultative assembly)"
      const open = tokens.findLastIndex((o, k) => k < i && o.text === "(");
      if (open < 0 || i - open > 8) return null;
      i = open;
      continue;
    }
    if (CHAIN_LINKS.has(t.text)) continue;
    // "Minister of Foreign Affairs, Cooperation and X Abroad, Y": a comma between portfolios of one post
    if (t.text === "," && tokens[i - 1]?.upper && tokens[i + 1]?.upper) continue;
    // "the president of Cuba, X": a post in lower case, when the chain says whose post it is
    if (!t.upper && !TITLE_WORDS.has(w)) break;
    const code = gaz.demonyms.get(foldKey(w)) ?? gaz.places.get(foldKey(w))?.countryCode;
    if (code) country ??= code;
    if (PERSON_HEADS.has(w) && !HONORIFIC_ONLY.has(w)) head = i;
  }
  if (head < 0) return null;
  // In lower case only a post said to be of somewhere ("the president of Cuba,", "the Omani minister,") opens
  // a name; "his counterpart, X" is read where the name is (a counterpart's post is the other person's).
  if (!tokens[head]!.upper) {
    const complement = tokens.slice(head + 1, comma).some((t) => t.text === "of" || t.text === "to");
    if (lower(tokens[head]!) === "counterpart" || (country === null && !complement)) return null;
  }
  // "Director William Burns," is a name after the post, "President of the Republic," a complement.
  const next = tokens[head + 1];
  const opens = !next || next.text === "," || CHAIN_LINKS.has(next.text) || TITLE_WORDS.has(lower(next));
  return opens && namesNobody(tokens, head + 1, comma, gaz)
    ? { title: expandTitle(lower(tokens[head]!)), country }
    : null;
}

/**
 * After a post comes its complement ("of the Republic", "to Bangladesh", "of the Shura Council") or more title
 * words, never a name: a word that is neither title, state, place nor dictionary word, and that does not open
 * a name of an institution after "of" or "the", is someone's name ("Director William Burns,", "Supreme Leader
 * Ayatollah Khamenei,").
 */
function namesNobody(tokens: Token[], from: number, to: number, gaz: Gazetteer): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    const w = lower(t);
    if (CHAIN_LINKS.has(t.text) || t.text === "(" || t.text === ")") continue;
    const place = placeAt(tokens, j, gaz, to);
    if (place) {
      j += place.length - 1;
      continue;
    }
    if (TITLE_WORDS.has(w) || STATE_WORDS.has(w) || HONORIFIC_NAMES.has(w) || gaz.demonyms.has(foldKey(w))) continue;
    if (w.endsWith("s") && gaz.demonyms.has(foldKey(w.slice(0, -1)))) continue; // "Mauritanians Abroad"
    if (!t.upper || isEnglishWord(t.text)) continue;
    if (!/^(?:of|the|\()$/i.test(tokens[j - 1]?.text ?? "")) return false;
  }
  return true;
}

/**
 * A noun that completes a post rather than opening a name: a plural the dictionary knows in the singular
 * ("Events", "Resources") or a word for an area or a unit ("Capital", "District"). Given names that are also
 * words ("Grace", "Mark") are neither.
 */
function complementNoun(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (POST_COMPLEMENTS.has(w)) return true;
  return /[^s]s$/.test(w) && isEnglishWord(w) && isEnglishWord(w.slice(0, -1));
}

/** Short names of bodies and states that stand before a person's name: "UN", "EU", "UAE". */
function isBodyAcronym(word: string, gaz: Gazetteer): boolean {
  return /^[A-Z]{2,6}$/.test(word) && (BODY_ACRONYMS.has(word) || gaz.places.has(foldKey(word)));
}

/** "H.E.", "H.H.", "H.R.H." (dotted) or "HE", "HH", "HRH", "HM" before at least two words of a name: tokens taken. */
function abbreviatedHonorific(tokens: Token[], k: number, to: number): number {
  if (/^H(?:E|H|RH|M)$/.test(tokens[k]?.text ?? "") && to - k >= 3) return 1;
  let at = k;
  while (at + 1 < to && /^[A-Z]$/.test(tokens[at]!.text) && tokens[at + 1]!.text === ".") at += 2;
  const letters = (at - k) / 2;
  if (letters < 2 || tokens[k]!.text !== "H" || at >= to) return 0;
  return at - k;
}

/**
 * Whether a post stands just before the run, linked to it by its complement: "Chairman of the Mazhilis of |
 * Parliament X". Walks back over linking words and capitalised words, never past a comma.
 */
function postBefore(tokens: Token[], from: number): boolean {
  for (let i = from - 1; i >= 0 && from - i <= 10; i--) {
    const t = tokens[i]!;
    const w = lower(t);
    if (PERSON_HEADS.has(w) && !HONORIFIC_ONLY.has(w)) return i < from - 1;
    // "talks with Premier X on the Rail Baltica project": "on" and "at" lead away from a post
    if (!POST_LINKS.has(t.text) && !t.upper) return false;
  }
  return false;
}

const POST_LINKS = new Set(["of", "the", "for", "to", "and", "&"]);

/** ", UAE Ambassador to Spain": a post after the comma, with at most three capitalised words before it. */
function postAfter(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < 4; i++) {
    const t = tokens[i]!;
    if (PERSON_HEADS.has(lower(t)) && !HONORIFIC_ONLY.has(lower(t))) return true;
    if (!t.upper && t.text !== "'s") return false;
  }
  return false;
}

/** Lower-case words that link the parts of a post: "Chief of Staff at the Presidency of the Republic". */
const CHAIN_LINKS = new Set(["of", "the", "for", "to", "at", "and", "on", "&"]);

/** Forms of address that say nothing of a post ("His Excellency, X" names no office). */
const HONORIFIC_ONLY = new Set("mr mrs ms dr prof".split(" "));

const ABBREVIATED_TITLES: Record<string, string> = {
  fm: "foreign minister",
  pm: "prime minister",
  dpm: "deputy prime minister",
  pres: "president",
  sen: "senator",
  rep: "representative",
  gov: "governor",
};
/**
 * A title word as it is kept ("ministers" and "presidents" in the singular), also as the head of a
 * compound ("Minister-in-Attendance"), or null.
 */
function titleForm(w: string): string | null {
  let form = titleForms.get(w);
  if (form === undefined) {
    if (titleForms.size >= 20_000) titleForms.clear();
    form = readTitleForm(w);
    titleForms.set(w, form);
  }
  return form;
}
/** Title forms already read: every capitalised word of every run is asked. */
const titleForms = new Map<string, string | null>();

function readTitleForm(w: string): string | null {
  if (CORE_TITLES.has(w) || w in ABBREVIATED_TITLES) return w;
  if (w.endsWith("s") && CORE_TITLES.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w.includes("-") && CORE_TITLES.has(w.split("-")[0]!)) return w;
  return null;
}
const expandTitle = (title: string) => ABBREVIATED_TITLES[title] ?? title;

/** "U.S. special envoy X", "Egyptian intelligence chief X": the demonym before lower-case title words. */
function countryBeforeTitle(tokens: Token[], from: number, gaz: Gazetteer): string | null {
  let i = from - 1;
  while (i >= 0 && !tokens[i]!.upper && TITLE_WORDS.has(lower(tokens[i]!))) i--;
  for (let n = 1; n <= 4 && i - n + 1 >= 0; n++) {
    const words = tokens.slice(i - n + 1, i + 1).map((t) => t.text);
    const code = gaz.demonyms.get(foldKey(words.join(""))) ?? gaz.demonyms.get(foldKey(words.join(" ")));
    if (code) return code;
  }
  return null;
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
  reading: { proper: boolean; common: boolean } = { proper: true, common: false },
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
    proper: reading.proper,
    common: reading.common,
  });
}

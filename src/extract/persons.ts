// Within-article coreference of names: one Person per real person, whatever the spelling
// ("Amirabdollahian" / "Amir Abdollahian"), the length ("Albusaidi") or the honorific ("Sheikh ...").
import { HONORIFICS, honorificLength, NAME_PARTICLES, SUBJECT_VERBS } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import { foldKey, transliterationKey } from "./normalize.js";

export interface PersonCluster {
  index: number;
  name: string;
  forms: Set<string>;
  titles: Set<string>;
  countries: Map<string, number>;
  mentions: Mention[];
  /** folded tokens of the canonical name, honorifics and particles dropped */
  keys: string[];
}

/** Keys of each mention's tokens, read once per array: coreference asks for them many times. Never mutated. */
const keysOf = new WeakMap<string[], string[]>();
const wholeKeysOf = new WeakMap<string[], string[]>();

function nameKeys(tokens: string[], dropHonorifics = true): string[] {
  const memo = dropHonorifics ? keysOf : wholeKeysOf;
  let keys = memo.get(tokens);
  if (keys === undefined) {
    keys = readNameKeys(tokens, dropHonorifics);
    memo.set(tokens, keys);
  }
  return keys;
}

function readNameKeys(tokens: string[], dropHonorifics: boolean): string[] {
  const keys = tokens
    .filter((t) => !NAME_PARTICLES.has(t.toLowerCase()))
    // "al-Sharaa" and "Sharaa" are one name: the article prefix is not part of the key.
    .map((t) => foldKey(t.replace(/^(?:al|el|ad|as|ash|an|at|ul|ud)-/i, "")))
    .filter(Boolean);
  if (!dropHonorifics) return keys;
  return keys.slice(Math.min(honorificLength(keys), keys.length - 1));
}

/**
 * Whether `suffix` is the key sequence read without spaces from some i-th token on (`joined` being all of
 * it): it must end `joined` and begin where a token does.
 */
function isKeySuffix(keys: string[], joined: string, suffix: string): boolean {
  if (!joined.endsWith(suffix)) return false;
  const cut = joined.length - suffix.length;
  let at = 0;
  for (const k of keys) {
    if (at === cut) return true;
    at += k.length;
  }
  return false;
}

function matches(mention: string[], person: string[]): "full" | "suffix" | "token" | null {
  const m = mention.join("");
  const p = person.join("");
  if (m === p) return "full";
  // Spelling variants of a whole name of two words or more (Araghchi / Araqchi, Sergei / Sergey).
  if (mention.length >= 2 && person.length >= 2 && spelling(m) === spelling(p)) return "full";
  // "S Jaishankar" and "Subrahmanyam Jaishankar": an initial for the given name, the same surname.
  if (mention.length === person.length && mention.length >= 2 && initialsAgree(mention, person)) return "full";
  if (isKeySuffix(person, p, m) || isKeySuffix(mention, m, p)) return "suffix";
  // "Ismail Sabri" or "Bassirou Faye" for "Ismail Sabri Yaakob" or "Bassirou Diomaye Faye": the given name,
  // then some of the other names in order.
  if (mention.length >= 2 && (partOf(mention, person) || partOf(person, mention))) return "suffix";
  // "Mnangangwa" for "Mnangagwa": a long surname misspelt by one letter.
  if (mention.length === 1 && m.length >= 8 && oneEditApart(m, person.at(-1)!)) return "token";
  if (mention.length === 1 && person.includes(m) && m.length >= 2) return "token";
  return null;
}

/** Whether `short` (two names or more) starts like `long` and the rest of it follows within `long` in order. */
function partOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let at = 1;
  for (const k of short.slice(1)) {
    while (at < long.length && long[at] !== k) at++;
    if (at === long.length) return false;
    at++;
  }
  return true;
}

function initialsAgree(a: string[], b: string[]): boolean {
  if (a.at(-1) !== b.at(-1)) return false;
  return a.slice(0, -1).every((k, i) => {
    const other = b[i]!;
    return k === other || (k.length === 1 && other.startsWith(k)) || (other.length === 1 && k.startsWith(other));
  });
}

/** One letter inserted, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || b.length < 8) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * Text between a person's name and another name that says the second is the same person under another
 * name: "X, also known as Y", "X (a.k.a. Y)", "X, who was known by his nom de guerre Y", "X, formerly Y".
 */
const ALIAS_GAP =
  /^\s*[,(]?\s*(?:(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:also\s+|better\s+|formerly\s+|previously\s+|widely\s+)?(?:known|referred\s+to|called|named)\b[^.;()]{0,40}?\b(?:as|nom\s+de\s+guerre)|also\s+called|a\.?k\.?a\.?|alias|formerly|born|n[ée]e)\s*$/i;

interface Evidence {
  strong: boolean;
  weak: boolean;
  /** some mention is read as a proper noun */
  proper: boolean;
  /** every mention is one common English word */
  common: boolean;
}

/** A name that was read and not taken for a person, with the reason: the persons' pruning ledger. */
export interface RejectedName {
  what: string;
  reason: string;
  sentence: number;
}

export function clusterPersons(
  mentions: Mention[],
  text = "",
  /** sentences that are headlines, title-case or category lines */
  headingSentences: ReadonlySet<number> = new Set(),
): { persons: PersonCluster[]; rejected: RejectedName[] } {
  spellings.clear(); // a memo for this article only: nothing carries over between articles
  const candidates = mentions.filter((m) => m.kind === "person");
  // Which names are persons at all: a strong cue anywhere, or a weak cue on a full (two-word) name.
  const evidence = new Map<string, Evidence>();
  for (const m of candidates) {
    const key = nameKeys(m.tokens).join("");
    const e = evidence.get(key) ?? { strong: false, weak: false, proper: false, common: true };
    e.strong ||= m.strong;
    e.weak ||= m.weak;
    e.proper ||= m.proper;
    e.common &&= m.common;
    evidence.set(key, e);
  }
  // A person needs a proper-noun reading, and a word read as a common word everywhere is never one alone.
  const accepted = (e: Evidence | undefined, single: boolean) =>
    !!e && e.proper && !(single && e.common) && (single ? e.strong : e.strong || e.weak);
  const rejected = new Map<string, RejectedName>();
  const reject = (m: Mention, reason: string) => {
    if (!rejected.has(m.text)) rejected.set(m.text, { what: `person "${m.text}"`, reason, sentence: m.sentence });
  };
  const clusters: PersonCluster[] = [];
  const ordered = [...candidates].sort(
    (a, b) => nameKeys(b.tokens).length - nameKeys(a.tokens).length || a.start - b.start,
  );
  const pending: Mention[] = [];
  for (const m of ordered) {
    const keys = nameKeys(m.tokens);
    if (keys.length === 0) continue;
    const found = resolve(keys, m, clusters);
    if (found) {
      attach(found, m);
      continue;
    }
    const e = evidence.get(keys.join(""))!;
    // "replacing Fumio Kishida ... Kishida, who paid": the surname's cues elsewhere speak for the full name.
    const surname = keys.length >= 2 && plainName(m.tokens) ? evidence.get(keys.at(-1)!) : undefined;
    if (keys.length >= 2 && e.proper && (accepted(e, false) || accepted(surname, false))) {
      clusters.push(newCluster(clusters.length, m, keys));
    } else {
      pending.push(m);
    }
  }
  // Single names: join a known person, else stand alone when a strong cue says it is a person.
  for (const m of pending.sort((a, b) => a.start - b.start)) {
    const keys = nameKeys(m.tokens);
    const found = resolve(keys, m, clusters);
    const e = evidence.get(keys.join(""));
    if (found) attach(found, m);
    else if (accepted(e, true)) clusters.push(newCluster(clusters.length, m, keys));
    else reject(m, whyNot(e, keys.length === 1));
  }
  // A one-word "place" that is the name of a person of this article ("Hassan", also a city) is that person.
  for (const m of mentions) {
    if (m.kind !== "location" || m.place?.kind !== "city" || m.tokens.length !== 1) continue;
    const found = resolve(nameKeys(m.tokens), m, clusters);
    if (found && found.keys.length > 1) {
      m.kind = "person";
      attach(found, m);
    }
  }
  linkAliases(mentions, clusters, text);
  // "Joko Widodo (Jokowi) ... Jokowi said": a name turned down alone is the alias a person was just given.
  for (const m of pending) {
    const holder = clusters.find((c) => c.forms.has(m.text) && !c.mentions.includes(m));
    if (!holder || !rejected.has(m.text)) continue;
    attach(holder, m, false);
    if (!pending.some((o) => o.text === m.text && !holder.mentions.includes(o))) rejected.delete(m.text);
  }
  // A headline or title-case line may corroborate a person of the body, never introduce one.
  const kept = clusters.filter((c) => c.mentions.some((m) => !headingSentences.has(m.sentence)));
  for (const c of clusters)
    if (!kept.includes(c)) reject(c.mentions[0]!, "named only in a headline or title-case line");
  kept.forEach((c, index) => {
    c.index = index;
    c.mentions.sort((a, b) => a.start - b.start);
  });
  return { persons: kept, rejected: [...rejected.values()] };
}

function whyNot(e: Evidence | undefined, single: boolean): string {
  if (!e?.proper || (single && e.common)) return "read as common words by the tagger and the dictionary";
  return single ? "one word with no post or honorific before it" : "no post, honorific or verb that marks a person";
}

/** Names only, no verb in front ("Said Ayatollah X" after a quote) and no honorific inside. */
function plainName(tokens: string[]): boolean {
  return !SUBJECT_VERBS.has(tokens[0]!.toLowerCase()) && !tokens.slice(1).some((t) => HONORIFICS.has(t.toLowerCase()));
}

/** "X, also known as Y": Y joins X's person, even without a cue of its own. */
function linkAliases(mentions: Mention[], clusters: PersonCluster[], text: string) {
  if (!text) return;
  const owner = new Map<Mention, PersonCluster>();
  for (const c of clusters) for (const m of c.mentions) owner.set(m, c);
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const first = ordered[i] as Mention;
    const second = ordered[i + 1] as Mention;
    const holder = owner.get(first);
    if (!holder || second.sentence !== first.sentence || second.kind !== "person") continue;
    // "President Joko Widodo (Jokowi)": one word in brackets right after a full name is what people call them.
    // ("Pushpa Kamal Dahal 'Prachanda'": the same in quotes.)
    const gap = text.slice(first.end, second.start);
    const bracketed =
      ((/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(text.slice(second.end))) ||
        (/^\s*["'\u2018\u201c]$/.test(gap) && /^["'\u2019\u201d]/.test(text.slice(second.end)))) &&
      // one word, or a few that share a word with the full name ("Musa Rahman (Pak Musa)")
      (second.tokens.length === 1 ||
        (second.tokens.length <= 3 && second.tokens.some((t) => first.tokens.includes(t)))) &&
      first.tokens.length >= 2 &&
      !/^[A-Z]+$/.test(second.text);
    if (!bracketed && !ALIAS_GAP.test(text.slice(first.end, second.start))) continue;
    const other = owner.get(second);
    if (other === holder) continue;
    if (other) {
      for (const m of other.mentions) {
        attach(holder, m, false);
        owner.set(m, holder);
      }
      clusters.splice(clusters.indexOf(other), 1);
    } else {
      attach(holder, second, false);
      owner.set(second, holder);
    }
  }
  clusters.forEach((c, index) => {
    c.index = index;
  });
}

/** Transliteration keys of the names compared in one article, computed once each. */
const spellings = new Map<string, string>();
function spelling(joined: string): string {
  let key = spellings.get(joined);
  if (key === undefined) {
    key = transliterationKey(joined);
    spellings.set(joined, key);
  }
  return key;
}

/** A leading honorific may also be part of a name ("Amir Abdollahian"): try the name with it, then without. */
function resolve(keys: string[], m: Mention, clusters: PersonCluster[]): PersonCluster | null {
  const whole = nameKeys(m.tokens, false);
  return (whole.length > keys.length ? resolveKeys(whole, m, clusters) : null) ?? resolveKeys(keys, m, clusters);
}

function resolveKeys(keys: string[], m: Mention, clusters: PersonCluster[]): PersonCluster | null {
  const hits: { c: PersonCluster; how: string }[] = [];
  for (const c of clusters) {
    const how = matches(keys, c.keys);
    if (how && !(how === "suffix" && fathersName(stripHonorifics(m.tokens), c.name))) hits.push({ c, how });
  }
  if (hits.length === 0) return null;
  const exact = hits.filter((h) => h.how === "full");
  if (exact.length >= 1) return exact[0]!.c;
  const suffix = hits.filter((h) => h.how === "suffix");
  const pool = suffix.length > 0 ? suffix : hits;
  if (pool.length === 1) return pool[0]!.c;
  // "Ruto" with William and Rachel Ruto: a bare form keeps meaning whom it meant first.
  const owners = pool.filter(({ c }) => c.forms.has(m.text));
  if (owners.length === 1) return owners[0]!.c;
  // Ambiguous ("Biden" with Joe and Jill): the one mentioned last before this mention.
  let best: PersonCluster | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { c } of pool) {
    for (const other of c.mentions) {
      // An earlier mention counts nearer than a later one at the same distance.
      const distance = other.start < m.start ? m.start - other.start : (other.start - m.start) * 2;
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * "Mohamed bin Zayed Al Nahyan" inside "Hamdan bin Mohamed bin Zayed Al Nahyan": the end of a lineage name after
 * "bin", "ibn" or "bint" names the father, another person (either way round).
 */
function fathersName(a: string, b: string): boolean {
  const [short, long] = a.split(/\s+/).length <= b.split(/\s+/).length ? [a, b] : [b, a];
  const first = short.split(/\s+/)[0];
  if (!first) return false;
  const words = long.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && w === first);
  return at > 0 && /^(?:bin|ibn|bint|ben|ould)$/i.test(words[at - 1]!);
}

function newCluster(index: number, m: Mention, keys: string[]): PersonCluster {
  const c: PersonCluster = {
    index,
    name: "",
    forms: new Set(),
    titles: new Set(),
    countries: new Map(),
    mentions: [],
    keys,
  };
  attach(c, m);
  return c;
}

/** Adds a mention to a person; an alias (canName false) never becomes the canonical name. */
function attach(c: PersonCluster, m: Mention, canName = true) {
  c.mentions.push(m);
  c.forms.add(m.text);
  if (m.title) c.titles.add(m.title);
  if (m.country) c.countries.set(m.country, (c.countries.get(m.country) ?? 0) + 1);
  if (!canName) return;
  // Canonical name: the longest form once honorifics are dropped.
  const stripped = stripHonorifics(m.tokens);
  if (stripped.split(" ").length > c.name.split(" ").length || (c.name === "" && stripped)) {
    c.name = stripped;
    c.keys = nameKeys(m.tokens);
  }
}

function stripHonorifics(tokens: string[]): string {
  // quotes around a nickname are no part of the name's words
  const words = tokens.filter((t) => /\p{L}/u.test(t));
  return words.slice(Math.min(honorificLength(words), words.length - 1)).join(" ");
}

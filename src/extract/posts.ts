// Posts: a title phrase ("Iran's top diplomat", "the Minister of Foreign Affairs of Oman", "NATO
// Secretary-General", "former FM") read as a normalised office and the country or organisation it belongs
// to. The table holds office words and their synonyms only, never people, and stays small on purpose:
// an office it does not know gives no post, and the title stays a plain string on the person.
import { sovereignDemonyms } from "./country-lookup.js";
import { type Gazetteer, gazetteer } from "./gazetteer.js";
import { ORG_HEADS } from "./lexicon.js";
import { foldKey } from "./normalize.js";

/** Whether the phrase says the person holds the post now, held it before, or is about to take it. */
export type PostStanding = "current" | "former" | "designate";

export interface PostReading {
  office: string;
  /** ISO 3166-1 alpha-2 code */
  country: string | null;
  organization: string | null;
  standing: PostStanding;
}

/** Canonical office -> the ways reports write it (compared without "of", "the", "for", "and" and hyphens). */
const OFFICES: Record<string, string[]> = {
  president: ["president", "head of state"],
  "vice president": ["vice president", "vice-president"],
  "prime minister": ["prime minister", "pm", "premier", "head of government"],
  "deputy prime minister": ["deputy prime minister", "dpm", "vice premier", "vice-premier"],
  chancellor: ["chancellor", "federal chancellor"],
  "foreign minister": [
    "foreign minister",
    "fm",
    "minister of foreign affairs",
    "minister for foreign affairs",
    "foreign affairs minister",
    "minister of external affairs",
    "external affairs minister",
    "secretary of state",
    "top diplomat",
    "chief diplomat",
  ],
  "defence minister": [
    "defence minister",
    "defense minister",
    "minister of defence",
    "minister of defense",
    "minister of national defence",
    "minister of national defense",
    "defence secretary",
    "defense secretary",
    "secretary of defense",
  ],
  "interior minister": ["interior minister", "minister of the interior", "minister of interior", "home minister"],
  "finance minister": ["finance minister", "minister of finance", "treasury secretary", "secretary of the treasury"],
  "trade minister": ["trade minister", "minister of trade", "commerce minister", "minister of commerce"],
  "energy minister": ["energy minister", "minister of energy"],
  "national security adviser": ["national security adviser", "national security advisor"],
  "secretary-general": ["secretary-general", "secretary general"],
  "supreme leader": ["supreme leader"],
  king: ["king"],
  queen: ["queen"],
  emir: ["emir", "amir"],
  sultan: ["sultan"],
  "crown prince": ["crown prince", "crown-prince"],
  "speaker of parliament": ["speaker of parliament", "parliament speaker", "parliamentary speaker"],
};

/** Offices of organisations, not states: a person's own country never tells whose they are. */
export const ORGANIZATION_OFFICES = new Set(["secretary-general"]);

/** Words that qualify an office without changing it: whether the person holds it now. */
const STANDING = new Map<string, PostStanding>([
  ["former", "former"],
  ["ex", "former"],
  ["then", "former"],
  ["late", "former"],
  ["onetime", "former"],
  ["erstwhile", "former"],
  ["designate", "designate"],
  ["elect", "designate"],
  ["incoming", "designate"],
  ["would-be", "designate"],
  ["acting", "current"],
  ["interim", "current"],
  ["outgoing", "current"],
  ["caretaker", "current"],
  ["current", "current"],
  ["sitting", "current"],
  ["new", "current"],
]);

const LINK_WORDS = new Set(["of", "the", "for", "and", "'s", "s", "'"]);
/** A deputy keeps the office's name: "deputy foreign minister", "first deputy prime minister". */
const DEPUTY_WORDS = new Set(["deputy", "vice", "first"]);

const officeKey = (words: string[]) => words.filter((w) => !LINK_WORDS.has(w)).join(" ");

let officeIndex: Map<string, string> | undefined;
function offices(): Map<string, string> {
  if (!officeIndex) {
    officeIndex = new Map();
    for (const [office, forms] of Object.entries(OFFICES))
      for (const form of [office, ...forms]) officeIndex.set(officeKey(splitWords(form.toLowerCase())), office);
  }
  return officeIndex;
}

/** Words of a phrase; hyphens split ("then-foreign", "Secretary-General") and the possessive stands alone. */
function splitWords(phrase: string): string[] {
  return phrase
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, " 's")
    .split(/[\s,;:()]+|-(?=\p{L})/u)
    .map((w) => w.replace(/^[.'"]+|[."]+$/g, ""))
    .filter(Boolean);
}

/** The canonical office a title names ("Minister of Foreign Affairs", "FM" -> "foreign minister"), or null. */
export function canonicalOffice(title: string): string | null {
  const words = splitWords(title.toLowerCase());
  const key = officeKey(words);
  const exact = offices().get(key);
  if (exact) return exact;
  let deputy = 0;
  while (deputy < words.length - 1 && DEPUTY_WORDS.has(words[deputy] as string)) deputy++;
  if (deputy === 0) return null;
  const rest = offices().get(officeKey(words.slice(deputy)));
  return rest ? `deputy ${rest}` : null;
}

/** A country named by its name or its people: "Iran", "Iranian", "South Korean", "UK". */
export function countryNamed(phrase: string, gaz: Gazetteer = gazetteer()): string | null {
  return countryOfKey(foldKey(phrase), gaz);
}

function countryOfKey(key: string, gaz: Gazetteer): string | null {
  const demonym = gaz.demonyms.get(key);
  if (demonym) return sovereignDemonyms().get(key) ?? demonym;
  const place = gaz.places.get(key);
  return place?.kind === "country" ? place.countryCode : null;
}

/** A country as a query gives it: an ISO code ("IR") or a name or demonym. */
export function countryCode(phrase: string, gaz: Gazetteer = gazetteer()): string | null {
  const trimmed = phrase.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && gaz.countries.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return countryNamed(trimmed, gaz);
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(w);

/**
 * Reads a title phrase, or null when it names no office the table knows or holds a word that is neither
 * office, qualifier, country nor organisation ("who met the foreign minister" is no title).
 */
export function readPost(phrase: string, gaz: Gazetteer = gazetteer()): PostReading | null {
  const words = splitWords(phrase);
  let standing: PostStanding = "current";
  let country: string | null = null;
  const officeWords: string[] = [];
  const orgWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    // Countries first: "New Zealand" is a country before "new" is a qualifier.
    const place = longestCountry(words, i, gaz);
    if (place) {
      country ??= place.code;
      i += place.length - 1;
      continue;
    }
    const qualifier = STANDING.get(lower);
    if (qualifier) {
      // "former" outweighs "acting": a former acting minister holds nothing now.
      if (qualifier !== "current" && standing === "current") standing = qualifier;
      continue;
    }
    if (LINK_WORDS.has(lower)) continue;
    if (isOfficeWord(lower)) {
      // A capitalised office word after an organisation's words still belongs to the office.
      officeWords.push(lower);
      continue;
    }
    // Organisation words: an acronym, an organisation head ("League"), or the word before one ("Arab").
    const next = (words[i + 1] ?? "").toLowerCase();
    if (isCapitalised(word) && (isAcronym(word) || ORG_HEADS.has(lower) || ORG_HEADS.has(next))) {
      orgWords.push(word);
      continue;
    }
    return null;
  }
  const office = officeWords.length ? canonicalOffice(officeWords.join(" ")) : null;
  if (!office) return null;
  return { office, country, organization: orgWords.length ? orgWords.join(" ") : null, standing };
}

/**
 * Whether no phrase that begins with `word` (the text of one word, as longestPost cuts it) can read as a post:
 * its first word, the same in every longer phrase, is in lower case and neither a qualifier, a linking word
 * nor a word of an office, so readPost turns down each of them at once.
 */
export function opensNoPost(word: string): boolean {
  const first = splitWords(word)[0];
  if (first === undefined) return false;
  const lower = first.toLowerCase();
  return !isCapitalised(first) && !STANDING.has(lower) && !LINK_WORDS.has(lower) && !isOfficeWord(lower);
}

/** Every word any office form uses ("foreign", "affairs", "top", "diplomat"), and deputy words. */
let officeVocabulary: Set<string> | undefined;
function isOfficeWord(word: string): boolean {
  if (!officeVocabulary) {
    officeVocabulary = new Set(DEPUTY_WORDS);
    for (const key of offices().keys()) for (const w of key.split(" ")) officeVocabulary.add(w);
  }
  return officeVocabulary.has(word);
}

/** The longest run of up to four words from i that names a country or its people. */
function longestCountry(words: string[], i: number, gaz: Gazetteer): { code: string; length: number } | null {
  const longest = Math.min(4, words.length - i);
  if (longest < 1 || !isCapitalised(words[i] as string)) return null;
  // Folding drops the spaces between words: the key of n words is their folded keys joined.
  const keys: string[] = [];
  let key = "";
  for (let n = 1; n <= longest; n++) {
    key += foldKey(words[i + n - 1] as string);
    keys.push(key);
  }
  for (let n = longest; n >= 1; n--) {
    const code = countryOfKey(keys[n - 1] as string, gaz);
    if (code) return { code, length: n };
  }
  return null;
}

// Document layout: headline, dateline, timestamp lines and credits (bylines, photo credits, reporting
// lines). Credits are not text of interest: the working text blanks them out, keeping every offset.
import * as chrono from "chrono-node";
import { gazetteer } from "./gazetteer.js";
import { foldKey } from "./normalize.js";

export interface Span {
  start: number;
  end: number;
}

export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
  /** a numeric date whose day and month could be read either way ("10/03/2025") */
  swappable?: boolean;
}

export interface Layout {
  /** the normalised text with credits, datelines and timestamp lines replaced by spaces */
  work: string;
  headline: Span | null;
  dateline: { raw: string; place: string | null; date: PartialDate | null; span: Span } | null;
  /** a full date from a timestamp line at the top ("Published On 15 Aug 2024", "2025-09-30 19:02") */
  stamp: PartialDate | null;
  /** years seen in full dates anywhere (captions: "March 26, 2024") */
  years: number[];
  blanked: Span[];
  /** headlines, title-case lines, category lines and teasers: they may name persons, never introduce them */
  headings: Span[];
}

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// Credits: each pattern is anchored on a literal and uses bounded, non-nested repetition. Beside each, a
// string every match holds (or null): a text without it is not searched, and most texts have no credit of
// the costly kinds (a capitalised name tried at every capital letter for a slash that never comes).
const CREDIT_PATTERNS: [RegExp, string | null][] = [
  [/\((?:Photo|Photos|Picture|Pictures|Photograph)(?: by|:)[^()\n]{0,120}\)/g, null],
  [
    /\(?\b(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Photo|Photos|Photographs?|Pictures?|Video|Graphics?)(?: by|:) [^\n]{0,300}/g,
    null,
  ],
  [/^By [^\n]{1,80}$/gm, "By "],
  [/^[^\n]{0,200}contributed to this report[^\n]{0,100}$/gm, "contributed to this report"],
  [/ATTENTION EDITORS[^\n]{0,300}/g, null],
  [/\(END\)|\(Reporting by[^)\n]{0,300}\)/g, null],
  // "Majid Asgaripour/WANA (West Asia News Agency)", "REUTERS/Marta Kowalczyk", "(Xinhua/Zhao Lanting)"
  [
    /[\p{Lu}][\p{L}.'-]{0,30}(?: [\p{Lu}][\p{L}.'-]{0,30}){0,3} ?\/ ?[\p{Lu}][\p{L}.'-]{0,30}(?: [\p{Lu}][\p{L}.'-]{0,30}){0,3}(?: \([^()\n]{1,60}\))?(?: via [\p{Lu}]{2,20})?/gu,
    "/",
  ],
  // "(Emre Aydın - Anadolu Agency)"
  [/\([\p{Lu}][^()\n-]{1,60} - [^()\n]{1,60}\)/gu, " - "],
  [/^Photo caption: ?/gm, null],
];

// A byline may stand before the date: "Selin Kaya |11.03.2025 - Update : 11.03.2025".
const STAMP_LINE = /^(?:(?:Published|Updated|Posted|Last updated)(?: [Oo]n)?:? )?[^\n]{0,24}\d{1,4}[^\n]{0,50}$/;

/**
 * The text with every unit of the spans but line breaks replaced by a space. Built from slices: splitting the
 * whole text into characters and joining them again cost more than the rest of the layout.
 */
function blankSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const blanked = new Uint8Array(text.length);
  for (const span of spans) blanked.fill(1, Math.max(0, span.start), Math.min(text.length, span.end));
  let out = "";
  for (let i = 0; i < text.length; ) {
    const kind = blanked[i];
    let j = i + 1;
    while (j < text.length && blanked[j] === kind) j++;
    out += kind ? text.slice(i, j).replace(/[^\n]/g, " ") : text.slice(i, j);
    i = j;
  }
  return out;
}

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charAt(i) === "\n") {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

function toPartial(component: chrono.ParsedComponents, yearCertain: boolean): PartialDate {
  return {
    year: yearCertain ? (component.get("year") ?? null) : null,
    month: component.get("month")!,
    day: component.get("day")!,
  };
}

/** A timestamp line: a short line that is mostly a full date (with the year), maybe a time. */
function parseStamp(line: string): PartialDate | null {
  if (line.length > 60 || !STAMP_LINE.test(line)) return null;
  // Numeric dates: "04.06.2024" is day.month; "10/03/2025" is ambiguous and settled later by the dateline.
  const numeric = /^(?:\D{0,20})(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/.exec(line);
  if (numeric) {
    const [a, sep, b, year] = [Number(numeric[1]), numeric[2], Number(numeric[3]), Number(numeric[4])];
    const dayFirst = sep === "." || a > 12;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { year, month, day, swappable: !dayFirst && a <= 12 && b <= 12 } as PartialDate;
  }
  const [result] = chrono.strict.parse(line);
  if (!result?.start.isCertain("year") || !result.start.isCertain("day")) return null;
  const rest = line
    .replace(result.text, "")
    .replace(/\b(?:Published|Updated|Posted|Last updated|On|on|at|GMT|UTC|CET|KST|[AP]M)\b|[\d:+().,-]/g, "");
  // "Agenda.ge, 11 Sep 2014 - 14:34, Tbilisi,Georgia": an outlet and a place may stand beside the date, never words
  // of a sentence.
  const words = rest.split(/[\s,]+/).filter(Boolean);
  if (rest.trim().length > 12 && (words.length > 4 || words.some((w) => /^\p{Ll}{3,}/u.test(w)))) return null;
  return toPartial(result.start, true);
}

const DATELINE_END = /\s-{1,2}\s|\)\.?-\s|\/\.\s|\.-\s|\([A-Za-z ]{2,30}\)\s(?=\p{Lu})|:\s(?=\p{Lu})/u;

const RELATED_LABEL = /^(?:more\s+)?(?:related|recommended|also read|read also|read more|see also|more from)\b/i;
const RELATED_ITEM = /^(?:related(?:\s+(?:news|stories|articles?))?|read\s+(?:also|more))\s*:/i;

/** A header line some sites print before the headline: "date 2024-05-06", maybe with the headline after it. */
const DATE_HEADER = /^\s*date (\d{4})-(\d{2})-(\d{2})\b/;
/** "OPINION:", "ANALYSIS |": a category or teaser label before a line. */
const CATEGORY_LABEL = /^\s*[\p{Lu}][\p{Lu} &]{2,24}\s*[:|]\s/u;
const SMALL_WORDS = new Set(
  "a an and as at by for from in into of on or over the to vs with after amid ahead upon".split(" "),
);

/**
 * A heading: a line with no sentence end whose words are all capitalised ("Kuwait Crown Prince
 * Receives Visiting Swiss President"), a short label line ("Politics", "World | Asia"), or a teaser label.
 */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 200) return false;
  if (/[.!?]["'’”]?$/.test(trimmed)) return false;
  // "OPINION: Why the talks stalled": a label before a line that ends no sentence ("KABUL: X met Y." does).
  if (CATEGORY_LABEL.test(trimmed)) return true;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length <= 3 && !/[,;]/.test(trimmed)) return words.length > 0;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["'‘“(]?[\p{Lu}\d]/u.test(w));
  // Running text has its verbs in lower case even when it is full of names.
  return content.length >= 3 && capitalised.length === content.length;
}

function parseDateline(line: string): { raw: string; place: string | null; date: PartialDate | null } | null {
  const head = line.slice(0, 100);
  const end = DATELINE_END.exec(head);
  if (!end) return null;
  const raw = line.slice(0, end.index + end[0].length);
  const prefix = line.slice(0, end.index + 1);
  const date = new RegExp(`\\b(${MONTH})\\.? (\\d{1,2})\\b`).exec(prefix);
  const agency = /\([^()]{1,40}\)|\/[^/]{1,20}\/|\b[A-Z][a-z]+$/.test(prefix.trim());
  const placeMatch = /^([\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3})(?:,|:|\s\(|\s+(?=\p{Lu}))/u.exec(prefix);
  // A dateline is a short prefix of place, date and agency: no lower-case running text.
  const words = prefix
    .replace(/\([^()]*\)|\/[^/]*\//g, " ")
    .split(/[\s,.]+/)
    .filter(Boolean);
  const lowerWords = words.filter((w) => /^\p{Ll}/u.test(w));
  if (lowerWords.length > 0 || words.length > 8) return null;
  if (!date && !agency && !/^[\p{Lu} .'-]{3,}$/u.test(placeMatch?.[1] ?? "")) return null;
  let place = placeMatch?.[1] ?? null;
  if (place && new RegExp(`^${MONTH}`).test(place)) place = null;
  // "KABUL: ..." is a dateline, "OPINION: ..." a label: a colon ends a dateline only after a date or a known place.
  if (end[0].startsWith(":") && !date && !(place && gazetteer().places.has(foldKey(place)))) return null;
  const parsed = date
    ? { year: null, month: MONTH_INDEX[date[1]!.slice(0, 3).toLowerCase()]!, day: Number(date[2]) }
    : null;
  return { raw, place, date: parsed };
}

export function analyzeLayout(text: string): Layout {
  const blanked: Span[] = [];
  const all = lines(text).filter((l) => text.slice(l.start, l.end).trim().length > 0);
  let headline: Span | null = null;
  let dateline: Layout["dateline"] = null;
  let stamp: PartialDate | null = null;
  const headings: Span[] = [];

  // "date 2024-05-06" before the headline: the article's date, then maybe the headline on the same line.
  const header = DATE_HEADER.exec(text);
  if (header) {
    stamp = { year: Number(header[1]), month: Number(header[2]), day: Number(header[3]) };
    blanked.push({ start: 0, end: header[0].length });
    const first = all[0];
    if (first && text.slice(header[0].length, first.end).trim()) all[0] = { start: header[0].length, end: first.end };
    else all.shift();
  }

  // The top of the article: headline, timestamp lines, bylines, the dateline of the first paragraph.
  for (const [i, l] of all.slice(0, 6).entries()) {
    const line = text.slice(l.start, l.end);
    const trimmed = line.trim();
    const stampDate = parseStamp(trimmed);
    if (stampDate) {
      stamp ??= stampDate;
      blanked.push(l);
      continue;
    }
    // A dateline on a line of its own: "ANKARA".
    if (!dateline && i > 0 && /^[\p{Lu}][\p{Lu} .'-]{2,30}$/u.test(trimmed)) {
      dateline = { raw: line, place: trimmed, date: null, span: l };
      blanked.push(l);
      continue;
    }
    const found: ReturnType<typeof parseDateline> = dateline ? null : parseDateline(line);
    if (found) {
      const span: Span = { start: l.start, end: l.start + found.raw.length };
      dateline = { ...found, span };
      blanked.push(span);
      continue;
    }
    if (i === 0 && !dateline && trimmed.length <= 200 && !/[.!?]["']?$/.test(trimmed) && all.length > 1) headline = l;
  }
  if (headline) headings.push(headline);
  // "More related articles", "Read also": the lines after such a label that end no sentence are other stories'
  // headlines, and "Related news: ..." lines are one each.
  let related = false;
  for (const l of all) {
    const line = text.slice(l.start, l.end).trim();
    if (RELATED_LABEL.test(line)) related = !RELATED_ITEM.test(line);
    const other = RELATED_ITEM.test(line) || (related && line !== "" && !/[.!?]["'’”]?$/.test(line));
    if (line && !other && !RELATED_LABEL.test(line)) related = false;
    if (other || isHeadingLine(line)) headings.push(l);
  }
  // Later repeats of the dateline (a lede printed twice) are blanked the same way.
  const first = dateline as Layout["dateline"];
  if (first) {
    const raw = first.raw;
    let at = text.indexOf(raw, first.span.end);
    while (at >= 0) {
      blanked.push({ start: at, end: at + raw.length });
      at = text.indexOf(raw, at + raw.length);
    }
  }
  for (const l of all.slice(6)) {
    if (parseStamp(text.slice(l.start, l.end).trim())) blanked.push(l);
  }
  for (const [pattern, needed] of CREDIT_PATTERNS) {
    if (needed !== null && !text.includes(needed)) continue;
    for (const m of text.matchAll(pattern)) blanked.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }

  // Parsing every date of the whole text is costly and its years are wanted only by a dateline without a
  // year from elsewhere (anchorDay): read them on first use.
  let years: number[] | null = null;
  return {
    work: blankSpans(text, blanked),
    headline,
    dateline,
    stamp,
    get years() {
      years ??= fullDateYears(text);
      return years;
    },
    blanked,
    headings,
  };
}

function fullDateYears(text: string): number[] {
  // A result must show a year written out, so a text without four such digits has none.
  if (!hasCenturyYear(text)) return [];
  return (
    chrono.strict
      .parse(text)
      // Only years written out: chrono calls "a day earlier" certain too, relative to today's clock.
      .filter((r) => r.start.isCertain("year") && r.start.isCertain("day") && /\b(?:19|20)\d\d\b/.test(r.text))
      .map((r) => r.start.get("year")!)
  );
}

/** Whether "19" or "20" and two more digits stand anywhere in the text (found by indexOf, faster than a scan). */
function hasCenturyYear(text: string): boolean {
  const digit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  for (const century of ["19", "20"])
    for (let at = text.indexOf(century); at >= 0; at = text.indexOf(century, at + 1))
      if (digit(at + 2) && digit(at + 3)) return true;
  return false;
}

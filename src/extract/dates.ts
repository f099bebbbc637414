// Dates: the article's anchor day, and the day an event sentence speaks of, resolved against it.
import * as chrono from "chrono-node";
import type { Layout, PartialDate } from "./layout.js";

export type Day = string; // YYYY-MM-DD

const pad = (n: number) => String(n).padStart(2, "0");
export const formatDay = (y: number, m: number, d: number): Day => `${y}-${pad(m)}-${pad(d)}`;

export function addDays(day: Day, delta: number): Day {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * The day the article is written from: the dateline's month and day with a year from metadata, a timestamp
 * line or a full date in the text; else the timestamp line; else the publication date. Null when nothing
 * fixes the year.
 */
export function anchorDay(layout: Layout, text: string, publishedAt: Day | null): Day | null {
  const stamp = layout.stamp;
  const lineDate = layout.dateline?.date;
  if (lineDate) {
    if (stamp?.swappable && stamp.day === lineDate.month && stamp.month === lineDate.day) {
      return formatDay(stamp.year!, lineDate.month, lineDate.day);
    }
    const year =
      (publishedAt ? Number(publishedAt.slice(0, 4)) : null) ??
      stamp?.year ??
      mostCommon(layout.years) ??
      latestBareYear(text);
    if (year) return formatDay(year, lineDate.month, lineDate.day);
  }
  if (publishedAt) return publishedAt;
  if (stamp?.year) return formatDay(stamp.year, stamp.month, stamp.day);
  return null;
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function latestBareYear(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(/\b(19[89]\d|20\d\d)\b/g)) best = Math.max(best ?? 0, Number(m[1]));
  return best;
}

export interface SentenceDate {
  /** the resolved day, or null */
  day: Day | null;
  /** true when the sentence names a time that cannot be resolved ("in May", "last year") */
  unresolved: boolean;
  /** true when the sentence names a time at all */
  explicit: boolean;
}

const RELATIVE: [RegExp, number][] = [
  [/\b(?:yesterday|last night)\b/gi, -1],
  [/\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier in the day|later in the day|earlier today)\b/gi, 0],
  [/\b(?:tomorrow)\b/gi, 1],
];
const VAGUE =
  /\b(?:last|next|this|earlier this|later this) (?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:in|since|during|by) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:weeks|months|years|days) ago\b|\brecently\b|\b(?:in|since|during) (?:19|20)\d\d\b/gi;
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/**
 * What every strict chrono parser needs (case-insensitive, as chrono reads): a digit; a month or weekday name
 * (or "weekend") at a word's start or after what may stand before it unspaced (an ordinal, "of", "on",
 * "this", "last", "next"); or a time unit after a number word ("two days ago", "within a week"). A sentence
 * with none gives chrono nothing to find, so its dozen patterns need not run.
 */
const CHRONO_CUES =
  /\d|(?:^|[^a-z0-9_]|st|nd|rd|th|of|on|is|xt)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,3}(?:second|minute|hour|day|week|month|quarter|year)/i;

/** A time expression of a sentence: where it stands and the day it names (null when unresolved). */
export interface TimeMention {
  index: number;
  date: SentenceDate;
  absolute?: boolean;
}

/** Every time expression of a sentence, resolved against the anchor (plans look forward). */
export function sentenceTimes(sentence: string, anchor: Day | null, planned: boolean): TimeMention[] {
  const ref = anchor ? new Date(`${anchor}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const found: TimeMention[] = [];
  const resolved = (day: Day | null): SentenceDate => ({ day, unresolved: day === null, explicit: true });
  const parsed = CHRONO_CUES.test(sentence)
    ? chrono.strict.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: planned })
    : [];
  for (const r of parsed) {
    if (!r.start.isCertain("day") || !r.start.isCertain("month")) continue;
    const day =
      !r.start.isCertain("year") && !anchor
        ? null
        : formatDay(r.start.get("year")!, r.start.get("month")!, r.start.get("day")!);
    // "a day after he held talks" counts from another event, not from the anchor: no absolute date.
    found.push({ index: r.index, date: resolved(day), absolute: /\d|[A-Z][a-z]{2}/.test(r.text) });
  }
  for (const [pattern, delta] of RELATIVE) {
    for (const m of sentence.matchAll(pattern))
      found.push({ index: m.index ?? 0, date: resolved(anchor ? addDays(anchor, delta) : null) });
  }
  for (const m of sentence.matchAll(WEEKDAY)) {
    if (found.some((f) => Math.abs(f.index - (m.index ?? 0)) < 12 && f.date.day && f.absolute)) continue; // "Tuesday, March 26th"
    let day: Day | null = null;
    if (anchor) {
      const target = WEEKDAY_INDEX[m[1]!.toLowerCase()]!;
      const current = new Date(`${anchor}T12:00:00Z`).getUTCDay();
      // News speaks of the past: the latest such weekday on or before the anchor; plans look forward.
      day = addDays(anchor, planned ? (target - current + 7) % 7 : -((current - target + 7) % 7));
    }
    found.push({ index: m.index ?? 0, date: resolved(day) });
  }
  for (const m of sentence.matchAll(VAGUE)) found.push({ index: m.index ?? 0, date: resolved(null) });
  return found;
}

/**
 * The time expression that stands nearest to the event's words (`at`, an index into the sentence). Time
 * adverbials mostly follow their verb ("held talks ... on Tuesday"): one before the event's words counts
 * three times as far, so it wins only when it is alone or much nearer ("On Tuesday, X met Y").
 */
export function nearestTime(found: TimeMention[], at = 0): SentenceDate {
  let best: TimeMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const f of found) {
    const distance = f.index >= at ? f.index - at : (at - f.index) * 3;
    if (distance < bestDistance) {
      best = f;
      bestDistance = distance;
    }
  }
  return best ? best.date : { day: null, unresolved: false, explicit: false };
}

/** The day an event happened (or will happen, when planned), from the sentence's nearest time expression. */
export function sentenceDate(sentence: string, anchor: Day | null, planned: boolean, at = 0): SentenceDate {
  return nearestTime(sentenceTimes(sentence, anchor, planned), at);
}

export type { PartialDate };

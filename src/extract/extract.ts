// The extractor: article text in, Extraction out. Pure: no I/O, the same text gives the same result.
import { createHash } from "node:crypto";
import type { Extraction } from "../domain/extraction.js";
import { fingerprint } from "../syndication/minhash.js";
import { organizationTies } from "./affiliations.js";
import { assemble } from "./assemble.js";
import { type BackboneName, tagSentences } from "./backbone.js";
import { rateEvents } from "./confidence.js";
import { anchorDay, formatDay } from "./dates.js";
import { findEvents } from "./events.js";
import { gazetteer } from "./gazetteer.js";
import { checkInput, DEFAULT_MAX_BYTES } from "./input-check.js";
import { analyzeLayout } from "./layout.js";
import { findMentions } from "./mentions.js";
import { foldKey, normalizeText } from "./normalize.js";
import { addOfficeParticipants } from "./office-events.js";
import { clusterPersons } from "./persons.js";
import { sentenceRefs } from "./references.js";
import { type Sentence, splitSentences } from "./sentences.js";

export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
}

export interface ExtractOptions {
  maxBytes?: number;
  /** the part-of-speech tagger behind person recognition: wink (default), compromise, or off */
  backbone?: BackboneName;
  /** whether to sketch the text for syndication grouping (default true; off only to measure its cost) */
  fingerprint?: boolean;
}

export function extract(input: ArticleInput, options: ExtractOptions = {}): Extraction {
  const original = input.text;
  checkInput(original, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const normalized = normalizeText(original);
  const layout = analyzeLayout(normalized);
  const sentences = splitSentences(layout.work);
  const tagging = tagSentences(layout.work, sentences, options.backbone ?? "wink");
  const mentions = findMentions(layout.work, sentences, tagging);
  const headings = headingSentences(sentences, layout.headings);
  const { persons: clusters, rejected } = clusterPersons(mentions, layout.work, headings);
  const here = layout.dateline?.place ? (gazetteer().places.get(foldKey(layout.dateline.place)) ?? null) : null;
  // Headlines tell the body's events again in other words: events are read from the body only.
  const refs = sentenceRefs(sentences, clusters, here?.countryCode ?? null).map((r, i) => (headings.has(i) ? [] : r));
  const publishedAt = input.publishedAt ?? null;
  const anchor = anchorDay(layout, normalized, publishedAt);
  const places = mentions.filter((m) => m.kind === "location");
  const found = findEvents(sentences, refs, places, anchor, here);
  const withOffices = addOfficeParticipants(found.events, sentences, refs, places, anchor);
  const events = rateEvents(withOffices.events);
  const dropped = [
    ...rejected.map((r) => ({ stage: "persons", what: r.what, reason: r.reason, sentence: sentences[r.sentence]! })),
    ...found.dropped,
    ...withOffices.dropped,
  ];
  const headline = layout.headline ? original.slice(layout.headline.start, layout.headline.end).trim() : null;
  return assemble({
    original,
    article: {
      id: createHash("sha256").update(original, "utf8").digest("hex"),
      title: input.title ?? headline,
      url: input.url ?? null,
      source: input.source ?? null,
      publishedAt:
        publishedAt ??
        (layout.stamp?.year && !layout.stamp.swappable
          ? formatDay(layout.stamp.year, layout.stamp.month, layout.stamp.day)
          : anchor),
      dateline: layout.dateline
        ? {
            place: layout.dateline.place,
            date: layout.dateline.date && anchor ? anchor : null,
            raw: layout.dateline.raw,
          }
        : null,
      ...(options.fingerprint === false ? {} : { fingerprint: fingerprint(original) }),
    },
    clusters,
    mentions,
    events,
    dropped,
    ties: organizationTies(layout.work, mentions),
  });
}

function headingSentences(sentences: Sentence[], headings: { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    if (headings.some((h) => s.start >= h.start && s.end <= h.end)) out.add(i);
  });
  return out;
}

// The linguistic backbone: part-of-speech tags from a well-kept tagger, computed at most once per sentence
// and looked up by character offset, so the engine's own token passes reuse them instead of re-tagging.
// wink-nlp (with its English lite model) is the default; compromise is kept selectable for comparison.
import { createRequire } from "node:module";

/** Universal POS tags (wink-nlp's set; compromise's tags are mapped onto it). */
export type Pos = "PROPN" | "NOUN" | "VERB" | "ADJ" | "ADV" | "PRON" | "DET" | "ADP" | "OTHER";
const POS_CODES: Pos[] = ["OTHER", "PROPN", "NOUN", "VERB", "ADJ", "ADV", "PRON", "DET", "ADP"];
const codeOf = new Map<string, number>(POS_CODES.map((p, i) => [p, i]));

export type BackboneName = "wink" | "compromise" | "off";

/** The tags of one text: every character knows the tag of the token it belongs to. */
export interface Tagging {
  /** the tag of the token covering `offset`, or null where nothing was tagged (spaces, backbone off) */
  posAt(offset: number): Pos | null;
}

const UNTAGGED: Tagging = { posAt: () => null };

interface TaggedSpan {
  start: number;
  end: number;
  pos: string;
}

/** Writes the tags of `spans` (offsets relative to `shift`) into one code per character. */
function fill(codes: Uint8Array, spans: TaggedSpan[], shift = 0) {
  for (const t of spans) codes.fill(codeOf.get(t.pos) ?? 0, shift + t.start, shift + t.end);
}

const decode = (code: number | undefined): Pos | null => (code ? POS_CODES[code]! : null);

const require = createRequire(import.meta.url);

interface WinkDoc {
  tokens(): { out(what?: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; precedingSpaces: unknown };
}
let wink: Wink | null = null;

/** wink-nlp with only its POS pipe: tokens, their preceding spaces (to rebuild offsets) and tags. */
function tagWithWink(text: string): TaggedSpan[] {
  wink ??= require("wink-nlp")(require("wink-eng-lite-web-model"), ["pos"]) as Wink;
  const tokens = wink.readDoc(text).tokens();
  const words = tokens.out();
  const spaces = tokens.out(wink.its.precedingSpaces);
  const tags = tokens.out(wink.its.pos);
  const spans: TaggedSpan[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    at += spaces[i]!.length;
    const start = text.indexOf(words[i]!, at);
    // wink reproduces the text token by token; should a token ever differ, stop tagging rather than drift.
    if (start !== at) break;
    at = start + words[i]!.length;
    spans.push({ start, end: at, pos: tags[i]! });
  }
  return spans;
}

interface CompromiseTerm {
  tags: string[];
  offset: { start: number; length: number };
}
const COMPROMISE_TAGS: [string, Pos][] = [
  ["ProperNoun", "PROPN"],
  ["Pronoun", "PRON"],
  ["Verb", "VERB"],
  ["Adverb", "ADV"],
  ["Adjective", "ADJ"],
  ["Determiner", "DET"],
  ["Preposition", "ADP"],
  ["Noun", "NOUN"],
];

function tagWithCompromise(text: string): TaggedSpan[] {
  const nlp = require("compromise");
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  return json.flatMap((s) =>
    s.terms.map((t) => ({
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      pos: COMPROMISE_TAGS.find(([tag]) => t.tags.includes(tag))?.[1] ?? "OTHER",
    })),
  );
}

const tagger = (backbone: Exclude<BackboneName, "off">) => (backbone === "wink" ? tagWithWink : tagWithCompromise);

/** Tags the whole of `text` at once. */
export function tagText(text: string, backbone: BackboneName = "wink"): Tagging {
  if (backbone === "off") return UNTAGGED;
  const codes = new Uint8Array(text.length);
  fill(codes, tagger(backbone)(text));
  return { posAt: (offset) => decode(codes[offset]) };
}

/**
 * Tags `text` a sentence at a time, each on its first look-up: the engine asks only about names that are
 * also dictionary words, so most sentences are never tagged.
 */
export function tagSentences(
  text: string,
  sentences: readonly { start: number; end: number }[],
  backbone: BackboneName = "wink",
): Tagging {
  if (backbone === "off") return UNTAGGED;
  const tag = tagger(backbone);
  const codes = new Uint8Array(text.length);
  const tagged = new Uint8Array(sentences.length);
  return {
    posAt(offset) {
      const i = sentenceAt(sentences, offset);
      if (i < 0) return null;
      if (!tagged[i]) {
        tagged[i] = 1;
        const s = sentences[i]!;
        fill(codes, tag(text.slice(s.start, s.end)), s.start);
      }
      return decode(codes[offset]);
    },
  };
}

/** The index of the sentence holding `offset` (sentences in text order), or -1. */
function sentenceAt(sentences: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function isBackboneName(value: string): value is BackboneName {
  return value === "wink" || value === "compromise" || value === "off";
}

// The linguistic backbone: part-of-speech tags from a well-kept tagger, computed once per article and
// looked up by character offset, so the engine's own token passes reuse them instead of re-tagging.
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

function fromTokens(length: number, tokens: Iterable<{ start: number; end: number; pos: string }>): Tagging {
  const codes = new Uint8Array(length);
  for (const t of tokens) codes.fill(codeOf.get(t.pos) ?? 0, t.start, t.end);
  return { posAt: (offset) => (offset >= 0 && offset < length && codes[offset] ? POS_CODES[codes[offset]!]! : null) };
}

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
function tagWithWink(text: string): Tagging {
  wink ??= require("wink-nlp")(require("wink-eng-lite-web-model"), ["pos"]) as Wink;
  const tokens = wink.readDoc(text).tokens();
  const words = tokens.out();
  const spaces = tokens.out(wink.its.precedingSpaces);
  const tags = tokens.out(wink.its.pos);
  const spans: { start: number; end: number; pos: string }[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    at += spaces[i]!.length;
    const start = text.indexOf(words[i]!, at);
    // wink reproduces the text token by token; should a token ever differ, stop tagging rather than drift.
    if (start !== at) break;
    at = start + words[i]!.length;
    spans.push({ start, end: at, pos: tags[i]! });
  }
  return fromTokens(text.length, spans);
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

function tagWithCompromise(text: string): Tagging {
  const nlp = require("compromise");
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  const spans = json.flatMap((s) =>
    s.terms.map((t) => ({
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      pos: COMPROMISE_TAGS.find(([tag]) => t.tags.includes(tag))?.[1] ?? "OTHER",
    })),
  );
  return fromTokens(text.length, spans);
}

/** Tags `text` once with the chosen backbone. */
export function tagText(text: string, backbone: BackboneName = "wink"): Tagging {
  if (backbone === "off") return UNTAGGED;
  return backbone === "wink" ? tagWithWink(text) : tagWithCompromise(text);
}

export function isBackboneName(value: string): value is BackboneName {
  return value === "wink" || value === "compromise" || value === "off";
}

// Common English words (the word-list package: lower-case dictionary words, no proper names), loaded once
// per process. A capitalised word that is one of these and that the tagger does not read as a proper noun
// is a common word at the start of a sentence or in a title-case line, not a name.
// The list stays one string searched by binary search over its line starts: a Set of its 274,000 words
// would cost each extraction worker some 40 MB more.
import { readFileSync } from "node:fs";
import wordListPath from "word-list";

interface WordList {
  text: string;
  /** start of each line that is in sorted order */
  starts: Uint32Array;
  /** the few lines the file has out of order */
  strays: Set<string>;
}

let list: WordList | null = null;

function load(): WordList {
  const text = readFileSync(wordListPath, "utf8");
  const starts: number[] = [];
  const strays = new Set<string>();
  let previous = "";
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const word = text.slice(start, end);
    if (word > previous) {
      starts.push(start);
      previous = word;
    } else if (word) strays.add(word);
    start = end + 1;
  }
  return { text, starts: Uint32Array.from(starts), strays };
}

function wordAt(l: WordList, i: number): string {
  const start = l.starts[i]!;
  const end = l.text.indexOf("\n", start);
  return l.text.slice(start, end < 0 ? l.text.length : end);
}

/** Answers already looked up: the same few hundred words come back in every article. */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 20_000;

export function isEnglishWord(word: string): boolean {
  let known = answers.get(word);
  if (known === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    known = lookUp(word);
    answers.set(word, known);
  }
  return known;
}

function lookUp(word: string): boolean {
  list ??= load();
  const key = word.toLowerCase();
  if (list.strays.has(key)) return true;
  let lo = 0;
  let hi = list.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = wordAt(list, mid);
    if (at === key) return true;
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

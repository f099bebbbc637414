// Common English words (the word-list package: lower-case dictionary words, no proper names), loaded once
// per process. A capitalised word that is one of these and that the tagger does not read as a proper noun
// is a common word at the start of a sentence or in a title-case line, not a name.
import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let words: Set<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return words.has(word.toLowerCase());
}

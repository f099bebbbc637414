import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import wordListPath from "word-list";
import { isEnglishWord } from "./english-words.js";

describe("isEnglishWord", () => {
  it("finds every word of the list, those out of order included, in any case", () => {
    const words = readFileSync(wordListPath, "utf8").split("\n").filter(Boolean);
    expect(words.filter((w) => !isEnglishWord(w))).toEqual([]);
    expect(isEnglishWord("Subsequently")).toBe(true);
    expect(isEnglishWord("CONFEDERATION")).toBe(true);
  });

  it("finds no name and no word that is not in the list", () => {
    for (const word of ["Lavrov", "Tamim", "Amirabdollahian", "zzzz", "", "aa-"])
      expect(isEnglishWord(word)).toBe(false);
  });
});

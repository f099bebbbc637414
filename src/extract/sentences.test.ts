import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split after abbreviations, initials or U.S.", () => {
    expect(texts("The U.S. envoy met Mr. Lind on Feb. 3. J. R. Aston was there. Talks ended.")).toEqual([
      "The U.S. envoy met Mr. Lind on Feb. 3.",
      "J. R. Aston was there.",
      "Talks ended.",
    ]);
  });

  it("ends a sentence at a line break and keeps closing quotes with their sentence", () => {
    expect(texts('He said: "We agree." Then he left.\nNext line')).toEqual([
      'He said: "We agree."',
      "Then he left.",
      "Next line",
    ]);
  });

  it("ends a sentence at a full stop that lost its space, but not inside U.S. or a web address", () => {
    expect(
      texts("He arrived in Riga.According to the palace, talks began. The U.S.Navy and news.Example.com agree."),
    ).toEqual([
      "He arrived in Riga.",
      "According to the palace, talks began.",
      "The U.S.Navy and news.Example.com agree.",
    ]);
  });

  it("gives offsets into the text", () => {
    const text = "  First one. Second one.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

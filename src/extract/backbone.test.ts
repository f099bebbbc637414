import { describe, expect, it } from "vitest";
import { tagSentences, tagText } from "./backbone.js";

const text = "Subsequently, President Aurel Manea received the envoy in Riga.";
const at = (word: string) => text.indexOf(word);

describe("tagText", () => {
  it.each(["wink", "compromise"] as const)("tags proper nouns and adverbs by offset with %s", (backbone) => {
    const tags = tagText(text, backbone);
    expect(tags.posAt(at("Manea"))).toBe("PROPN");
    expect(tags.posAt(at("Manea") + 3)).toBe("PROPN"); // any character of the token
    expect(tags.posAt(at("Subsequently"))).toBe("ADV");
    expect(tags.posAt(at("received"))).toBe("VERB");
    expect(tags.posAt(-1)).toBeNull();
  });

  it("tags nothing with the backbone off", () => {
    expect(tagText(text, "off").posAt(at("Manea"))).toBeNull();
  });

  it("keeps offsets right after runs of spaces and line breaks", () => {
    const spaced = "Talks  held\n\n  Minister   Karl Ude met   Anna Kowal.";
    const tags = tagText(spaced);
    expect(tags.posAt(spaced.indexOf("Kowal"))).toBe("PROPN");
    expect(tags.posAt(spaced.indexOf("met"))).toBe("VERB");
  });

  it("tags sentence by sentence on demand with the same tags as the whole text", () => {
    const two = `${text} Minister Karl Ude met Anna Kowal.`;
    const sentences = [
      { start: 0, end: text.length },
      { start: text.length + 1, end: two.length },
    ];
    const lazy = tagSentences(two, sentences);
    const whole = tagText(two);
    for (const word of ["Subsequently", "Manea", "received", "Kowal", "met"])
      expect(lazy.posAt(two.indexOf(word))).toBe(whole.posAt(two.indexOf(word)));
    expect(lazy.posAt(text.length)).toBeNull(); // between sentences
  });
});

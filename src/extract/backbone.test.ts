import { describe, expect, it } from "vitest";
import { tagText } from "./backbone.js";

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
});

import { describe, expect, it } from "vitest";
import { INDEPENDENT_REPORT, WIRE_STORY } from "../../tests/syndication/stories.js";
import { copyEdits, newHeadline, otherCredit, shortenedTail } from "../../tests/syndication/variants.js";
import { BANDS, bandKeys } from "./bands.js";
import { containment, fingerprint, jaccard, SIGNATURE_SIZE } from "./minhash.js";
import { shingleHashes } from "./shingles.js";

describe("MinHash fingerprints", () => {
  it("are the same for the same words, whatever the case, spacing and punctuation", () => {
    const a = fingerprint(WIRE_STORY);
    const b = fingerprint(WIRE_STORY.toUpperCase().replace(/,/g, " ;").replace(/\n\n/g, "\n"));
    expect(a.minhash).toHaveLength(SIGNATURE_SIZE);
    expect(b).toEqual(a);
    expect(jaccard(a, b)).toBe(1);
  });

  it("read letters and digits of any script (accents, Greek, letters outside the BMP) as words", () => {
    const a = fingerprint("Ünal met Σοφία and 𝐀li in Zürich on 12 May");
    expect(fingerprint("ünal MET σοφία, and 𝐀LI... in zürich — on 12 may")).toEqual(a);
    // a changed accented letter or astral letter is another word, not punctuation
    expect(fingerprint("Unal met Σοφία and 𝐀li in Zürich on 12 May")).not.toEqual(a);
    expect(fingerprint("Ünal met Σοφία and 𝐁li in Zürich on 12 May")).not.toEqual(a);
    expect(shingleHashes("𝐀li 𝐁en Çem").size).toBe(1);
  });

  it("keep word order: the same words shuffled are another text", () => {
    const words = WIRE_STORY.split(/\s+/);
    const shuffled = words.map((_, i) => words[(i * 7) % words.length]).join(" ");
    expect(jaccard(fingerprint(WIRE_STORY), fingerprint(shuffled))).toBeLessThan(0.2);
  });

  it("estimate the Jaccard similarity of the shingle sets", () => {
    const copy = shortenedTail(WIRE_STORY, 0.6);
    const x = shingleHashes(WIRE_STORY);
    const y = shingleHashes(copy);
    const both = [...x].filter((h) => y.has(h)).length;
    const exact = both / (x.size + y.size - both);
    expect(Math.abs(jaccard(fingerprint(WIRE_STORY), fingerprint(copy)) - exact)).toBeLessThan(0.15);
  });

  it("see a copy cut short as contained in the original, and an independent report as not", () => {
    const original = fingerprint(WIRE_STORY);
    const cut = fingerprint(shortenedTail(WIRE_STORY, 0.5));
    expect(jaccard(original, cut)).toBeLessThan(0.8);
    expect(containment(original, cut)).toBeGreaterThan(0.8);
    expect(containment(original, fingerprint(INDEPENDENT_REPORT))).toBeLessThan(0.2);
  });

  it("give texts too short for a shingle a signature of their words", () => {
    expect(fingerprint("Talks").shingles).toBe(1);
    expect(fingerprint("").shingles).toBe(0);
    expect(jaccard(fingerprint(""), fingerprint(""))).toBe(0);
  });
});

describe("band keys", () => {
  it("are one per band, equal for equal signatures and mostly shared by light edits", () => {
    const keys = bandKeys(fingerprint(WIRE_STORY).minhash);
    expect(keys).toHaveLength(BANDS);
    expect(new Set(keys).size).toBe(BANDS);
    expect(bandKeys(fingerprint(WIRE_STORY).minhash)).toEqual(keys);
    const edited = new Set(bandKeys(fingerprint(otherCredit(copyEdits(newHeadline(WIRE_STORY)))).minhash));
    expect(keys.filter((k) => edited.has(k)).length).toBeGreaterThan(BANDS / 4);
    const independent = new Set(bandKeys(fingerprint(INDEPENDENT_REPORT).minhash));
    expect(keys.filter((k) => independent.has(k))).toEqual([]);
  });

  it("refuse a signature of another size", () => {
    expect(() => bandKeys([1, 2, 3])).toThrow(RangeError);
  });
});

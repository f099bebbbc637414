// MinHash signatures of shingle sets: a fixed-size sketch whose agreement rate estimates the Jaccard
// similarity of two texts' shingles, so texts are compared without keeping them.
import { FINGERPRINT_SIZE } from "../domain/extraction.js";
import { mix32, shingleArray } from "./shingles.js";

/**
 * Hash functions per signature: 32 LSH bands of 3 (see bands.ts); the Jaccard estimate's standard error
 * is at most 0.5 / sqrt(96) = 0.051.
 */
export const SIGNATURE_SIZE = FINGERPRINT_SIZE;

/** Fixed seeds, so signatures made by any process, at any time, compare. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(Math.imul(0x9e3779b9, i + 1)));

export interface Fingerprint {
  /** the minimum of each seeded hash over the shingles (unsigned 32-bit integers) */
  minhash: number[];
  /** how many distinct shingles the text has: turns a Jaccard estimate into containment */
  shingles: number;
}

export function fingerprint(text: string): Fingerprint {
  const shingles = shingleArray(text);
  const minhash: number[] = [];
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i]!;
    let min = 0xffffffff;
    // mix32(shingle ^ seed) written out: this loop runs SIGNATURE_SIZE times per shingle.
    for (let k = 0; k < shingles.length; k++) {
      let h = (shingles[k]! ^ seed) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    minhash.push(min);
  }
  return { minhash, shingles: shingles.length };
}

/** The share of agreeing positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function jaccard(a: Fingerprint, b: Fingerprint): number {
  if (a.minhash.length !== b.minhash.length) throw new RangeError("minhash signatures of different sizes");
  if (!a.shingles || !b.shingles) return 0;
  let same = 0;
  for (let i = 0; i < a.minhash.length; i++) if (a.minhash[i] === b.minhash[i]) same++;
  return same / a.minhash.length;
}

/**
 * How much of the shorter text the longer one contains, from the Jaccard estimate and the set sizes:
 * |A ∩ B| = J (|A| + |B|) / (1 + J). A copy cut short keeps a high containment while its Jaccard falls.
 */
export function containment(a: Fingerprint, b: Fingerprint): number {
  const j = jaccard(a, b);
  const shared = (j * (a.shingles + b.shingles)) / (1 + j);
  return Math.min(1, shared / Math.max(1, Math.min(a.shingles, b.shingles)));
}

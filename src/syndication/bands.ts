// Locality-sensitive hashing of MinHash signatures: a signature cut into bands, each band hashed to a
// key. Two texts share at least one key with probability 1 - (1 - J^ROWS)^BANDS, so the store finds
// the few stored texts worth comparing by key lookups instead of comparing against all of them.
import { SIGNATURE_SIZE } from "./minhash.js";
import { mix32 } from "./shingles.js";

/**
 * 32 bands of 3 rows. Chance of sharing a key: J = 0.3 → 0.58, 0.4 → 0.88, 0.5 → 0.98, 0.6 → 0.999;
 * unrelated reports (J ≤ 0.05 measured) → at most 0.4%, at J = 0.01 → 0.003%, so a lookup reads few texts.
 */
export const BANDS = 32;
export const ROWS = SIGNATURE_SIZE / BANDS;

/**
 * One key per band, written `b<band>h<hash in hex>`, so equal keys mean equal rows in the same band; a
 * plain word, safe in a full-text index and query.
 */
export function bandKeys(minhash: number[]): string[] {
  if (minhash.length !== SIGNATURE_SIZE) throw new RangeError(`a signature has ${SIGNATURE_SIZE} values`);
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ (minhash[b * ROWS + r] as number)) + r;
    keys.push(`b${b}h${(h >>> 0).toString(16)}`);
  }
  return keys;
}

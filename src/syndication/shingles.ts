// Word shingles of a text as 32-bit hashes: the set that near-duplicate detection compares. Words are
// lower-cased runs of letters and digits, so punctuation, spacing and case edits do not count as changes.

/** Words per shingle: three keeps a one-word edit to three changed shingles while phrases stay telling. */
export const SHINGLE_WORDS = 3;

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a over the UTF-16 units of a word. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The avalanche step of MurmurHash3: spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

/** The distinct shingle hashes of a text; a text shorter than one shingle gives its words as one. */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const hashes = words.map(wordHash);
  const out = new Set<number>();
  const last = Math.max(hashes.length - SHINGLE_WORDS, 0);
  for (let i = 0; i <= last && hashes.length; i++) {
    let h = 0;
    // Rotation by position keeps word order in the hash ("a b c" is not "c b a").
    for (let j = 0; j < SHINGLE_WORDS && i + j < hashes.length; j++) h ^= rotl(hashes[i + j] as number, 11 * j);
    out.add(mix32(h));
  }
  return out;
}

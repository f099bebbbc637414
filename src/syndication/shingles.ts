// Word shingles of a text as 32-bit hashes: the set that near-duplicate detection compares. Words are
// lower-cased runs of letters and digits, so punctuation, spacing and case edits do not count as changes.

/** Words per shingle: three keeps a one-word edit to three changed shingles while phrases stay telling. */
export const SHINGLE_WORDS = 3;

/** FNV-1a: a word's hash is folded over its UTF-16 units as the text is scanned. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Whether each BMP unit outside ASCII is a letter or digit: 0 not yet asked, 1 yes, 2 no. */
const bmpWordChar = new Uint8Array(0x10000);

function isWordUnit(c: number, char: string): boolean {
  let known = bmpWordChar[c]!;
  if (known === 0) {
    known = WORD_CHAR.test(char) ? 1 : 2;
    bmpWordChar[c] = known;
  }
  return known === 1;
}

/**
 * The hash of every word of the lower-cased text in order, where words are runs of letters and digits
 * (Unicode code points, as /[\p{L}\p{N}]+/u reads them). Scanned by hand: matching the words as strings
 * cost more than the whole signature.
 */
function wordHashes(text: string): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length) {
      const next = lower.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        units = 2;
        word = WORD_CHAR.test(lower.slice(i, i + 2));
      } else word = false; // a lone surrogate is no letter
    } else word = isWordUnit(c, lower.charAt(i));
    if (word) {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (units === 2) h = Math.imul(h ^ lower.charCodeAt(++i), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** The avalanche step of MurmurHash3: spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

/** The distinct shingle hashes of a text, ascending; a text shorter than one shingle gives its words as one. */
export function shingleArray(text: string): Uint32Array {
  const hashes = wordHashes(text);
  const count = hashes.length ? Math.max(hashes.length - SHINGLE_WORDS, 0) + 1 : 0;
  const all = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    // Rotation by position keeps word order in the hash ("a b c" is not "c b a").
    for (let j = 0; j < SHINGLE_WORDS && i + j < hashes.length; j++) h ^= rotl(hashes[i + j] as number, 11 * j);
    all[i] = mix32(h);
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.subarray(0, distinct);
}

/** The distinct shingle hashes of a text as a set. */
export function shingleHashes(text: string): Set<number> {
  return new Set(shingleArray(text));
}

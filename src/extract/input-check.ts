import { ExtractionInputError } from "./errors.js";

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const COMMON_ENGLISH = new Set(
  "the and of to in a is was for on with that said by at his her from as an be has have were will it its".split(" "),
);

/** Refuses text the extractor cannot read: empty, binary, oversized or not English. */
export function checkInput(text: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (text.trim().length === 0) throw new ExtractionInputError("empty", "the text is empty");
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes)
    throw new ExtractionInputError("too-large", `the text is ${bytes} bytes, over the limit of ${maxBytes}`);
  const sample = text.slice(0, 20_000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) throw new ExtractionInputError("binary", "the text holds NUL bytes: it looks binary");
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  if (control > sample.length * 0.01)
    throw new ExtractionInputError("binary", "the text is full of control or replacement characters: it looks binary");
  // Another script, or Latin-script running text (lower-case words) with almost no English function words.
  const { letters, latin } = countLetters(sample);
  if (letters <= 200) return;
  if (latin < letters * 0.6) throw new ExtractionInputError("not-english", "the text does not look like English");
  const lowerWords = sample.match(/\b\p{Ll}+\b/gu) ?? [];
  const common = lowerWords.filter((w) => COMMON_ENGLISH.has(w)).length;
  if (lowerWords.length > 100 && common < lowerWords.length * 0.05)
    throw new ExtractionInputError("not-english", "the text does not look like English");
}

const LETTER = /^\p{L}$/u;

/** Letters (code points) and ASCII letters of a text, counted without building a match per letter. */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (LETTER.test(pair ? text.slice(i, i + 2) : text.charAt(i))) letters++;
    if (pair) i++;
  }
  return { letters, latin };
}

// Length-preserving normalisation: every replacement is one UTF-16 unit for one, so an offset in the
// normalised text IS the offset in the original and evidence spans need no mapping back.
const QUOTE_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const QUOTE_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

export function normalizeText(text: string): string {
  return text.replace(QUOTE_SINGLE, "'").replace(QUOTE_DOUBLE, '"').replace(DASH, "-").replace(SPACE, " ");
}

/** Lower case, no diacritics, letters and digits only: the key two spellings of one name share. */
export function foldKey(value: string): string {
  // Plain ASCII (most names) needs no Unicode decomposition: a loop is several times faster.
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 127) return foldUnicode(value);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += value[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
  }
  return out;
}

function foldUnicode(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Folds transliteration variants of a lower-case name onto one key: doubled letters (not digits) are
 * written once, "ph" is "f", "q" and "gh" are "k" (Araghchi/Araqchi), and every run of vowels (y
 * included, after the first letter) is one "a". So Sergei/Sergey, Mohammed/Muhammad and
 * Amirabdollahian/Amir-Abdollahian share a key, while names that differ in a consonant (Joe/Jill,
 * William/Rachel, Jong Un/Keon Hee) do not.
 */
export function transliterationKey(joined: string): string {
  const folded = joined
    .replace(/ph/g, "f")
    .replace(/gh/g, "k")
    .replace(/q/g, "k")
    .replace(/(\p{L})\1+/gu, "$1");
  const head = folded.slice(0, 1);
  const tail = folded.slice(1).replace(/[aeiouy]+/g, "a");
  return head + tail;
}

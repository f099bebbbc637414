export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st sr jr no vs etc inc ltd co corp dept " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "u.s u.k u.n e.u n.korea s.korea approx est fig hon rev sheikh pres"
  ).split(" "),
);

/** Splits on line breaks and on sentence-final punctuation followed by a capital, quote or digit. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === "\n") {
      push(i);
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    // Closing quotes or brackets stay with the sentence they end.
    let j = i + 1;
    while (j < to && /["')\]]/.test(text.charAt(j))) j++;
    if (j < to && text.charAt(j) !== " ") {
      // "... to Jordan.According to ...": a page that lost the space after a full stop.
      const around = /\S*$/.exec(text.slice(Math.max(from, i - 40), i))![0] + /^\S*/.exec(text.slice(j, j + 40))![0];
      const address = /[/@]|\.\p{L}+\./u.test(`${around}.`) || /\.(?:com|org|net|gov)\b/i.test(around);
      if (
        c === "." &&
        !address &&
        /\p{Ll}{2}$/u.test(text.slice(i - 2, i)) &&
        /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2))
      ) {
        push(j);
        i = j - 1;
      }
      continue;
    }
    let k = j;
    while (k < to && text.charAt(k) === " ") k++;
    if (k >= to) continue;
    const next = text.charAt(k);
    if (!/[\p{Lu}"'\d(]/u.test(next)) continue;
    if (c === "." && isAbbreviation(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(to);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text.charAt(s - 1))) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "U.N"
  return ABBREVIATIONS.has(word);
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  upper: boolean;
}

// Words (letters with inner hyphens or apostrophes), numbers with ordinal suffixes, or one other character.
// Every alternative consumes at least one character and none nests a quantifier: linear time on any input.
const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['-]\p{L}[\p{L}\p{M}]*)*|\d+(?:st|nd|rd|th)?|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // exec on the one pattern rather than matchAll, which copies the pattern on every call.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    let word = match[0];
    const start = offset + match.index;
    // Possessive 's is a token of its own: "Iran's" -> "Iran", "'s".
    if (word.length > 2 && word.charCodeAt(word.length - 2) === 39 && (word.endsWith("s") || word.endsWith("S"))) {
      word = word.slice(0, -2);
      tokens.push(makeToken(word, start));
      tokens.push(makeToken("'s", start + word.length));
      continue;
    }
    tokens.push(makeToken(word, start));
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  const first = text.charAt(0);
  return { text, start, end: start + text.length, upper: first !== first.toLowerCase() };
}

// A .txt or .md file as an article: the whole file is the text; its first line is also the title when
// it is short (at most 200 characters) and followed by a blank line.
const MAX_TITLE = 200;

export function readArticleFile(text: string): { text: string; title: string | null } {
  const match = /^([^\n]{1,400})\r?\n[ \t]*\r?\n/.exec(text);
  const first = match?.[1]?.trim().replace(/^#+\s*/, "");
  return { text, title: first && first.length <= MAX_TITLE ? first : null };
}

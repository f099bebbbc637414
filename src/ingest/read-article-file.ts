// A .txt or .md file as an article: the whole file is the text; its first line is also the title when
// it is short and followed by a blank line.
import type { ArticleInput } from "../extract/extract.js";

const MAX_TITLE = 200;

export function readArticleFile(text: string, url: string | null): ArticleInput {
  const match = /^([^\n]{1,400})\r?\n[ \t]*\r?\n/.exec(text);
  const first = match?.[1]?.trim().replace(/^#+\s*/, "");
  return { text, url, title: first && first.length <= MAX_TITLE ? first : undefined };
}

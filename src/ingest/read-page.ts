// A web page as an article: Readability (over linkedom's DOM) finds the main text, title and byline;
// the text keeps a blank line between its blocks so sentences of two paragraphs do not run together.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { FetchError } from "./fetch-error.js";
import { publishedDate, toIsoDate } from "./page-date.js";

export interface PageArticle {
  text: string;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  siteName: string | null;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";
const clean = (s: string | null | undefined) => s?.replace(/\s+/g, " ").trim() || null;

/** The paragraphs of Readability's cleaned HTML, one per block (nested blocks are read once). */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll(BLOCKS)).filter((el) => !el.parentElement?.closest(BLOCKS));
  const parts = blocks.map((el) => clean(el.textContent)).filter((t): t is string => !!t);
  return parts.length ? parts.join("\n\n") : (clean(document.body.textContent) ?? "");
}

export function readPage(html: string, url: string): PageArticle {
  const { document } = parseHTML(html);
  // Readability changes the document it reads, so the date is looked up first.
  const metaDate = publishedDate(document, null);
  const parsed = new Readability(document as unknown as Document).parse();
  const text = parsed?.content ? blockText(parsed.content) : "";
  if (!parsed || text.length === 0)
    throw new FetchError(url, "no-article", `${url}: no article text found on the page`);
  return {
    text,
    title: clean(parsed.title)?.slice(0, 2000) ?? null,
    author: clean(parsed.byline),
    publishedAt: toIsoDate(parsed.publishedTime) ?? metaDate,
    siteName: clean(parsed.siteName),
  };
}

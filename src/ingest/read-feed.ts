// An RSS or Atom document (rss-parser) as the links it lists, with what the feed says of each.
import Parser from "rss-parser";
import { FetchError } from "./fetch-error.js";
import { toIsoDate } from "./page-date.js";

export interface FeedEntry {
  link: string;
  title: string | null;
  publishedAt: string | null;
}

const parser = new Parser();

export async function readFeed(xml: string, feedUrl: string): Promise<FeedEntry[]> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    throw new FetchError(feedUrl, "bad-feed", `${feedUrl}: not an RSS or Atom feed (${(error as Error).message})`);
  }
  const entries: FeedEntry[] = [];
  for (const item of feed.items) {
    const link = item.link?.trim() || (item.guid?.startsWith("http") ? item.guid : undefined);
    if (!link) continue;
    // Relative links are read against the feed's own address.
    entries.push({
      link: new URL(link, feedUrl).href,
      title: item.title?.trim() || null,
      publishedAt: toIsoDate(item.isoDate ?? item.pubDate),
    });
  }
  return entries;
}

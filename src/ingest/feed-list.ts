// The feeds `watch` polls, from a file: one URL per line (blank lines and # comments skipped), or JSON
// (an array of URLs or of {url} objects, or {feeds: [...]}). Every entry must be an http(s) URL; a bad
// one is reported with where it is in the file.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { webUrl } from "./web-fetcher.js";

export class FeedListError extends Error {
  override name = "FeedListError";
}

const Entry = z.union([z.string(), z.object({ url: z.string() })]);
const JsonList = z.union([z.array(Entry), z.object({ feeds: z.array(Entry) })]);

function checked(url: string, where: string): string {
  try {
    return webUrl(url.trim()).href;
  } catch (error) {
    throw new FeedListError(`${where}: ${(error as Error).message.replace(/^fetch failed \([\w-]+\): /, "")}`);
  }
}

export function parseFeedList(text: string, file: string): string[] {
  const trimmed = text.trim();
  let feeds: string[];
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new FeedListError(`${file}: invalid JSON: ${(error as Error).message}`);
    }
    const parsed = JsonList.safeParse(value);
    if (!parsed.success)
      throw new FeedListError(
        `${file}: expected an array of URLs or of {url} objects, or {feeds: [...]}: ${parsed.error.issues[0]?.message}`,
      );
    const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.feeds;
    feeds = list.map((e, i) => checked(typeof e === "string" ? e : e.url, `${file}: entry ${i + 1}`));
  } else {
    feeds = [];
    for (const [i, line] of text.split(/\r?\n/).entries()) {
      const url = line.trim();
      if (url === "" || url.startsWith("#")) continue;
      feeds.push(checked(url, `${file}:${i + 1}`));
    }
  }
  if (feeds.length === 0) throw new FeedListError(`${file}: lists no feeds`);
  return [...new Set(feeds)];
}

export function readFeedList(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new FeedListError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parseFeedList(text, file);
}

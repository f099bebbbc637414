import { describe, expect, it } from "vitest";
import { FeedListError, parseFeedList } from "../../src/ingest/feed-list.js";

describe("parseFeedList", () => {
  it("reads one URL per line, skipping blank lines and comments, without duplicates", () => {
    const text = "# agencies\nhttps://a.example/rss\n\nhttp://b.example/atom.xml\nhttps://a.example/rss\n";
    expect(parseFeedList(text, "feeds.txt")).toEqual(["https://a.example/rss", "http://b.example/atom.xml"]);
  });

  it("reads JSON arrays of URLs or {url} objects, and {feeds: [...]}", () => {
    expect(parseFeedList('["https://a.example/rss", {"url": "https://b.example/f"}]', "f.json")).toEqual([
      "https://a.example/rss",
      "https://b.example/f",
    ]);
    expect(parseFeedList('{"feeds": ["https://a.example/rss"]}', "f.json")).toEqual(["https://a.example/rss"]);
  });

  it("says where a bad entry is and what is wrong with it", () => {
    expect(() => parseFeedList("https://a.example/rss\nftp://b.example/x\n", "feeds.txt")).toThrow(
      new FeedListError("feeds.txt:2: ftp://b.example/x: only http and https URLs can be fetched"),
    );
    expect(() => parseFeedList('["https://a.example/rss", "nope"]', "f.json")).toThrow(
      new FeedListError("f.json: entry 2: nope is not a URL"),
    );
    expect(() => parseFeedList('{"feeds": 3}', "f.json")).toThrow(FeedListError);
    expect(() => parseFeedList("[1,", "f.json")).toThrow(/f.json: invalid JSON/);
    expect(() => parseFeedList("# nothing\n", "feeds.txt")).toThrow(new FeedListError("feeds.txt: lists no feeds"));
  });
});

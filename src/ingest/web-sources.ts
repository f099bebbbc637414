// Web pages and feeds as ingestion input: each page becomes one article record (origin: its URL), each
// fetch failure a rejected item with its reason, so the pipeline loads and reports them like files.

import { completionOrder } from "./completion-order.js";
import { FetchError } from "./fetch-error.js";
import type { FetchState } from "./fetch-state.js";
import { urlKey } from "./fetch-state.js";
import type { FeedEntry } from "./read-feed.js";
import { readFeed } from "./read-feed.js";
import { readPage } from "./read-page.js";
import type { SourceItem } from "./records.js";
import type { Validators, WebFetcher } from "./web-fetcher.js";

/** Pages fetched at once over all hosts (the per-host limit is the fetcher's). */
const PARALLEL_FETCHES = 8;

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

const failed = (url: string, error: unknown): SourceItem => ({
  ok: false,
  origin: { file: url },
  reason: error instanceof FetchError ? error.message : `fetch failed: ${(error as Error).message}`,
});

/** Fetches one page and reads its article; what the feed said fills what the page does not. */
export async function fetchPage(fetcher: WebFetcher, url: string, hint?: FeedEntry): Promise<SourceItem> {
  return (await tryPage(fetcher, url, hint)).item;
}

/** The page as an item, and whether a failure is one that fetching again would not mend. */
async function tryPage(
  fetcher: WebFetcher,
  url: string,
  hint?: FeedEntry,
): Promise<{ item: SourceItem; permanent: boolean }> {
  try {
    const answer = await fetcher.get(url);
    if (answer.status !== "fresh") throw new FetchError(url, "http-status", `${url} answered 304 to a plain GET`);
    if (answer.contentType && !HTML_TYPES.test(answer.contentType))
      throw new FetchError(url, "unsupported-type", `${url} is ${answer.contentType}, not an HTML page`);
    const page = readPage(answer.body, answer.url);
    const item: SourceItem = {
      ok: true,
      origin: { file: url },
      record: {
        text: page.text,
        title: page.title ?? hint?.title ?? null,
        url: answer.url,
        source: page.siteName ?? new URL(answer.url).host,
        publishedAt: page.publishedAt ?? hint?.publishedAt ?? null,
      },
    };
    return { item, permanent: false };
  } catch (error) {
    return { item: failed(url, error), permanent: error instanceof FetchError && error.permanent };
  }
}

export function pageSources(fetcher: WebFetcher, urls: string[]): AsyncGenerator<SourceItem> {
  return completionOrder(urls, PARALLEL_FETCHES, (url) => fetchPage(fetcher, url));
}

/** What one poll learnt; committed to the state only once its articles are loaded. */
export interface FeedPoll {
  feeds: number;
  notModified: number;
  failedFeeds: number;
  /**
   * Item URLs not to fetch again: pages read (loaded, or rejected by extraction) and pages that failed for
   * good (see FetchError.permanent). A page that failed for now is tried at the next poll.
   */
  read: string[];
  /** Validators of feeds whose new items are all done; a feed with an item to try again is asked in full again. */
  validators: Map<string, Validators>;
}

/**
 * Commits what a poll learnt. Items the store failed to write (`unwritten`) stay unseen, and then no feed's
 * validators are kept either, so the next poll lists those items again instead of answering 304.
 */
export function commitPoll(state: FetchState, poll: FeedPoll, unwritten: ReadonlySet<string> = new Set()) {
  if (unwritten.size > 0) {
    state.markSeen(poll.read.filter((url) => !unwritten.has(url)));
    return;
  }
  state.markSeen(poll.read);
  for (const [url, validators] of poll.validators) state.remember(url, validators);
}

/** The new items of the feeds (not seen in earlier polls), as article records; `poll` fills as they come. */
export async function* feedSources(
  fetcher: WebFetcher,
  feeds: string[],
  state: FetchState,
  poll: FeedPoll,
): AsyncGenerator<SourceItem> {
  const entries: { feed: string; entry: FeedEntry }[] = [];
  const pending = new Map<string, { validators: Validators; open: number; retry: boolean }>();
  const listed = new Set<string>();
  const feedAnswers = completionOrder(feeds, PARALLEL_FETCHES, async (feed) => {
    try {
      return { feed, answer: await fetcher.get(feed, state.validatorsOf(feed)) };
    } catch (error) {
      return { feed, error };
    }
  });
  for await (const got of feedAnswers) {
    poll.feeds++;
    if ("error" in got) {
      poll.failedFeeds++;
      yield failed(got.feed, got.error);
      continue;
    }
    if (got.answer.status === "not-modified") {
      poll.notModified++;
      continue;
    }
    let listing: FeedEntry[];
    try {
      listing = await readFeed(got.answer.body, got.answer.url);
    } catch (error) {
      poll.failedFeeds++;
      yield failed(got.feed, error);
      continue;
    }
    const fresh = listing.filter((e) => !state.hasSeen(e.link) && !listed.has(urlKey(e.link)));
    for (const entry of fresh) {
      listed.add(urlKey(entry.link));
      entries.push({ feed: got.feed, entry });
    }
    pending.set(got.feed, { validators: got.answer.validators, open: fresh.length, retry: false });
    if (fresh.length === 0) poll.validators.set(got.feed, got.answer.validators);
  }
  const pages = completionOrder(entries, PARALLEL_FETCHES, async ({ feed, entry }) => ({
    feed,
    entry,
    ...(await tryPage(fetcher, entry.link, entry)),
  }));
  for await (const { feed, entry, item, permanent } of pages) {
    const owner = pending.get(feed);
    const done = item.ok || permanent;
    if (done) poll.read.push(entry.link);
    if (owner) {
      owner.open--;
      owner.retry ||= !done;
      if (owner.open === 0 && !owner.retry) poll.validators.set(feed, owner.validators);
    }
    yield item;
  }
}

export const emptyPoll = (): FeedPoll => ({
  feeds: 0,
  notModified: 0,
  failedFeeds: 0,
  read: [],
  validators: new Map(),
});

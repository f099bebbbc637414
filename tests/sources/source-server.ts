// A local HTTP server standing in for a news site: an RSS feed (ETag) and an Atom feed (Last-Modified)
// listing article pages, a page that never finishes, and a page far larger than any cap. It records
// every request with the conditional headers it carried, so tests can see what the fetcher sent. A page
// that is down at its first request (503) serves the first story afterwards.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Story {
  slug: string;
  title: string;
  published: string;
  paragraphs: string[];
  /** The page answers this status instead of the story (404: gone for good; 503: down for now). */
  status?: number;
}

export interface SeenRequest {
  path: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

export interface SourceServer {
  base: string;
  requests: SeenRequest[];
  /** Stories listed by both feeds, in order; add to it to publish a new one. */
  stories: Story[];
  hits(path: string): number;
  close(): Promise<void>;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function storyPage(story: Story): string {
  return `<!doctype html><html><head><title>${escapeXml(story.title)} | The Riga Courier</title>
<meta property="og:site_name" content="The Riga Courier">
<meta property="article:published_time" content="${story.published}T09:30:00+02:00">
<meta name="author" content="Ilze Ozola"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> Subscribe now for full access</nav>
<main><article><h1>${escapeXml(story.title)}</h1>
${story.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n")}
</article></main>
<aside>Most read: Weather warning for the weekend</aside><footer>Copyright The Riga Courier</footer></body></html>`;
}

function rss(base: string, stories: Story[]): string {
  const items = stories
    .map(
      (s) =>
        `<item><title>${escapeXml(s.title)}</title><link>${base}/news/${s.slug}.html</link><guid>${base}/news/${s.slug}.html</guid><pubDate>${new Date(`${s.published}T07:30:00Z`).toUTCString()}</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title><link>${base}/</link><description>News</description>${items}</channel></rss>`;
}

function atom(base: string, stories: Story[]): string {
  const entries = stories
    .map(
      (s) =>
        `<entry><title>${escapeXml(s.title)}</title><link href="${base}/news/${s.slug}.html"/><id>${base}/news/${s.slug}.html</id><updated>${s.published}T07:30:00Z</updated></entry>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>${base}/atom</id><updated>2024-01-01T00:00:00Z</updated>${entries}</feed>`;
}

export async function startSourceServer(stories: Story[]): Promise<SourceServer> {
  const requests: SeenRequest[] = [];
  const state = { base: "", stories };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const seen: SeenRequest = {
      path,
      ifNoneMatch: req.headers["if-none-match"] ?? null,
      ifModifiedSince: req.headers["if-modified-since"] ?? null,
      status: 200,
    };
    requests.push(seen);
    const answer = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      seen.status = status;
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(status === 304 ? undefined : body);
    };
    // The feeds change their validator whenever a story is added.
    const version = state.stories.map((s) => s.slug).join(",");
    if (path === "/rss.xml") {
      const etag = `"v-${Buffer.from(version).toString("base64url")}"`;
      if (req.headers["if-none-match"] === etag) return answer(304, "application/rss+xml", "");
      return answer(200, "application/rss+xml", rss(state.base, state.stories), { etag });
    }
    if (path === "/atom.xml") {
      const lastModified = new Date(Date.UTC(2024, 0, 1) + state.stories.length * 60_000).toUTCString();
      if (req.headers["if-modified-since"] === lastModified) return answer(304, "application/atom+xml", "");
      return answer(200, "application/atom+xml", atom(state.base, state.stories), { "last-modified": lastModified });
    }
    const story = /^\/news\/([\w-]+)\.html$/.exec(path)?.[1];
    const found = state.stories.find((s) => s.slug === story);
    if (found?.status) return answer(found.status, "text/plain", "unavailable");
    if (found) return answer(200, "text/html; charset=utf-8", storyPage(found));
    if (path === "/down-once.html") {
      if (requests.filter((r) => r.path === path).length === 1) return answer(503, "text/plain", "down for now");
      return answer(200, "text/html; charset=utf-8", storyPage(state.stories[0] as Story));
    }
    if (path === "/slow.html") {
      // Headers and a first chunk, then nothing: only the fetcher's timeout ends it.
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<!doctype html><html><body><p>Loading");
      return;
    }
    if (path === "/huge.html") {
      // No content-length: the cap must be enforced while reading, not from the headers.
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = `<p>${"filler text ".repeat(5000)}</p>\n`;
      let sent = 0;
      const pump = () => {
        while (sent < 400 && res.write(chunk)) sent++;
        if (sent >= 400) res.end();
        else res.once("drain", pump);
      };
      res.on("error", () => undefined);
      pump();
      return;
    }
    if (path === "/declared-huge.html") {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(50_000_000) });
      res.write("<p>");
      return;
    }
    answer(404, "text/plain", "not found");
  };
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base: state.base,
    requests,
    stories,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

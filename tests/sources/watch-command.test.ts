// The CLI over web sources: `watch --once` run twice keeps its state between runs (second run: 304,
// nothing new), `ingest URL` loads pages beside files, and bad input is refused with where and what.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { runTs } from "../support/child.js";
import { type SourceServer, startSourceServer } from "./source-server.js";

const CLI = join(import.meta.dirname, "../../src/cli/main.ts");
const paragraphs = [
  "Prime Minister Sofia Lund met President Karl Weber in Copenhagen on Friday to discuss wind power in the North Sea.",
  "Both leaders said after the meeting that the cable project would go ahead next year, according to their offices.",
];

describe("diplograph watch and ingest URL", () => {
  let server: SourceServer;
  beforeAll(async () => {
    server = await startSourceServer([
      { slug: "lund-weber", title: "Lund and Weber meet in Copenhagen", published: "2024-05-10", paragraphs },
    ]);
  });
  afterAll(() => server.close());

  it("watch --once twice: the second run asks conditionally and loads nothing new", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-watch-"));
    const env = { DIPLOGRAPH_DATA: join(dir, "data"), NEO4J_URI: "" };
    const feeds = join(dir, "feeds.txt");
    writeFileSync(feeds, `# test feeds\n${server.base}/rss.xml\n${server.base}/missing.xml\n`);
    const args = ["watch", "--feeds", feeds, "--once", "--host-delay", "0", "--rejects", join(dir, "rejects.jsonl")];
    const first = runTs(CLI, args, { env, cwd: dir });
    const firstExit = await first.exit;
    expect(firstExit.code, firstExit.stderr).toBe(0);
    expect(first.lines.join("\n")).toMatch(/feeds: 2 polled, 0 not modified, 1 failed; articles: 2 read, 1 new/);
    expect(firstExit.stderr).toContain(`watch: ${server.base}/missing.xml: fetch failed (http-status)`);
    const rejects = readFileSync(join(dir, "rejects.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rejects[0]).toMatchObject({
      at: `${server.base}/missing.xml`,
      reason: expect.stringMatching(/answered 404/),
    });

    const second = runTs(CLI, args, { env, cwd: dir });
    const secondExit = await second.exit;
    expect(secondExit.code, secondExit.stderr).toBe(0);
    expect(second.lines.join("\n")).toMatch(/feeds: 2 polled, 1 not modified, 1 failed; articles: 1 read, 0 new/);
    expect(server.hits("/news/lund-weber.html")).toBe(1);
    const store = await EmbeddedStore.open({ dataDir: env.DIPLOGRAPH_DATA });
    expect((await store.stats()).articles).toBe(1);
    await store.close();
  });

  it("ingest takes http(s) URLs beside files", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-ingest-url-"));
    const env = { DIPLOGRAPH_DATA: join(dir, "data"), NEO4J_URI: "" };
    const file = join(dir, "one.txt");
    writeFileSync(file, "President Anna Kowal met Chancellor Otto Brenner in Riga on Tuesday.");
    const child = runTs(CLI, ["ingest", file, `${server.base}/news/lund-weber.html`, "--concurrency", "1"], {
      env,
      cwd: dir,
    });
    const exit = await child.exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(child.lines.join("\n")).toMatch(/articles: 2 read, 2 new/);
  });

  it("refuses bad input, saying where and what", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-bad-"));
    const env = { DIPLOGRAPH_DATA: join(dir, "data"), NEO4J_URI: "" };
    const feeds = join(dir, "feeds.txt");
    writeFileSync(feeds, "https://ok.example/rss\nfile:///etc/passwd\n");
    const badFeed = await runTs(CLI, ["watch", "--feeds", feeds, "--once"], { env }).exit;
    expect(badFeed.code).toBe(1);
    expect(badFeed.stderr).toContain(
      `watch: --feeds ${feeds}:2: file:///etc/passwd: only http and https URLs can be fetched`,
    );
    const badInterval = await runTs(CLI, ["watch", "--feeds", feeds, "--interval", "0"], { env }).exit;
    expect(badInterval.stderr).toContain("watch: --interval: must be at least 1 second");
    const badUrl = await runTs(CLI, ["ingest", "ftp://example.org/a.html"], { env }).exit;
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toContain("ingest: ftp://example.org/a.html: only http and https URLs can be fetched");
    const badTimeout = await runTs(CLI, ["ingest", "https://example.org/a", "--timeout", "0"], { env }).exit;
    expect(badTimeout.stderr).toContain("ingest: --timeout: must be at least 1");
    const badRetries = await runTs(CLI, ["watch", "--feeds", "f", "--retries", "11"], { env }).exit;
    expect(badRetries.stderr).toContain("watch: --retries: must be at most 10");
  });
});

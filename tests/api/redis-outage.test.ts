// A Redis outage under the queued job API: a real redis-server is stopped while the API runs. Job
// requests get 503 problems at once (not a hang, not a 500) and /ready says the queue is down; when Redis
// is back on the same port, jobs are taken again without a restart. Skipped without redis-server
// (REQUIRE_REDIS=1, as CI sets, makes that a failure).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/config/logger.js";
import { startRedis } from "../redis/local-redis.js";

const hasRedis = (() => {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasRedis && process.env.REQUIRE_REDIS === "1") throw new Error("REQUIRE_REDIS=1 but redis-server is not on PATH");

describe.skipIf(!hasRedis)("job API during a Redis outage", () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  let api: RunningServer | undefined;
  afterAll(async () => {
    await api?.close();
    redis?.server.kill("SIGKILL");
  });

  it("answers 503 while Redis is down and takes jobs again when it is back", { timeout: 60_000 }, async () => {
    redis = await startRedis();
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      REDIS_URL: redis.url,
      DIPLOGRAPH_DATA: mkdtempSync(join(tmpdir(), "diplograph-redis-outage-")),
      DIPLOGRAPH_SEEDS: "0",
      DIPLOGRAPH_RATE_LIMIT: "0",
    });
    api = await startServer(config, createLogger("silent"), "test");
    const base = `http://127.0.0.1:${api.port}`;
    const body = `${JSON.stringify({ text: "Ana Ortega met Bram Visser in Lisbon on 2 May 2024." })}\n`;
    const post = () =>
      fetch(`${base}/ingest/jobs`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body });
    const posted = await post();
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };
    expect((await fetch(`${base}/ingest/jobs/${id}`)).status).toBe(200);
    expect(await (await fetch(`${base}/ready`)).json()).toMatchObject({ ready: true, queue: true });

    redis.server.kill("SIGKILL");
    await new Promise((resolve) => redis?.server.once("exit", resolve));
    for (const answer of [await fetch(`${base}/ingest/jobs/${id}`), await post()]) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect((await answer.json()).type).toBe("urn:diplograph:problem:jobs-unavailable");
    }
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, (await ready.json()).queue]).toEqual([503, false]);
    // The rest of the API does not need Redis.
    expect((await fetch(`${base}/people?q=ortega`)).status).toBe(200);

    redis = await startRedis(redis.port);
    let again = 503;
    for (let i = 0; i < 100 && again !== 200; i++) {
      again = (await fetch(`${base}/ready`)).status;
      if (again !== 200) await sleep(100);
    }
    expect(again).toBe(200);
    expect((await post()).status).toBe(202);
  });
});

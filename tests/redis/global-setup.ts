// Chooses the Redis that queue suites run against: 1. REDIS_URL, 2. a redis-server on PATH started here
// on a free loopback port (no disk persistence), 3. none: those suites skip with one line saying why (a
// failure when REQUIRE_REDIS=1).
import { type ChildProcess, spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { envValue } from "../../src/config/env.js";
import { startRedis } from "./local-redis.js";

declare module "vitest" {
  export interface ProvidedContext {
    redis: string | null;
    redisSkipReason: string;
  }
}

export default async function setup(project: TestProject) {
  let url = envValue("REDIS_URL") ?? null;
  let server: ChildProcess | null = null;
  const reason = "no REDIS_URL and no redis-server on PATH; set REDIS_URL=redis://host:6379 or install redis-server";
  if (!url && spawnSync("redis-server", ["--version"]).status === 0) {
    const started = await startRedis();
    ({ url, server } = started);
    console.log(`redis: started redis-server at ${url}`);
  }
  if (!url) {
    if (envValue("REQUIRE_REDIS") === "1")
      throw new Error(`redis: REQUIRE_REDIS=1 but no Redis is available: ${reason}`);
    console.log(`redis: queue suites SKIPPED: ${reason}`);
  } else if (!server) {
    console.log(`redis: queue suites use ${url} (via REDIS_URL)`);
  }
  project.provide("redis", url);
  project.provide("redisSkipReason", reason);
  return async () => {
    server?.kill("SIGTERM");
  };
}

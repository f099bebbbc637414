// Queue suites: they need both the Neo4j and the Redis the global setups chose, or they skip.
import { Redis } from "ioredis";
import { describe, inject } from "vitest";
import { neo4jTarget } from "./neo4j.js";

export const redisUrl = inject("redis");
export const describeQueue: typeof describe = neo4jTarget && redisUrl ? describe : (describe.skip as typeof describe);

/** Empties the test Redis, so a suite never sees another one's jobs. */
export async function flushRedis(): Promise<void> {
  if (!redisUrl) throw new Error(`no Redis for this suite: ${inject("redisSkipReason")}`);
  const redis = new Redis(redisUrl);
  try {
    await redis.flushall();
  } finally {
    redis.disconnect();
  }
}

// One Redis connection from REDIS_URL, set up the way BullMQ needs it (commands wait for a reconnect
// instead of failing after a few retries).
import { Redis } from "ioredis";

export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}

// Redis connections from REDIS_URL. A worker's commands wait for a reconnect (BullMQ needs that of a
// worker); the API's give up after a few tries, so a request fails instead of hanging while Redis is away.
import { Redis } from "ioredis";

export function connectRedis(url: string, role: "worker" | "client" = "worker"): Redis {
  return new Redis(url, { maxRetriesPerRequest: role === "worker" ? null : 3 });
}

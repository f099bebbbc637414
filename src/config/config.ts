import { z } from "zod";
import { envValue } from "./env.js";

/** Service configuration, read from the environment once at the edge and validated. */
export const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default("0.0.0.0"),
  dataDir: z.string().default("./data"),
  neo4j: z
    .object({
      uri: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, "must be a bolt:// or neo4j:// URI"),
      user: z.string().default("neo4j"),
      password: z.string().default(""),
      database: z.string().optional(),
    })
    .optional(),
  /** Where the durable ingestion queue lives; without it jobs run in the API's process. */
  redisUrl: z
    .string()
    .regex(/^rediss?:\/\/[^/\s]/, "must be a redis:// or rediss:// URL")
    .optional(),
  apiKey: z.string().optional(),
  readKey: z.string().optional(),
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimit: z.coerce.number().int().min(0).default(600),
  corsOrigins: z.array(z.string()).default([]),
  bodyLimit: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, "must be a size such as 1mb or 512kb")
    .default("1mb"),
  ingestBodyLimit: z
    .string()
    .regex(/^\d+(b|kb|mb|gb)$/i, "must be a size such as 100mb")
    .default("100mb"),
  /** Layout cache size in MB; 0 turns it off. */
  layoutCacheMb: z.coerce.number().min(0).max(16_384).default(64),
  layoutWorkers: z.coerce.number().int().min(1).max(32).default(2),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  loadSeeds: z.boolean().default(true),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = (name: string) => envValue(name, env);
  const uri = read("NEO4J_URI");
  const raw = {
    port: read("PORT"),
    host: read("HOST"),
    dataDir: read("DIPLOGRAPH_DATA"),
    neo4j: uri
      ? { uri, user: read("NEO4J_USER"), password: read("NEO4J_PASSWORD"), database: read("NEO4J_DATABASE") }
      : undefined,
    redisUrl: read("REDIS_URL"),
    apiKey: read("DIPLOGRAPH_API_KEY"),
    readKey: read("DIPLOGRAPH_READ_KEY"),
    rateLimit: read("DIPLOGRAPH_RATE_LIMIT"),
    corsOrigins: read("DIPLOGRAPH_CORS_ORIGINS")
      ?.split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    bodyLimit: read("DIPLOGRAPH_BODY_LIMIT"),
    ingestBodyLimit: read("DIPLOGRAPH_INGEST_BODY_LIMIT"),
    layoutCacheMb: read("DIPLOGRAPH_LAYOUT_CACHE_MB"),
    layoutWorkers: read("DIPLOGRAPH_LAYOUT_WORKERS"),
    logLevel: read("LOG_LEVEL"),
    loadSeeds: read("DIPLOGRAPH_SEEDS") === undefined ? undefined : read("DIPLOGRAPH_SEEDS") !== "0",
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const names: Record<string, string> = {
      port: "PORT",
      host: "HOST",
      dataDir: "DIPLOGRAPH_DATA",
      "neo4j.uri": "NEO4J_URI",
      redisUrl: "REDIS_URL",
      logLevel: "LOG_LEVEL",
      layoutCacheMb: "DIPLOGRAPH_LAYOUT_CACHE_MB",
      layoutWorkers: "DIPLOGRAPH_LAYOUT_WORKERS",
      rateLimit: "DIPLOGRAPH_RATE_LIMIT",
      bodyLimit: "DIPLOGRAPH_BODY_LIMIT",
      ingestBodyLimit: "DIPLOGRAPH_INGEST_BODY_LIMIT",
    };
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.join(".");
      return `${names[path] ?? path}: ${issue.message}`;
    });
    throw new ConfigError(`diplograph: invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}

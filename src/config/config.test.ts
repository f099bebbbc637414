import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to port 3000 and the embedded store", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.neo4j).toBeUndefined();
    expect(config.dataDir).toBe("./data");
  });

  it("treats empty strings as unset", () => {
    const config = loadConfig({ PORT: "", NEO4J_URI: "", DIPLOGRAPH_API_KEY: "" });
    expect(config.port).toBe(3000);
    expect(config.neo4j).toBeUndefined();
    expect(config.apiKey).toBeUndefined();
  });

  it("uses Neo4j when NEO4J_URI is set", () => {
    const config = loadConfig({ NEO4J_URI: "bolt://db:7687", NEO4J_USER: "u", NEO4J_PASSWORD: "p", PORT: "8080" });
    expect(config.neo4j).toEqual({ uri: "bolt://db:7687", user: "u", password: "p" });
    expect(config.port).toBe(8080);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: "http://db:7474" })).toThrow(/NEO4J_URI: must be a bolt/);
    expect(() => loadConfig({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL: must be a redis:\/\//);
  });

  it("queues ingestion only when REDIS_URL is set", () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: "" }).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: "rediss://:secret@cache:6380/2" }).redisUrl).toBe("rediss://:secret@cache:6380/2");
  });
});

// The API server for bench:api, in its own process so the load generator does not share its event loop:
// production middleware with only the rate limit raised, the layout routes, plus a constant route of a
// given size (the baseline). Prints "port N" when listening.
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { type AppDeps, createApp } from "../../src/api/app.js";
import { route } from "../../src/api/route.js";
import { layoutRoutes } from "../../src/api/routes/layout.js";
import { querySchema } from "../../src/api/schemas.js";
import { createLogger } from "../../src/config/logger.js";
import { LayoutService } from "../../src/layout/layout-service.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";

const [kind, target, constantFile] = process.argv.slice(2) as [string, string, string];
const store: GraphStore =
  kind === "neo4j"
    ? await Neo4jStore.open({ uri: target, user: "neo4j", password: "" })
    : await EmbeddedStore.open({ dataDir: target });
// The constant answer (a): an answer of the size and shape the real route gives, without the store.
const payload: unknown =
  constantFile && existsSync(constantFile) ? JSON.parse(readFileSync(constantFile, "utf8")) : { items: [] };
const constant = route({
  method: "get",
  path: "/bench/constant",
  tag: "bench",
  summary: "a constant answer of the size of a typical counterparts answer",
  query: querySchema({}),
  response: z.unknown(),
  handle: async () => payload,
});
const config: AppDeps["config"] = {
  apiKey: undefined,
  readKey: undefined,
  rateLimit: 10_000_000,
  corsOrigins: [],
  bodyLimit: "1mb",
};
const layouts = new LayoutService(store, { workers: 2, cacheBytes: 256 * 1024 * 1024 });
const app = createApp({
  store,
  version: "bench",
  config,
  log: createLogger("warn"),
  routes: [constant, ...layoutRoutes(layouts)],
});
const server = app.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`port ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => {
  server.close();
  void Promise.all([layouts.close(), store.close()]).then(() => process.exit(0));
});

import type { Server } from "node:http";
import neo4j from "neo4j-driver";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import { applySchema } from "../store/neo4j/schema.js";
import { type AppDeps, createApp } from "./app.js";

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

async function openStore(config: Config, log: Logger): Promise<{ deps: AppDeps["store"]; close: () => Promise<void> }> {
  if (config.neo4j) {
    const { uri, user, password, database } = config.neo4j;
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    await driver.verifyConnectivity({ database });
    const applied = await applySchema(driver, database);
    log.info({ uri, statements: applied }, "neo4j store: connected, schema applied");
    return {
      deps: {
        kind: "neo4j",
        ready: async () => {
          await driver.verifyConnectivity({ database });
          return true;
        },
      },
      close: () => driver.close(),
    };
  }
  const note = "the embedded graph store is not built yet (issue 4); set NEO4J_URI to use Neo4j";
  log.warn({ dataDir: config.dataDir }, note);
  return { deps: { kind: "embedded", ready: async () => false, note }, close: async () => {} };
}

export async function startServer(config: Config, log: Logger, version: string): Promise<RunningServer> {
  const store = await openStore(config, log);
  const app = createApp({ store: store.deps, version });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info({ port, store: store.deps.kind }, `diplograph listening on http://localhost:${port}`);
  return {
    server,
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

// Starts the service: opens the store, loads the seed articles into an empty store, listens, and shuts
// down gracefully (in-flight requests drain, then the store closes).
import type { Server } from "node:http";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import { loadSeeds } from "../ingest/seeds.js";
import type { GraphStore } from "../store/graph-store.js";
import { openStore } from "../store/open-store.js";
import { createApp } from "./app.js";

export interface RunningServer {
  server: Server;
  port: number;
  store: GraphStore;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: Logger, version: string): Promise<RunningServer> {
  const store = await openStore(config, { command: `diplograph serve (port ${config.port})` });
  try {
    log.info({ store: store.kind, dataDir: store.kind === "embedded" ? config.dataDir : undefined }, "store open");
    if (config.loadSeeds) {
      const seeded = await loadSeeds(store);
      if (seeded) log.info({ articles: seeded }, "empty store: seed articles loaded");
    }
    const app = createApp({ store, version, config, log });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    log.info({ port, store: store.kind }, `diplograph listening on http://localhost:${port}`);
    let closing: Promise<void> | null = null;
    return {
      server,
      port,
      store,
      close: () => {
        closing ??= (async () => {
          const drained = new Promise<void>((resolve) => server.close(() => resolve()));
          server.closeIdleConnections();
          await drained;
          await store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

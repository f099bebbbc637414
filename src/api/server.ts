// Starts the service: opens the store, loads the seed articles into an empty store, listens, and shuts
// down gracefully (in-flight requests drain, then the store closes).
import type { Server } from "node:http";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import { packageRoot } from "../config/paths.js";
import { ExtractPool } from "../ingest/extract-pool.js";
import { type IngestJobService, IngestJobs } from "../ingest/jobs.js";
import { QueueJobs } from "../ingest/queue/queue-jobs.js";
import { loadSeeds } from "../ingest/seeds.js";
import { LayoutService } from "../layout/layout-service.js";
import type { GraphStore } from "../store/graph-store.js";
import { openStore } from "../store/open-store.js";
import { createApp } from "./app.js";
import { ingestRoutes } from "./routes/ingest.js";
import { layoutRoutes } from "./routes/layout.js";
import { webRouter } from "./web.js";

export interface RunningServer {
  server: Server;
  port: number;
  store: GraphStore;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Where the web page's built assets are (default dist/web). */
  webDir?: string;
}

export async function startServer(
  config: Config,
  log: Logger,
  version: string,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const store = await openStore(config, { command: `diplograph serve (port ${config.port})` });
  let layouts: LayoutService | null = null;
  let jobs: IngestJobService | null = null;
  try {
    log.info({ store: store.kind, dataDir: store.kind === "embedded" ? config.dataDir : undefined }, "store open");
    if (config.loadSeeds) {
      const seeded = await loadSeeds(store);
      if (seeded) log.info({ articles: seeded }, "empty store: seed articles loaded");
    }
    // Extraction workers start with the first job; one core stays for the API.
    let pool: ExtractPool | null = null;
    // With REDIS_URL, jobs go to the queue and `diplograph worker` processes run them.
    jobs = config.redisUrl
      ? new QueueJobs(config.redisUrl)
      : new IngestJobs(store, () => {
          pool ??= new ExtractPool(Math.max(1, availableParallelism() - 1));
          return pool;
        });
    layouts = new LayoutService(store, {
      workers: config.layoutWorkers,
      cacheBytes: config.layoutCacheMb * 1024 * 1024,
    });
    const app = createApp({
      store,
      version,
      config,
      log,
      routes: [
        ...ingestRoutes(store, jobs as IngestJobService, config.ingestBodyLimit),
        ...layoutRoutes(layouts as LayoutService),
      ],
      routers: [webRouter(options.webDir ?? join(packageRoot, "dist", "web"))],
      readiness: jobs.ready ? { queue: jobs.ready.bind(jobs) } : {},
    });
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
          await jobs?.close();
          await pool?.close();
          await layouts?.close();
          await store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await jobs?.close();
    await layouts?.close();
    await store.close();
    throw error;
  }
}

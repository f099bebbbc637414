import express, { type Express } from "express";

export interface AppDeps {
  /** Which store serves the graph, and whether it is ready (null when none is available yet). */
  store: { kind: "neo4j" | "embedded"; ready: () => Promise<boolean>; note?: string };
  version: string;
}

/** Builds the Express app; the server (listening, shutdown) lives in server.ts. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", version: deps.version, store: deps.store.kind, note: deps.store.note ?? null });
  });

  app.get("/ready", async (_req, res) => {
    const ready = await deps.store.ready().catch(() => false);
    res.status(ready ? 200 : 503).json({ ready, store: deps.store.kind, note: deps.store.note ?? null });
  });

  app.use((req, res) => {
    res
      .status(404)
      .type("application/problem+json")
      .json({
        type: "urn:diplograph:not-found",
        title: "Not Found",
        status: 404,
        detail: `no route for ${req.method} ${req.path}`,
      });
  });
  return app;
}

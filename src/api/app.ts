// Builds the Express app: production middleware (request ids and logs, helmet, CORS allow-list, rate
// limit), the routes from their specs, the OpenAPI document and its docs page, and problem+json errors.
// Listening and shutdown live in server.ts.
import { randomUUID } from "node:crypto";
import cors from "cors";
import express, { type Express, type Router } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import swaggerUiPath from "swagger-ui-dist/absolute-path.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { GraphStore } from "../store/graph-store.js";
import { mountRoutes } from "./mount.js";
import { openApiDocument } from "./openapi.js";
import { problemHandler, sendProblem } from "./problem.js";
import type { RouteSpec } from "./route.js";
import { eventRoutes } from "./routes/events.js";
import { networkRoutes } from "./routes/network.js";
import { peopleRoutes } from "./routes/people.js";
import { postRoutes } from "./routes/posts.js";
import { selectionRoutes } from "./routes/selection.js";

export type ApiConfig = Pick<Config, "apiKey" | "readKey" | "rateLimit" | "corsOrigins" | "bodyLimit">;

export interface AppDeps {
  store: GraphStore;
  version: string;
  config: ApiConfig;
  log: Logger;
  /** Routes of other parts (ingestion, layouts), mounted and documented like the query routes. */
  routes?: RouteSpec[];
  /** Routers mounted as they are, after the routes (the web page). */
  routers?: Router[];
  /** Services besides the store that /ready asks, by name (the ingestion queue). */
  readiness?: Record<string, () => Promise<boolean>>;
}

export function queryRoutes(store: GraphStore): RouteSpec[] {
  return [
    ...peopleRoutes(store),
    ...postRoutes(store),
    ...eventRoutes(store),
    ...networkRoutes(store),
    ...selectionRoutes(store),
  ];
}

export function createApp(deps: AppDeps): Express {
  const { config, store } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // No ETag: it would hash every answer, megabytes for a large layout, for caches nobody keeps.
  app.set("etag", false);
  app.use(
    pinoHttp({
      logger: deps.log,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/health" },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(helmet());
  app.use(cors({ origin: config.corsOrigins.length ? config.corsOrigins : false }));
  if (config.rateLimit > 0)
    app.use(
      rateLimit({
        windowMs: 60_000,
        limit: config.rateLimit,
        standardHeaders: "draft-8",
        legacyHeaders: false,
        skip: (req) => req.path === "/health" || req.path === "/ready",
        handler: (_req, res) =>
          sendProblem(res, {
            type: "urn:diplograph:problem:rate-limited",
            title: "Too Many Requests",
            status: 429,
            detail: `more than ${config.rateLimit} requests a minute from this client; slow down`,
          }),
      }),
    );

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", version: deps.version, store: store.kind });
  });
  app.get("/ready", async (_req, res) => {
    const checks = Object.entries(deps.readiness ?? {});
    const [storeReady, ...others] = await Promise.all([
      store.ready().catch(() => false),
      ...checks.map(([, check]) => check().catch(() => false)),
    ]);
    const ready = storeReady && others.every(Boolean);
    const services = Object.fromEntries(checks.map(([name], i) => [name, others[i]]));
    res.status(ready ? 200 : 503).json({ ready, store: store.kind, ...services });
  });

  const specs = [...queryRoutes(store), ...(deps.routes ?? [])];
  const document = openApiDocument(specs, deps.version);
  app.get("/openapi.json", (_req, res) => {
    res.json(document);
  });
  app.use("/docs/assets", express.static(swaggerUiPath(), { index: false }));
  app.get("/docs/init.js", (_req, res) => {
    res
      .type("text/javascript")
      .send('window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#docs", deepLinking: true });\n');
  });
  app.get("/docs", (_req, res) => {
    res
      .type("html")
      .send(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>diplograph API</title>' +
          '<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head><body><div id="docs"></div>' +
          '<script src="/docs/assets/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script></body></html>',
      );
  });

  const router = express.Router();
  mountRoutes(router, specs, { writeKey: config.apiKey, readKey: config.readKey, bodyLimit: config.bodyLimit });
  app.use(router);
  for (const extra of deps.routers ?? []) app.use(extra);

  app.use((req, res) => {
    sendProblem(res, {
      type: "urn:diplograph:problem:not-found",
      title: "Not Found",
      status: 404,
      detail: `no route for ${req.method} ${req.path}`,
    });
  });
  app.use(problemHandler);
  return app;
}

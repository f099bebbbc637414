// Runs the app on a free port for a test, on the given store.
import type { Server } from "node:http";
import { type AppDeps, createApp } from "../../src/api/app.js";
import { createLogger } from "../../src/config/logger.js";
import type { GraphStore } from "../../src/store/graph-store.js";

export interface TestServer {
  base: string;
  server: Server;
  close(): Promise<void>;
}

export const testApiConfig: AppDeps["config"] = {
  apiKey: undefined,
  readKey: undefined,
  rateLimit: 0,
  corsOrigins: [],
  bodyLimit: "1mb",
};

export async function serve(store: GraphStore, overrides: Partial<AppDeps> = {}): Promise<TestServer> {
  const app = createApp({ store, version: "test", config: testApiConfig, log: createLogger("silent"), ...overrides });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    base,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

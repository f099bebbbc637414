import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";

describe("API skeleton", () => {
  let server: Server;
  let base: string;
  let storeReady = false;

  beforeAll(async () => {
    const app = createApp({ version: "test", store: { kind: "embedded", ready: async () => storeReady } });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers /health whatever the store does", async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", store: "embedded" });
  });

  it("answers /ready with 503 until the store is reachable", async () => {
    storeReady = false;
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    storeReady = true;
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it("answers unknown routes with a problem+json 404", async () => {
    const res = await fetch(`${base}/no/such/route`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, detail: "no route for GET /no/such/route" });
  });
});

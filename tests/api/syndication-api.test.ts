// The API's corroboration counts: a meeting reported by a wire story, two republished copies and one
// independent report shows four reports from two sources, on events, network edges and in the OpenAPI.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { personId } from "../../src/store/identity.js";
import { copies, independent, wire } from "../store/syndication-contract.js";
import { serve, type TestServer } from "./serve.js";

describe("sourceCount in the API", () => {
  let store: EmbeddedStore;
  let api: TestServer;
  const get = async (path: string) => (await fetch(`${api.base}${path}`)).json();
  beforeAll(async () => {
    store = await EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-api-syndication-")) });
    await store.upsert([wire(), ...copies(), independent()]);
    api = await serve(store);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  it("gives meetings and timelines their reports and independent sources", async () => {
    const meetings = await get("/meetings");
    expect(
      meetings.items.map((m: { articleCount: number; sourceCount: number }) => [m.articleCount, m.sourceCount]),
    ).toEqual([[4, 2]]);
    const timeline = await get(`/timeline?person=${encodeURIComponent(personId("Ana Ortega"))}`);
    expect(timeline.items[0]).toMatchObject({ articleCount: 4, sourceCount: 2 });
  });

  it("gives network edges the sources of their best-corroborated event", async () => {
    const graph = await get("/graph");
    expect(graph.edges).toEqual([expect.objectContaining({ type: "MET_WITH", weight: 1, sourceCount: 2 })]);
  });

  it("documents sourceCount beside articleCount in the OpenAPI schemas", async () => {
    const doc = await get("/openapi.json");
    const schemas = JSON.stringify(doc);
    const meetings = doc.paths["/meetings"].get.responses["200"].content["application/json"].schema;
    expect(JSON.stringify(meetings)).toMatch(/sourceCount/);
    expect(schemas.match(/"sourceCount"/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

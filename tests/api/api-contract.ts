// The HTTP API, run against a store (embedded in api.test.ts, Neo4j in api.neo4j.test.ts): every route,
// good input and bad, with problem+json errors that name the failing field.
import SwaggerParser from "@apidevtools/swagger-parser";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.js";
import { personId, postId } from "../../src/store/identity.js";
import { article, smallNetwork } from "../store/fixtures.js";
import { serve, type TestServer, testApiConfig } from "./serve.js";

const ana = personId("Ana Ortega");
const bram = personId("Bram Visser");
const dara = personId("Dara Okafor");
const portugueseFm = postId({ office: "foreign minister", country: "PT", organization: null });

/** Reports that give two of the network's persons a post, one after the other (no new persons). */
const postReports = () => [
  article({
    key: "fm1",
    publishedAt: "2024-02-01",
    persons: [{ name: "Ana Ortega", posts: [{ office: "foreign minister", country: "PT", date: "2024-02-01" }] }],
  }),
  article({
    key: "fm2",
    publishedAt: "2024-08-01",
    persons: [
      { name: "Bram Visser", posts: [{ office: "foreign minister", country: "PT", date: "2024-08-01" }] },
      { name: "Chen Li", posts: [{ office: "secretary-general", organization: "NATO", date: "2024-08-01" }] },
    ],
  }),
];

export function apiContract(name: string, openSeeded: () => Promise<GraphStore>) {
  describe(`HTTP API on the ${name} store`, () => {
    let store: GraphStore;
    let api: TestServer;
    const get = async (path: string, init?: RequestInit) => {
      const res = await fetch(`${api.base}${path}`, init);
      const type = res.headers.get("content-type") ?? "";
      return { res, status: res.status, type, body: type.includes("json") ? await res.json() : await res.text() };
    };
    const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

    beforeAll(async () => {
      store = await openSeeded();
      await store.upsert([...smallNetwork(), ...postReports()]);
      api = await serve(store);
    });
    afterAll(async () => {
      await api?.close();
      await store?.close();
    });

    it("answers /health and /ready", async () => {
      expect((await get("/health")).body).toMatchObject({ status: "ok", store: store.kind });
      expect((await get("/ready")).status).toBe(200);
    });

    it("searches people and pages with opaque cursors", async () => {
      const first = await get(`/people?${q({ q: "", limit: "2" })}`);
      expect(first.status).toBe(200);
      expect(first.body.items.map((p: { name: string }) => p.name)).toEqual(["Ana Ortega", "Bram Visser"]);
      expect(typeof first.body.nextCursor).toBe("string");
      const second = await get(`/people?${q({ q: "", limit: "2", cursor: first.body.nextCursor })}`);
      expect(second.body.items.map((p: { name: string }) => p.name)).toEqual(["Chen Li", "Dara Okafor"]);
      expect(second.body.nextCursor).toBeNull();
      expect((await get(`/people?${q({ q: "ANA ortega" })}`)).body.items[0]).toMatchObject({
        id: ana,
        meetingCount: 3,
      });
    });

    it("gives a person and their counterparts, or a 404 problem", async () => {
      const person = await get(`/people/${encodeURIComponent(ana)}`);
      expect(person.body).toMatchObject({ name: "Ana Ortega", counts: { meetings: 3 } });
      const missing = await get("/people/person:nobody");
      expect(missing.status).toBe(404);
      expect(missing.type).toMatch(/application\/problem\+json/);
      expect(missing.body).toMatchObject({ type: "urn:diplograph:problem:not-found", status: 404 });
      const cps = await get(`/people/${ana}/counterparts?${q({ from: "2024-03-01", to: "2024-03-31" })}`);
      expect(cps.body).toEqual({
        items: [expect.objectContaining({ id: bram, meetings: 1, firstDate: "2024-03-01", lastDate: "2024-03-01" })],
        nextCursor: null,
      });
      const withUndated = await get(`/people/${ana}/counterparts?includeUndated=true`);
      expect(withUndated.body.items.map((c: { id: string }) => c.id)).toEqual([bram, dara]);
    });

    it("searches posts by office (or a synonym), country (code, name or demonym) and organisation", async () => {
      for (const query of [
        { office: "FM", country: "Portugal" },
        { office: "Minister of Foreign Affairs", country: "pt" },
      ])
        expect((await get(`/posts?${q(query)}`)).body).toEqual({
          items: [{ id: portugueseFm, office: "foreign minister", country: "PT", organization: null, holders: 2 }],
          nextCursor: null,
        });
      expect((await get("/posts?country=Portuguese&office=president")).body.items).toEqual([]);
      const nato = await get("/posts?organization=nato");
      expect(nato.body.items.map((p: { office: string; holders: number }) => [p.office, p.holders])).toEqual([
        ["secretary-general", 1],
      ]);
      const first = await get("/posts?limit=1");
      expect(first.body.items).toHaveLength(1);
      const rest = await get(`/posts?${q({ limit: "1", cursor: first.body.nextCursor })}`);
      expect(rest.body.items[0].id).not.toBe(first.body.items[0].id);
    });

    it("lists a post's holders over time with their sources, and a person's posts with dates", async () => {
      const holders = await get(`/posts/${encodeURIComponent(portugueseFm)}/holders`);
      expect(holders.status).toBe(200);
      expect(holders.body.items.map((h: { person: { id: string } }) => h.person.id)).toEqual([ana, bram]);
      expect(holders.body.items[0]).toMatchObject({
        firstSeen: "2024-02-01",
        lastSeen: "2024-02-01",
        articleCount: 1,
        source: "extraction",
        evidence: ["foreign minister Ana Ortega"],
        sources: [{ url: "https://example.org/fm1", publishedAt: "2024-02-01" }],
      });
      const missing = await get("/posts/post:nothing/holders");
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ type: "urn:diplograph:problem:not-found" });
      const person = await get(`/people/${encodeURIComponent(bram)}`);
      expect(person.body.posts).toEqual([
        {
          post: { id: portugueseFm, office: "foreign minister", country: "PT", organization: null },
          firstSeen: "2024-08-01",
          lastSeen: "2024-08-01",
          articleCount: 1,
          source: "extraction",
        },
      ]);
    });

    it("filters meetings by a post, whoever held it on the meeting's date", async () => {
      // Ana was seen as foreign minister on 2024-02-01, Bram from 2024-08-01: only the March meeting is in post.
      for (const query of [
        { office: "FM", officeCountry: "Portugal" } as Record<string, string>,
        { office: "foreign minister", officeCountry: "PT" },
        { post: portugueseFm },
      ])
        expect((await get(`/meetings?${q(query)}`)).body.items.map((m: { date: string }) => m.date)).toEqual([
          "2024-03-01",
        ]);
      const nato = await get(`/meetings?${q({ office: "Secretary General", officeOrganization: "NATO" })}`);
      expect(nato.body.items).toEqual([]);
    });

    it("filters meetings and visits", async () => {
      const m = await get(`/meetings?${q({ person: ana, with: bram })}`);
      expect(m.body.items.map((e: { date: string }) => e.date)).toEqual(["2024-06-20", "2024-03-01"]);
      expect(m.body.items[1]).toMatchObject({ location: { name: "Lisbon" }, articleCount: 1 });
      expect(m.body.items[1].sources[0].evidence[0]).toContain("met");
      expect((await get("/meetings?country=ke")).body.items).toHaveLength(1);
      expect((await get("/meetings?status=planned")).body.items).toHaveLength(0);
      const v = await get(`/visits?${q({ person: ana })}`);
      expect(v.body.items).toEqual([
        expect.objectContaining({ location: expect.objectContaining({ name: "Nairobi" }) }),
      ]);
    });

    it("draws ego networks and the most connected, finds paths, a timeline and counts", async () => {
      const ego = await get(`/graph?${q({ center: ana, depth: "2" })}`);
      expect(ego.body.nodes.map((n: { label: string }) => n.label)).toEqual(["Ana Ortega", "Bram Visser", "Chen Li"]);
      expect(ego.body.truncated).toBe(false);
      const top = await get("/graph?limit=2");
      expect(top.body.truncated).toBe(true);
      const visits = await get(`/graph?${q({ center: bram, kinds: "visited", statuses: "planned" })}`);
      expect(visits.body.edges).toMatchObject([{ type: "VISITED", planned: 1 }]);
      expect((await get(`/graph?${q({ center: bram, kinds: "visited" })}`)).body.edges).toEqual([]);
      expect((await get(`/graph?${q({ center: ana, minReports: "2" })}`)).body.edges).toEqual([]);
      const activity = await get(`/activity?${q({ center: ana, kinds: "MET_WITH,VISITED" })}`);
      expect(activity.body.items.map((r: { date: string; kind: string }) => `${r.date} ${r.kind}`)).toEqual([
        "2024-03-01 meeting",
        "2024-03-05 meeting",
        "2024-03-05 visit",
        "2024-06-20 meeting",
      ]);
      expect((await get("/activity?center=person:nobody")).status).toBe(404);
      const places = await get(`/places?${q({ center: ana })}`);
      expect(places.body.items.map((p: { name: string; meetings: number; visits: number }) => p)).toEqual([
        expect.objectContaining({ name: "Lisbon", meetings: 1, visits: 0, countryCode: "PT" }),
        expect.objectContaining({ name: "Nairobi", meetings: 1, visits: 1, countryCode: "KE" }),
      ]);
      // Ana's country as the text gave it, with the code and point the map draws the visit's arc from.
      expect(places.body.items[1].visitors).toEqual([
        { country: "Portugal", countryCode: "PT", lat: expect.any(Number), lon: expect.any(Number), visits: 1 },
      ]);
      const labels = async (query: Record<string, string>) =>
        (await get(`/graph?${q(query)}`)).body.nodes.map((n: { label: string }) => n.label);
      expect(await labels({ center: bram, country: "ke" })).toEqual(["Bram Visser", "Chen Li"]);
      expect(await labels({ center: bram, organization: "Cortes Group" })).toEqual(["Ana Ortega", "Bram Visser"]);
      const paths = await get(`/paths?${q({ from: bram, to: dara })}`);
      expect(paths.body.items).toHaveLength(2);
      const timeline = await get(`/timeline?${q({ person: ana, to: "2024-03-31" })}`);
      expect(timeline.body.items.map((e: { kind: string }) => e.kind)).toEqual(["meeting", "call", "visit"]);
      const stats = await get("/stats");
      expect(stats.body).toMatchObject({ persons: 4, store: store.kind, version: expect.any(String) });
    });

    it("names the failing field of bad input in a problem+json 400", async () => {
      const cases: [string, string][] = [
        ["/meetings?from=2024-13-01", "query.from"],
        ["/meetings?from=2024-05-01&to=2024-04-01", "query.to"],
        ["/meetings?limit=0", "query.limit"],
        ["/meetings?limit=abc", "query.limit"],
        ["/meetings?limit=100000", "query.limit"],
        ["/meetings?cursor=not-a-cursor", "query.cursor"],
        ["/meetings?status=rumoured", "query.status"],
        ["/meetings?colour=red", "query.colour"],
        ["/meetings?person=a&person=b", "query.person"],
        ["/graph?depth=4", "query.depth"],
        ["/graph?kinds=MET_WITH,HUGGED", "query.kinds"],
        ["/graph?statuses=occurred,rumoured", "query.statuses"],
        ["/graph?minReports=0", "query.minReports"],
        ["/activity?statuses=maybe", "query.statuses"],
        ["/graph?country=Iran", "query.country"],
        ["/places?organization=", "query.organization"],
        ["/paths?from=x", "query.to"],
        ["/timeline", "query.person"],
        ["/visits?country=Portugal", "query.country"],
        ["/posts?country=Atlantis", "query.country"],
        ["/posts?office=", "query.office"],
        ["/posts?holder=x", "query.holder"],
        ["/meetings?office=FM", "query.office"],
        ["/meetings?officeCountry=PT", "query.office"],
        ["/meetings?office=FM&officeCountry=PT&post=x", "query.post"],
        [`/people?q=${"x".repeat(300)}`, "query.q"],
        ["/people/person:x?verbose=1", "query.verbose"],
      ];
      for (const [path, field] of cases) {
        const { status, type, body } = await get(path);
        expect(status, path).toBe(400);
        expect(type, path).toMatch(/application\/problem\+json/);
        expect(body.type, path).toBe("urn:diplograph:problem:invalid-request");
        expect(
          body.errors.map((e: { field: string }) => e.field),
          path,
        ).toContain(field);
        expect(JSON.stringify(body), path).not.toMatch(/at .*\.(ts|js):\d+/);
      }
    });

    it("treats injection-looking, unicode and control characters as plain data", async () => {
      const before = (await get("/stats")).body;
      for (const text of [
        "' OR 1=1 --",
        "}) MATCH (n) DETACH DELETE n //",
        "\u0000\u0001\u001f",
        "Åna 🕊️ Ørtega",
        "%",
        "../../etc/passwd",
      ]) {
        expect((await get(`/people?${q({ q: text })}`)).status, text).toBe(200);
        expect((await get(`/people/${encodeURIComponent(text)}`)).status, text).toBe(404);
        expect((await get(`/meetings?${q({ person: text })}`)).status, text).toBe(200);
      }
      expect((await get("/stats")).body).toEqual(before);
    });

    it("sends security headers and a request id", async () => {
      const { res } = await get("/health", { headers: { "x-request-id": "trace-42" } });
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-request-id")).toBe("trace-42");
      expect(res.headers.get("x-powered-by")).toBeNull();
      expect((await get("/nowhere")).body).toMatchObject({ status: 404, detail: "no route for GET /nowhere" });
    });

    it("publishes an OpenAPI document that validates and lists exactly the parameters each route accepts", async () => {
      const doc = (await get("/openapi.json")).body;
      await SwaggerParser.validate(structuredClone(doc));
      for (const [path, ops] of Object.entries(
        doc.paths as Record<string, Record<string, { parameters: { name: string; in: string }[] }>>,
      )) {
        const op = ops.get;
        if (!op) continue;
        const url = path.replace(/\{(\w+)\}/g, () => encodeURIComponent(ana));
        for (const p of op.parameters.filter((x) => x.in === "query")) {
          const { body } = await get(`${url}?${q({ [p.name]: "1" })}`);
          const fields = (body.errors ?? []).filter(
            (e: { message: string }) => e.message === "is not a parameter of this route",
          );
          expect(fields, `${path} ${p.name}`).toEqual([]);
        }
        const { status, body } = await get(`${url}?undocumentedParameter=1`);
        expect(status, path).toBe(400);
        expect(body.errors.map((e: { field: string }) => e.field)).toContain("query.undocumentedParameter");
      }
      const docs = await get("/docs");
      expect(docs.status).toBe(200);
      expect(docs.body).toContain("/docs/assets/swagger-ui-bundle.js");
      expect((await fetch(`${api.base}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
    });

    it("never answers 5xx (but 503) to random input, and stays up", async () => {
      const doc = (await get("/openapi.json")).body as {
        paths: Record<string, { get?: { parameters: { name: string }[] } }>;
      };
      const routes = Object.entries(doc.paths).filter(([, ops]) => ops.get);
      const text = fc.oneof(
        fc.string(),
        fc.string({ unit: "binary" }),
        fc.constantFrom("", "2024-02-30", "-1", "1e9", "true", ana),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          fc.dictionary(
            fc.oneof(
              {
                weight: 4,
                arbitrary: fc.constantFrom(
                  "q",
                  "from",
                  "to",
                  "limit",
                  "cursor",
                  "depth",
                  "kinds",
                  "statuses",
                  "minReports",
                  "person",
                  "with",
                  "center",
                  "location",
                  "organization",
                  "maxHops",
                ),
              },
              { weight: 1, arbitrary: fc.string() },
            ),
            text,
            { maxKeys: 5 },
          ),
          text,
          async ([path], params, id) => {
            const url = path.replace(/\{(\w+)\}/g, () => encodeURIComponent(id));
            const res = await fetch(`${api.base}${url}?${q(params)}`);
            await res.arrayBuffer();
            return res.status < 500 || res.status === 503;
          },
        ),
        { numRuns: 1000 },
      );
      expect((await get("/health")).status).toBe(200);
    });

    // Last of the shared-store tests: it adds a report the ones above do not expect.
    it("marks a participant named only by office, and the edges inferred from it, with resolvedBy", async () => {
      await store.upsert([
        article({
          key: "office-ref",
          persons: ["Dara Okafor"],
          events: [
            { who: ["Dara Okafor"], offices: [{ office: "foreign minister", country: "PT" }], date: "2024-02-10" },
          ],
        }),
      ]);
      const { body } = await get(`/meetings?${q({ person: dara, from: "2024-02-10", to: "2024-02-10" })}`);
      expect(body.items).toHaveLength(1);
      expect(body.items[0].participants).toEqual([
        { id: ana, name: "Ana Ortega", role: "participant", resolvedBy: "post", postId: portugueseFm },
        { id: dara, name: "Dara Okafor", role: "participant" },
      ]);
      expect(body.items[0].offices).toEqual([
        { postId: portugueseFm, office: "foreign minister", country: "PT", organization: null, role: "participant" },
      ]);
      const picture = await get(`/graph?${q({ center: dara, from: "2024-02-10", to: "2024-02-10" })}`);
      expect(picture.body.edges.map((e: { resolvedBy?: string }) => e.resolvedBy)).toEqual(["post"]);
    });

    describe("keys, CORS and rate limit", () => {
      let guarded: TestServer;
      beforeAll(async () => {
        guarded = await serve(store, {
          config: {
            ...testApiConfig,
            readKey: "read-key",
            apiKey: "write-key",
            rateLimit: 5,
            corsOrigins: ["https://allowed.example"],
          },
        });
      });
      afterAll(() => guarded?.close());

      it("asks for the read key when one is set, in either header", async () => {
        expect((await fetch(`${guarded.base}/stats`)).status).toBe(401);
        expect((await fetch(`${guarded.base}/stats`, { headers: { "x-api-key": "wrong" } })).status).toBe(401);
        expect((await fetch(`${guarded.base}/stats`, { headers: { "x-api-key": "read-key" } })).status).toBe(200);
        expect((await fetch(`${guarded.base}/stats`, { headers: { authorization: "Bearer write-key" } })).status).toBe(
          200,
        );
      });

      it("allows only configured origins", async () => {
        const allowed = await fetch(`${guarded.base}/health`, { headers: { origin: "https://allowed.example" } });
        expect(allowed.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
        const other = await fetch(`${guarded.base}/health`, { headers: { origin: "https://evil.example" } });
        expect(other.headers.get("access-control-allow-origin")).toBeNull();
      });

      it("limits requests per client with a 429 problem", async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++)
          statuses.push((await fetch(`${guarded.base}/stats`, { headers: { "x-api-key": "read-key" } })).status);
        expect(statuses).toContain(429);
        expect((await fetch(`${guarded.base}/health`)).status).toBe(200);
      });
    });
  });
}

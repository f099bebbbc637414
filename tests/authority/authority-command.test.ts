// `diplograph authority import` end to end on the embedded store: invented articles in, the invented
// authority file applied, the summary printed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { personId, postId } from "../../src/store/identity.js";
import { article } from "../store/fixtures.js";
import { runTs } from "../support/child.js";

const CLI = join(import.meta.dirname, "../../src/cli/main.ts");

it("imports an authority file into the store and prints what it matched", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-authority-"));
  const store = await EmbeddedStore.open({ dataDir: dir });
  await store.upsert([
    article({
      key: "a1",
      persons: [{ name: "Parviz Golestany" }, "Lars Dahl"],
      events: [{ who: ["Parviz Golestany", "Lars Dahl"], date: "2024-03-04" }],
    }),
  ]);
  await store.close();

  const file = join(import.meta.dirname, "known-persons.csv");
  const child = runTs(CLI, ["authority", "import", file, "--as-of", "2024-12-31", "--json"], {
    env: { DIPLOGRAPH_DATA: dir, NEO4J_URI: "" },
  });
  const exit = await child.exit;
  expect(exit.code, exit.stderr).toBe(0);
  expect(JSON.parse(child.lines.join(""))).toEqual({
    entries: 3,
    personsMatched: 2,
    unmatched: ["X300"],
    ambiguous: [],
    heldWritten: 3,
  });

  const after = await EmbeddedStore.open({ dataDir: dir });
  expect((await after.person(personId("Parviz Golestany")))?.externalIds).toEqual(["X100"]);
  const holders = await after.postHolders(postId({ office: "foreign minister", country: "IR", organization: null }));
  expect(holders?.map((h) => [h.person.name, h.firstSeen, h.lastSeen, h.source])).toEqual([
    ["Parviz Golestany", "2023-01-15", "2024-12-31", "authority"],
  ]);
  // No report calls Lars Dahl NATO's Secretary-General: the authority's dates alone tie the meeting to the post.
  const meetings = await after.meetings({
    limit: 10,
    offset: 0,
    post: postId({ office: "secretary-general", country: null, organization: "NATO" }),
  });
  expect(meetings.items.map((m) => m.date)).toEqual(["2024-03-04"]);
  await after.close();
});

it("refuses a bad file naming its lines, and writes nothing", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-authority-bad-"));
  const child = runTs(CLI, ["authority", "import", join(import.meta.dirname, "read-authority.test.ts")], {
    env: { DIPLOGRAPH_DATA: dir, NEO4J_URI: "" },
  });
  const exit = await child.exit;
  expect(exit.code).toBe(1);
  expect(exit.stderr).toMatch(/line 1: is not JSON/);
});

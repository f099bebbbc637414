import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { runTs } from "../support/child.js";
import { ingestContract } from "./ingest-contract.js";

ingestContract({
  name: "embedded",
  emptyEnv: async () => ({ DIPLOGRAPH_DATA: mkdtempSync(join(tmpdir(), "diplograph-ingest-store-")), NEO4J_URI: "" }),
  open: async (env) => EmbeddedStore.open({ dataDir: env.DIPLOGRAPH_DATA as string }),
  // The writer holds the lock, so progress is read from its journal: any batch written makes it grow.
  articlesWhileRunning: async (env) => {
    const journal = join(env.DIPLOGRAPH_DATA as string, "graph.journal");
    // A batch counts once its journal line is whole: a torn tail is cut off when the store opens again.
    return existsSync(journal) && readFileSync(journal, "utf8").includes("\n") ? 1 : 0;
  },
});

describe("ingest while a server holds the embedded store", () => {
  it("says who holds it and points to POST /ingest/jobs, loading nothing", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-held-"));
    const held = await EmbeddedStore.open({ dataDir: dir, command: "diplograph serve (port 3000)" });
    const file = join(dir, "one.txt");
    writeFileSync(file, "President Anna Kowal met Chancellor Otto Brenner in Riga on Tuesday.");
    const child = runTs(join(import.meta.dirname, "../../src/cli/main.ts"), ["ingest", file], {
      env: { DIPLOGRAPH_DATA: dir, NEO4J_URI: "" },
    });
    const exit = await child.exit;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`held by process ${process.pid}`);
    expect(exit.stderr).toContain("diplograph serve (port 3000)");
    expect(exit.stderr).toContain("POST /ingest/jobs");
    expect((await held.stats()).articles).toBe(0);
    await held.close();
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { inventedCorpusSuite } from "./invented-corpus.js";

inventedCorpusSuite("embedded", () =>
  EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-posts-")) }),
);

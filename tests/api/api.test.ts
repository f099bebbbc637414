import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { apiContract } from "./api-contract.js";

apiContract("embedded", () => EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-api-")) }));

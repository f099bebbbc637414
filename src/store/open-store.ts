// Chooses the store from the configuration: Neo4j when NEO4J_URI is set, else the embedded default.
import type { Config } from "../config/config.js";
import { EmbeddedStore } from "./embedded/embedded-store.js";
import type { GraphStore } from "./graph-store.js";
import { Neo4jStore } from "./neo4j/neo4j-store.js";

export type StoreKind = "neo4j" | "embedded";

export function storeKind(config: Config, asked?: StoreKind): StoreKind {
  return asked ?? (config.neo4j ? "neo4j" : "embedded");
}

export async function openStore(config: Config, options: { kind?: StoreKind; command: string }): Promise<GraphStore> {
  const kind = storeKind(config, options.kind);
  if (kind === "neo4j") {
    if (!config.neo4j) throw new Error("store: --store neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)");
    return Neo4jStore.open(config.neo4j);
  }
  return EmbeddedStore.open({ dataDir: config.dataDir, command: options.command });
}

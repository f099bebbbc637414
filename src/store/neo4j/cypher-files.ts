import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cypherDir } from "../../config/paths.js";

const cache = new Map<string, string>();

/** Reads cypher/<name>.cypher once; queries are files, never strings built from input. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherDir, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Splits a multi-statement file (schema.cypher) into statements, dropping comment lines. */
export function statements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

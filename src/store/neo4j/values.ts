// Neo4j values converted at the boundary: Integers become numbers, dates ISO strings, recursively.
import neo4j from "neo4j-driver";

export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value))
    return (value as { toString(): string }).toString();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}

// Test support: an extraction read back as names, checked against its schema and its evidence offsets.
import { expect } from "vitest";
import { Extraction, misplacedEvidence } from "../domain/extraction.js";
import { extract } from "./extract.js";

/** A headline and dateline of an invented article; a sentence follows. */
export const LEDE = "Envoys meet in Riga\nRIGA, March 27 (XA) - ";

/** The extraction as names: persons, and relation pairs "A + B" with their status and date. */
export function read(text: string, publishedAt: string | null = null) {
  const x = extract({ text, publishedAt });
  expect(Extraction.safeParse(x).success).toBe(true);
  expect(misplacedEvidence(x, text)).toEqual([]);
  const name = (id: string) => x.entities.find((e) => e.id === id)!.name;
  const pairs = (type: string) =>
    x.relations
      .filter((r) => r.type === type)
      .map((r) => `${[name(r.from), name(r.to)].sort().join(" + ")} ${r.status} ${r.date ?? "-"}`)
      .sort();
  return {
    x,
    persons: x.entities
      .filter((e) => e.type === "Person")
      .map((e) => e.name)
      .sort(),
    met: [...new Set(pairs("MET_WITH"))],
    spoke: [...new Set(pairs("SPOKE_WITH"))],
    visited: [...new Set(pairs("VISITED"))],
  };
}

/** Relation pairs without their status and date: "A + B". */
export const pairs = (met: string[]) => met.map((m) => m.replace(/ (?:occurred|planned) .*/, "")).sort();

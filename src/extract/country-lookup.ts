// Countries by code, name or demonym from world-countries alone: a light table for places that must not
// load the whole gazetteer (its cities) to read one query parameter, such as the API.
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { foldKey } from "./normalize.js";

let countries: Country[] | undefined;
const all = () => {
  countries ??= createRequire(import.meta.url)("world-countries") as Country[];
  return countries;
};

let sovereign: Map<string, string> | undefined;
/**
 * Demonyms that exactly one independent state uses: an office is a state's, so "Indian" is India even
 * where a territory shares the word.
 */
export function sovereignDemonyms(): Map<string, string> {
  if (!sovereign) {
    const users = new Map<string, Set<string>>();
    for (const c of all().filter((c) => c.independent))
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
        if (d) users.set(foldKey(d), (users.get(foldKey(d)) ?? new Set()).add(c.cca2));
    sovereign = new Map([...users].filter(([, codes]) => codes.size === 1).map(([d, codes]) => [d, [...codes][0]!]));
  }
  return sovereign;
}

let names: Map<string, string> | undefined;
/** A country as a query gives it: an ISO code ("ir"), a name or spelling ("Iran", "UK") or a demonym. */
export function countryCodeOf(phrase: string): string | null {
  if (!names) {
    names = new Map();
    for (const c of all()) {
      names.set(foldKey(c.cca2), c.cca2);
      for (const n of [c.name.common, c.name.official, ...c.altSpellings])
        if (!names.has(foldKey(n))) names.set(foldKey(n), c.cca2);
    }
  }
  const key = foldKey(phrase);
  return names.get(key) ?? sovereignDemonyms().get(key) ?? null;
}

let centres: Map<string, { lat: number; lon: number }> | undefined;
/** A country's reference point (world-countries' latlng), by ISO alpha-2 code: where a map draws it. */
export function countryCentre(code: string): { lat: number; lon: number } | null {
  centres ??= new Map(all().map((c) => [c.cca2, { lat: c.latlng[0], lon: c.latlng[1] }]));
  return centres.get(code) ?? null;
}

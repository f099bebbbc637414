// A deterministic generator of synthetic extractions for reliability tests and benchmarks: a pool of
// persons and places drawn with a skew (a few are in the news every day, most rarely), like real coverage.
import type { Extraction } from "../../src/domain/extraction.js";
import { personId } from "../../src/store/identity.js";
import { seededRandom } from "../bench/corpus.js";
import { article, type EventSpec, type VisitSpec } from "../store/fixtures.js";

const SYLLABLES = "ka lo mi ren sa to vel dur an ish po mar tek zu lin ob ra fen gal hu de nor si bat el quin".split(
  " ",
);

export interface SyntheticOptions {
  persons?: number;
  places?: number;
  seed?: number;
}

function names(count: number, random: () => number, words: number, key: (name: string) => string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const word = () => {
    const n = 2 + Math.floor(random() * 2);
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  while (out.length < count) {
    const name = Array.from({ length: words }, word).join(" ");
    if (seen.has(key(name))) continue;
    seen.add(key(name));
    out.push(name);
  }
  return out;
}

/** Picks an index in [0, n) with a Zipf-like skew: index 0 most often. */
const skewed = (random: () => number, n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));

export function syntheticExtractions(count: number, options: SyntheticOptions = {}): Extraction[] {
  const random = seededRandom(options.seed ?? 7);
  const people = names(options.persons ?? 5000, random, 2, personId);
  const places = names(options.places ?? 500, random, 1, (n) => n.toLowerCase());
  const out: Extraction[] = [];
  for (let i = 0; i < count; i++) {
    const who = new Set<string>();
    const size = 2 + Math.floor(random() * random() * 4);
    while (who.size < size) who.add(people[skewed(random, people.length)] as string);
    const cast = [...who];
    const place = places[skewed(random, places.length)] as string;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const events: EventSpec[] = [
      { who: cast, date: random() < 0.9 ? day : null, place, status: random() < 0.9 ? "occurred" : "planned" },
    ];
    if (random() < 0.3) events.push({ kind: "call", who: cast.slice(0, 2), date: day });
    const visits: VisitSpec[] = random() < 0.5 ? [{ who: cast[0] as string, place, date: day }] : [];
    out.push(
      article({
        key: `synthetic-${options.seed ?? 7}-${i}`,
        publishedAt: day,
        persons: cast.map((name, k) => (k === 0 ? { name, affiliations: [{ org: `${place} Council` }] } : name)),
        places: [{ name: place, countryCode: null }],
        events,
        visits,
      }),
    );
  }
  return out;
}

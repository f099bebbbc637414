import { describe, expect, it } from "vitest";
import { countryCodeOf } from "./country-lookup.js";
import { canonicalOffice, countryCode, readPost } from "./posts.js";

describe("canonicalOffice", () => {
  it("folds the ways reports write one office onto one name", () => {
    for (const title of [
      "Minister of Foreign Affairs",
      "foreign minister",
      "FM",
      "top diplomat",
      "Foreign Affairs Minister",
      "minister foreign affairs",
    ])
      expect(canonicalOffice(title), title).toBe("foreign minister");
    expect(canonicalOffice("Defense Minister")).toBe("defence minister");
    expect(canonicalOffice("Minister of Defence")).toBe("defence minister");
    expect(canonicalOffice("Secretary General")).toBe("secretary-general");
    expect(canonicalOffice("secretary-general")).toBe("secretary-general");
    expect(canonicalOffice("PM")).toBe("prime minister");
  });

  it("keeps a deputy apart from the office he deputises for", () => {
    expect(canonicalOffice("Deputy Foreign Minister")).toBe("deputy foreign minister");
    expect(canonicalOffice("vice foreign minister")).toBe("deputy foreign minister");
    expect(canonicalOffice("First Deputy Prime Minister")).toBe("deputy prime minister");
    expect(canonicalOffice("Vice President")).toBe("vice president");
  });

  it("knows no office for vague or unknown titles", () => {
    for (const title of ["minister", "official", "counterpart", "leader", "deputy", "first lady", "spokesman"])
      expect(canonicalOffice(title), title).toBeNull();
  });
});

describe("readPost", () => {
  it("takes the country from a demonym, a possessive or an 'of' complement", () => {
    expect(readPost("Iranian Foreign Minister")).toEqual({
      office: "foreign minister",
      country: "IR",
      organization: null,
      standing: "current",
    });
    expect(readPost("Iran's top diplomat")).toMatchObject({ office: "foreign minister", country: "IR" });
    expect(readPost("the Minister of Foreign Affairs of Oman")).toMatchObject({
      office: "foreign minister",
      country: "OM",
    });
    expect(readPost("South Korean Defence Minister")).toMatchObject({ office: "defence minister", country: "KR" });
    expect(readPost("New Zealand Prime Minister")).toMatchObject({
      office: "prime minister",
      country: "NZ",
      standing: "current",
    });
    expect(readPost("Kenya's defence minister")).toMatchObject({ office: "defence minister", country: "KE" });
    // A state's demonym, not a territory's that shares the word.
    expect(readPost("Indian Prime Minister")).toMatchObject({ country: "IN" });
  });

  it("ties an office to the organisation the phrase names, before or after it", () => {
    const nato = { office: "secretary-general", country: null, organization: "NATO", standing: "current" };
    expect(readPost("Secretary-General of NATO")).toEqual(nato);
    expect(readPost("NATO Secretary-General")).toEqual(nato);
    expect(readPost("Secretary-General of the Arab League")).toMatchObject({ organization: "Arab League" });
    expect(readPost("European Commission President")).toMatchObject({
      office: "president",
      organization: "European Commission",
    });
  });

  it("does not make a former or designated holder a current one", () => {
    expect(readPost("former foreign minister")).toMatchObject({ office: "foreign minister", standing: "former" });
    expect(readPost("ex-President")).toMatchObject({ office: "president", standing: "former" });
    expect(readPost("the then-foreign minister of Chile")).toMatchObject({
      office: "foreign minister",
      country: "CL",
      standing: "former",
    });
    expect(readPost("former acting Prime Minister")).toMatchObject({ standing: "former" });
    expect(readPost("Prime Minister-designate")).toMatchObject({ office: "prime minister", standing: "designate" });
    expect(readPost("acting Defence Minister")).toMatchObject({ standing: "current" });
  });

  it("reads no post from a phrase with words that are not part of a title", () => {
    expect(readPost("who met the foreign minister")).toBeNull();
    expect(readPost("Iranian")).toBeNull();
    expect(readPost("his counterpart")).toBeNull();
    expect(readPost("Hamas leader")).toBeNull();
    // An assistant secretary is not the secretary of state.
    expect(readPost("Assistant Secretary of State")).toBeNull();
  });
});

describe("countryCode", () => {
  it("accepts an ISO code, a name or a demonym", () => {
    expect(countryCode("ir")).toBe("IR");
    expect(countryCode("Iran")).toBe("IR");
    expect(countryCode("Turkish")).toBe("TR");
    expect(countryCode("Atlantis")).toBeNull();
  });

  it("answers the same from world-countries alone, for queries that must not load the gazetteer", () => {
    for (const q of ["ir", "Iran", "Iranian", "UK", "Indian", "South Korean"])
      expect(countryCodeOf(q), q).toBe(countryCode(q));
    expect(countryCodeOf("Atlantis")).toBeNull();
  });
});

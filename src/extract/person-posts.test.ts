import { describe, expect, it } from "vitest";
import type { PersonEntity } from "../domain/extraction.js";
import { extract } from "./extract.js";

const postsByName = (text: string, publishedAt: string | null = "2024-05-06") => {
  const x = extract({ text, publishedAt });
  const persons = x.entities.filter((e): e is PersonEntity => e.type === "Person");
  return new Map(persons.map((p) => [p.name, p.posts ?? []]));
};

describe("posts read from an article", () => {
  it("gives each titled person a dated post with the title and name as evidence", () => {
    const text =
      "Iranian Foreign Minister Parviz Golestani met Polish Prime Minister Piotr Kowalczyk in Warsaw on Monday.";
    const posts = postsByName(text);
    expect(posts.get("Parviz Golestani")).toEqual([
      {
        office: "foreign minister",
        country: "IR",
        organization: null,
        standing: "current",
        date: "2024-05-06",
        evidence: {
          start: 0,
          end: "Iranian Foreign Minister Parviz Golestani".length,
          text: "Iranian Foreign Minister Parviz Golestani",
        },
      },
    ]);
    expect(posts.get("Piotr Kowalczyk")?.map((p) => [p.office, p.country])).toEqual([["prime minister", "PL"]]);
  });

  it("reads a title tied to an organisation and one written after the name", () => {
    const text =
      "NATO Secretary-General Lars Dahlgren held talks with Parviz Golestani, Iran's top diplomat, in Brussels on Monday.";
    const posts = postsByName(text);
    expect(posts.get("Lars Dahlgren")?.map((p) => [p.office, p.country, p.organization])).toEqual([
      ["secretary-general", null, "NATO"],
    ]);
    expect(posts.get("Parviz Golestani")?.map((p) => [p.office, p.country])).toEqual([["foreign minister", "IR"]]);
  });

  it("marks a former holder as former, so the store does not make him the holder", () => {
    const text =
      "Chilean President Rosa Araya met Chile's former foreign minister Tomas Undurraga in Santiago on Monday.";
    const posts = postsByName(text);
    expect(posts.get("Tomas Undurraga")?.map((p) => [p.office, p.country, p.standing])).toEqual([
      ["foreign minister", "CL", "former"],
    ]);
    expect(posts.get("Rosa Araya")?.map((p) => p.standing)).toEqual(["current"]);
  });

  it("does not give an organisation's office the holder's own country", () => {
    // The article makes him Portuguese ("Portugal's"); the apposition names an office but no organisation.
    const text =
      "Portugal's Joao Ferreira, the Secretary-General, met Polish Prime Minister Piotr Kowalczyk in Warsaw on Monday.";
    const x = extract({ text, publishedAt: "2024-05-06" });
    const ferreira = x.entities.find((e): e is PersonEntity => e.type === "Person" && e.name === "Joao Ferreira");
    expect(ferreira?.country).toBe("Portugal");
    expect(ferreira?.posts ?? []).toEqual([]);
  });

  it("claims no post without a date, a known office, or a country or organisation", () => {
    const text = "Iranian Foreign Minister Parviz Golestani met senior official Piotr Kowalczyk in Warsaw on Monday.";
    expect(postsByName(text, null).get("Parviz Golestani")).toEqual([]);
    expect(postsByName(text).get("Piotr Kowalczyk")).toEqual([]);
  });

  it("gives a host's title without a country the dateline's country, and no one else's", () => {
    const posts = postsByName(
      "DOHA (Wire) - Emir Hamad Al-Rayyan received Kenyan Defence Minister Amina Wekesa on Sunday, when Sheikh Nasser Al-Kuwari looked on.",
    );
    expect(posts.get("Hamad Al-Rayyan")?.map((p) => [p.office, p.country, p.evidence.text])).toEqual([
      ["emir", "QA", "Emir Hamad Al-Rayyan"],
    ]);
    const guest = postsByName("DOHA (Wire) - Kenyan President William Ruto met Emir Hamad Al-Rayyan on Sunday.");
    expect(guest.get("Hamad Al-Rayyan")).toEqual([]);
  });
});

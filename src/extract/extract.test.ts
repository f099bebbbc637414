import { describe, expect, it } from "vitest";
import { Extraction } from "../domain/extraction.js";
import { ExtractionInputError } from "./errors.js";
import { extract } from "./extract.js";
import { LEDE, read } from "./read-extraction.test-support.js";

describe("extract: meetings, calls and plans", () => {
  it("reports a meeting between two titled persons, dated from the dateline and the caption's year", () => {
    const r = read(
      `${LEDE}Latvian President Anna Kowal met Estonian Prime Minister Ivo Laht on Tuesday.\nCaption: Anna Kowal and Ivo Laht in Riga, March 26, 2024.`,
    );
    expect(r.persons).toEqual(["Anna Kowal", "Ivo Laht"]);
    expect(r.met).toEqual(["Anna Kowal + Ivo Laht occurred 2024-03-26"]);
  });

  it("never turns a phone call into a meeting", () => {
    const r = read(
      `${LEDE}President Anna Kowal held phone talks with Chancellor Otto Brenner on Monday.`,
      "2024-03-27",
    );
    expect(r.met).toEqual([]);
    expect(r.spoke).toEqual(["Anna Kowal + Otto Brenner occurred 2024-03-25"]);
  });

  it("marks a scheduled meeting as planned, resolving its weekday forwards", () => {
    const r = read(`${LEDE}President Anna Kowal is scheduled to meet Chancellor Otto Brenner on Friday.`, "2024-03-27");
    expect(r.met).toEqual(["Anna Kowal + Otto Brenner planned 2024-03-29"]);
  });

  it("drops a meeting that was denied, and says so in the pruning ledger", () => {
    const r = read(
      `${LEDE}The ministry denied that Foreign Minister Karl Ude met envoy Piet Marsh in Oslo.`,
      "2024-03-27",
    );
    expect(r.met).toEqual([]);
    expect(r.x.pruned.map((p) => p.reason)).toContain("denied, cancelled or failed");
  });

  it("reads the passive voice: X was received by Y", () => {
    const r = read(
      `${LEDE}Foreign Minister Karl Ude was received by President Anna Kowal at the palace.`,
      "2024-03-27",
    );
    expect(r.met).toEqual(["Anna Kowal + Karl Ude occurred 2024-03-27"]);
  });

  it("makes one meeting of a summit with all its named attendees", () => {
    const r = read(
      `${LEDE}The summit was attended by Latvian President Anna Kowal, Estonian Prime Minister Ivo Laht and Lithuanian President Rasa Vitkus.`,
      "2024-03-27",
    );
    expect(r.met).toEqual([
      "Anna Kowal + Ivo Laht occurred 2024-03-27",
      "Anna Kowal + Rasa Vitkus occurred 2024-03-27",
      "Ivo Laht + Rasa Vitkus occurred 2024-03-27",
    ]);
  });

  it("pairs only the host with each guest when the meetings were separate", () => {
    const r = read(
      `${LEDE}President Anna Kowal held separate meetings with Premier Ivo Laht and Chancellor Otto Brenner.`,
      "2024-03-27",
    );
    expect(r.met.map((p) => p.split(" occurred")[0])).toEqual(["Anna Kowal + Ivo Laht", "Anna Kowal + Otto Brenner"]);
  });
});

describe("extract: persons", () => {
  it("joins spelling variants, the surname alone and honorifics into one person", () => {
    const r = read(
      `${LEDE}Foreign Minister Hamid Rostamzadeh met Sheikh Faisal bin Nasser Al Kuwari. Rostam Zadeh later said the talks went well. Al Kuwari agreed.`,
      "2024-03-27",
    );
    expect(r.persons).toEqual(["Faisal bin Nasser Al Kuwari", "Hamid Rostamzadeh"]);
    const hamid = r.x.entities.find((e) => e.name === "Hamid Rostamzadeh")!;
    expect(hamid.aliases).toContain("Rostam Zadeh");
  });

  it("reads a name that starts like a title ('Amir') as the same person spelled apart", () => {
    const r = read(
      `${LEDE}Foreign Minister Reza Amirsadeghi met Premier Ivo Laht. Later Amir Sadeghi told reporters the talks went well.`,
      "2024-03-27",
    );
    expect(r.persons).toEqual(["Ivo Laht", "Reza Amirsadeghi"]);
  });

  it("keeps two persons who share a surname apart", () => {
    const r = read(
      `${LEDE}President Tom Varga and his wife Lena Varga met Premier Ivo Laht. President Varga thanked him.`,
      "2024-03-27",
    );
    expect(r.persons).toEqual(["Ivo Laht", "Lena Varga", "Tom Varga"]);
  });

  it("resolves 'the two officials' and 'the visiting minister' to the persons they stand for", () => {
    const r = read(
      `${LEDE}Foreign Minister Karl Ude arrived in Riga on Tuesday. He was welcomed by his counterpart Anna Kowal. Later the visiting minister met Premier Ivo Laht.`,
      "2024-03-27",
    );
    expect(r.met.map((p) => p.split(" occurred")[0])).toEqual(["Anna Kowal + Karl Ude", "Ivo Laht + Karl Ude"]);
  });

  it("does not take a photographer in a caption for a person", () => {
    const r = read(
      `${LEDE}President Anna Kowal met Premier Ivo Laht.\nAnna Kowal greets Ivo Laht in Riga, March 27, 2024. Pavel Rudnik/XA`,
    );
    expect(r.persons).not.toContain("Pavel Rudnik");
  });
});

describe("extract: visits", () => {
  it("records explicit travel, not the host in their own capital", () => {
    const r = read(
      `${LEDE}Estonian Prime Minister Ivo Laht arrived in Riga on Tuesday and was received by Latvian President Anna Kowal.`,
      "2024-03-27",
    );
    expect(r.visited).toEqual(["Ivo Laht + Riga occurred 2024-03-26"]);
  });

  it("does not make a visit of a meeting that merely took place abroad", () => {
    const r = read(`${LEDE}President Anna Kowal held talks with Premier Ivo Laht in Vilnius.`, "2024-03-27");
    expect(r.visited).toEqual([]);
    expect(r.met).toHaveLength(1);
  });
});

describe("extract: bad input", () => {
  it.each([
    ["", "empty"],
    ["   \n ", "empty"],
    ["abc\u0000def", "binary"],
    ["Это статья на русском языке о встрече министров иностранных дел. ".repeat(10), "not-english"],
  ])("refuses %j with a reason", (text, code) => {
    expect(() => extract({ text })).toThrow(ExtractionInputError);
    try {
      extract({ text });
    } catch (error) {
      expect((error as ExtractionInputError).code).toBe(code);
    }
  });

  it("refuses text over the size limit", () => {
    expect(() => extract({ text: "word ".repeat(100) }, { maxBytes: 100 })).toThrow(/over the limit of 100/);
  });

  it("returns a normal extraction for pathological text", () => {
    const chunk = `${"A".repeat(300)} ${"...".repeat(100)} ${'"'.repeat(100)} ${"(".repeat(200)}x${")".repeat(200)} President ${"Xy ".repeat(50)}met the. `;
    const text = `Some text and the words of English here.\n${chunk.repeat(100)}`;
    const x = extract({ text });
    expect(Extraction.safeParse(x).success).toBe(true);
  });
});

describe("extract: names said to be of a country, spelling variants", () => {
  it("takes 'X of <country>' as a person of that country, and two spellings as one person", () => {
    const r = read(
      `${LEDE}Ivo Lahtinen of Finland and Karel Dvorsky of Czechia held talks in Riga on Tuesday.\nCaption: Finland's Foreign Minister Ivo Lahtinnen (L) and Karel Dvorsky in Riga, March 26, 2024.`,
    );
    expect(r.persons).toEqual(["Ivo Lahtinen", "Karel Dvorsky"]);
    expect(r.met).toEqual(["Ivo Lahtinen + Karel Dvorsky occurred 2024-03-26"]);
    const ivo = r.x.entities.find((e) => e.name === "Ivo Lahtinen");
    expect(ivo?.type === "Person" && ivo.country).toBe("Finland");
  });
});

describe("extract: names after a day", () => {
  it("does not take a leading weekday or month into a name", () => {
    const r = read(
      `${LEDE}Minister Ivo Laht arrived on Tuesday. On Wednesday Laht met President Anna Kowal.`,
      "2024-03-27",
    );
    expect(r.persons).toEqual(["Anna Kowal", "Ivo Laht"]);
  });
});

describe("extract: aliases and organisations", () => {
  const affiliations = (x: ReturnType<typeof extract>, person: string) => {
    const p = x.entities.find((e) => e.type === "Person" && e.name === person);
    if (p?.type !== "Person") throw new Error(`no person ${person}`);
    return p.affiliations.map((a) => [x.entities.find((e) => e.id === a.entityId)?.name, a.title]);
  };

  it("joins a name given as 'also known as' to the person, as an alias", () => {
    const r = read(
      `${LEDE}Rebel chief Omar al-Tayeb, also known as Abu Karim al-Shami, met envoy Piet Marsh on Monday.`,
      "2024-03-27",
    );
    expect(r.persons).toEqual(["Omar al-Tayeb", "Piet Marsh"]);
    const omar = r.x.entities.find((e) => e.name === "Omar al-Tayeb");
    expect(omar?.aliases).toContain("Abu Karim al-Shami");
  });

  it("ties a person to the organisation a title names, before or after the name", () => {
    const before = extract({ text: `${LEDE}Harbour Union leader Ivo Laht met President Anna Kowal on Monday.` });
    expect(affiliations(before, "Ivo Laht")).toContainEqual(["Harbour Union", "leader"]);
    const after = extract({
      text: `${LEDE}Ivo Laht, the head of the political bureau of the Harbour Union, met President Anna Kowal on Monday.`,
    });
    expect(affiliations(after, "Ivo Laht")).toContainEqual(["Harbour Union", "head of the political bureau"]);
    const none = extract({ text: `${LEDE}The Harbour Union said Ivo Laht met President Anna Kowal on Monday.` });
    expect(affiliations(none, "Ivo Laht").map(([name]) => name)).not.toContain("Harbour Union");
  });
});

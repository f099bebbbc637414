import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuthorityFileError, parseAuthority, readAuthorityFile } from "../../src/authority/read-authority.js";

const here = (f: string) => join(import.meta.dirname, f);

describe("authority files", () => {
  it("reads one entry per person from CSV rows and JSON Lines alike, with offices and countries normalised", () => {
    const csv = readAuthorityFile(here("known-persons.csv"));
    expect(csv).toEqual(readAuthorityFile(here("known-persons.jsonl")));
    expect(csv.map((e) => e.id)).toEqual(["X100", "X200", "X300"]);
    expect(csv[0]).toEqual({
      id: "X100",
      name: "Parviz Golestani",
      aliases: ["Parviz Golestany"],
      posts: [
        { office: "foreign minister", country: "IR", organization: null, start: "2023-01-15", end: null },
        {
          office: "deputy foreign minister",
          country: "IR",
          organization: null,
          start: "2019-05-01",
          end: "2022-12-31",
        },
      ],
    });
    expect(csv[1]?.name).toBe("Lars Dahl, Jr.");
    expect(csv[1]?.posts[0]).toMatchObject({ office: "secretary-general", country: null, organization: "NATO" });
    expect(csv[2]?.posts).toEqual([]);
  });

  it("reports every bad line with its number and imports nothing from such a file", () => {
    const text = [
      '{"id": "X1", "name": "A Person", "posts": [{"office": "president", "country": "Atlantis", "start": "2020-01-01"}]}',
      "not json",
      '{"id": "X2", "name": "B Person", "posts": [{"office": "president", "start": "2020-01-01"}]}',
      '{"id": "X3", "name": "C Person", "posts": [{"office": "president", "country": "FR", "start": "2020-02-01", "end": "2020-01-01"}]}',
      '{"id": "X1", "name": "Someone Else"}',
    ].join("\n");
    const error = (() => {
      try {
        parseAuthority(text, "jsonl");
      } catch (e) {
        return e;
      }
    })() as AuthorityFileError;
    expect(error).toBeInstanceOf(AuthorityFileError);
    expect(error.problems.map((p) => p.line)).toEqual([1, 2, 3, 4]);
    expect(error.message).toMatch(/Atlantis is not a country/);
    expect(() => parseAuthority("name,office\nA,president\n", "csv")).toThrow(/needs the columns id/);
    expect(() => parseAuthority('id,name\nX1,"unclosed\n', "csv")).toThrow(/not closed/);
  });
});

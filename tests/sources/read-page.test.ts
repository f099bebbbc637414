import { describe, expect, it } from "vitest";
import { FetchError } from "../../src/ingest/fetch-error.js";
import { toIsoDate } from "../../src/ingest/page-date.js";
import { readPage } from "../../src/ingest/read-page.js";
import { storyPage } from "./source-server.js";

const paragraphs = [
  "Foreign Minister Ana Ruiz met her counterpart Jonas Berg in Oslo on Monday to discuss fisheries and the Arctic.",
  "The ministers agreed to set up a working group on coastal patrols, a spokesman said after the talks had ended.",
];

describe("readPage", () => {
  it("keeps the article's paragraphs apart and leaves navigation, asides and footers out", () => {
    const page = readPage(
      storyPage({ slug: "x", title: "Ruiz and Berg meet in Oslo", published: "2024-02-29", paragraphs }),
      "http://127.0.0.1/x",
    );
    expect(page.text).toBe(paragraphs.join("\n\n"));
    expect(page).toMatchObject({
      title: "Ruiz and Berg meet in Oslo",
      author: "Ilze Ozola",
      publishedAt: "2024-02-29",
    });
  });

  it("finds dates in Dublin Core meta tags and in <time datetime>", () => {
    const body = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>`;
    const dc = readPage(
      `<html><head><meta name="DC.date.issued" content="2023-11-02"></head><body>${body}</body></html>`,
      "u",
    );
    expect(dc.publishedAt).toBe("2023-11-02");
    const time = readPage(
      `<html><body><time datetime="2022-07-14T18:00:00-04:00">July 14</time>${body}</body></html>`,
      "u",
    );
    expect(time.publishedAt).toBe("2022-07-14");
  });

  it("is a no-article fetch error when a page has no text", () => {
    expect(() => readPage("<html><body></body></html>", "http://127.0.0.1/empty")).toThrow(FetchError);
  });

  it("reads dates as written, and refuses impossible ones", () => {
    expect(toIsoDate("2024-02-30T10:00:00Z")).toBeNull();
    expect(toIsoDate("Tue, 05 Mar 2024 07:30:00 GMT")).toBe("2024-03-05");
    expect(toIsoDate("not a date")).toBeNull();
  });
});

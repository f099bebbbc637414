import { describe, expect, it } from "vitest";
import type { Extraction } from "../domain/extraction.js";
import { Extraction as ExtractionSchema, misplacedEvidence } from "../domain/extraction.js";
import { extract } from "./extract.js";

const read = (text: string) => {
  const x = extract({ text, publishedAt: "2024-03-05" });
  expect(ExtractionSchema.safeParse(x).success).toBe(true);
  expect(misplacedEvidence(x, text)).toEqual([]);
  return x;
};
const refsOf = (x: Extraction) =>
  x.events.flatMap((e) => (e.officeRefs ?? []).map((r) => [e.kind, r.office, r.country ?? r.organization, r.role]));
const pairs = (x: Extraction) => x.relations.filter((r) => r.type === "MET_WITH" || r.type === "SPOKE_WITH");

describe("unnamed participants", () => {
  it("keeps 'the Iranian foreign minister' as an office of Iran, with no MET_WITH for it", () => {
    const x = read("Russian Foreign Minister Sergei Lavrov met the Iranian foreign minister in Tehran on Monday.");
    expect(refsOf(x)).toEqual([["meeting", "foreign minister", "IR", "participant"]]);
    expect(x.events[0]?.participants.map((p) => p.entityId)).toEqual(["person:sergeilavrov"]);
    expect(pairs(x)).toEqual([]);
  });

  it("gives 'his counterpart' the office of the person it belongs to and the other side's country", () => {
    const x = read("Iranian Foreign Minister Abbas Araghchi held talks with his Turkish counterpart on Tuesday.");
    expect(refsOf(x)).toEqual([["meeting", "foreign minister", "TR", "participant"]]);
  });

  it("takes the other side's country for a counterpart from the dateline when the phrase has none", () => {
    const x = read(
      "ANKARA (Wire) - Iranian Foreign Minister Abbas Araghchi held talks with his counterpart on Tuesday.",
    );
    expect(refsOf(x)).toEqual([["meeting", "foreign minister", "TR", "participant"]]);
  });

  it("gives a host with a bare title the dateline's country", () => {
    const x = read("DOHA, March 4 (Wire) - Kenyan President William Ruto was received by the Emir on Sunday.");
    expect(refsOf(x)).toEqual([["meeting", "emir", "QA", "host"]]);
  });

  it("leaves a bare title that is no host and has no country out", () => {
    const x = read("DOHA, March 4 (Wire) - Kenyan President William Ruto met the president on Sunday.");
    expect(refsOf(x)).toEqual([]);
  });

  it("makes an office the host of a visit when the sentence tells no meeting", () => {
    const x = read("Kenyan President William Ruto travelled to Tehran on Monday to see the Iranian president.");
    expect(refsOf(x)).toEqual([["visit", "president", "IR", "host"]]);
    expect(x.relations.filter((r) => r.type === "VISITED")).toHaveLength(1);
    expect(pairs(x)).toEqual([]);
  });

  it("reads an office the text gives an organisation", () => {
    const x = read("Kenyan President William Ruto met the Secretary-General of NATO in Brussels on Friday.");
    expect(refsOf(x)).toEqual([["meeting", "secretary-general", "NATO", "participant"]]);
  });

  it("reads two countries' ministers in one sentence as two offices of one meeting", () => {
    const x = read("Sergei Lavrov met Iran's foreign minister and the Turkish defence minister in Moscow on Monday.");
    expect(refsOf(x)).toEqual([
      ["meeting", "foreign minister", "IR", "participant"],
      ["meeting", "defence minister", "TR", "participant"],
    ]);
  });

  it("never takes a former holder or a titled name for an unnamed participant", () => {
    expect(refsOf(read("Kenyan President William Ruto met the former Iranian foreign minister on Monday."))).toEqual(
      [],
    );
    expect(
      refsOf(read("Kenyan President William Ruto met the Iranian foreign minister, Abbas Araghchi, on Monday.")),
    ).toEqual([]);
    expect(
      refsOf(read("Abbas Araghchi, the Iranian foreign minister, met Kenyan President William Ruto on Monday.")),
    ).toEqual([]);
    // (an apposition to a name the extractor does not take for a person is still no unnamed participant)
    expect(
      refsOf(read("Dariush Fathollahi, Iran's top diplomat, held talks with Kenyan President William Ruto on Friday.")),
    ).toEqual([]);
  });

  it("takes no office it reads only in part, no body named after an office, and no title before honorifics", () => {
    const partial = read(
      "Kenyan President William Ruto met the United Kingdom's Secretary of State for the Home Department on Monday.",
    );
    expect(refsOf(partial)).toEqual([]);
    expect(refsOf(read("Kenyan President William Ruto met the Office of the President of Iran on Monday."))).toEqual(
      [],
    );
    const honorifics = read(
      "Kenyan President William Ruto met the Kuwaiti foreign minister, H.E Sheikh Salem Al-Jaber, on Monday.",
    );
    expect(refsOf(honorifics)).toEqual([]);
  });

  it("records no meeting that was denied and none for a topic of talks", () => {
    const denied = read("Kenyan President William Ruto did not meet the Iranian foreign minister on Monday.");
    expect(refsOf(denied)).toEqual([]);
    expect(denied.pruned.some((p) => p.stage === "offices")).toBe(true);
    const topic = read("Kenyan President William Ruto discussed the visit of the Iranian foreign minister on Monday.");
    expect(refsOf(topic)).toEqual([]);
  });

  it("takes no possessive office (the minister's deputy) for a participant", () => {
    const x = read("Iranian Foreign Minister Abbas Araghchi met the Iranian foreign minister's deputy on Monday.");
    expect(refsOf(x)).toEqual([]);
  });
});

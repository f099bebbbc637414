// The arrival-order part of the GraphStore contract: reports that disagree (a participant's role, a
// person's country, an affiliation's title) give one graph whatever order they arrive in, in one batch or
// in several, so any number of workers build the graph one worker builds.
import { expect, it } from "vitest";
import type { Extraction } from "../../src/domain/extraction.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { dumpAnswers } from "./contract.js";
import { article } from "./fixtures.js";

/** One meeting of Ana Ortega and Bram Visser as a report tells it, with its own view of Ana. */
function report(key: string, ana: { role: "host" | "participant"; country: string; title: string }): Extraction {
  const x = article({
    key,
    persons: [
      { name: "Ana Ortega", country: ana.country, affiliations: [{ org: "Atlantic Forum", title: ana.title }] },
      "Bram Visser",
    ],
    places: [{ name: "Lisbon", countryCode: "PT" }],
    events: [{ who: ["Ana Ortega", "Bram Visser"], date: "2024-05-02", place: "Lisbon" }],
  });
  const [meeting] = x.events;
  if (meeting)
    meeting.participants = meeting.participants.map((p) =>
      p.entityId === "p:Ana Ortega" ? { ...p, role: ana.role } : p,
    );
  return x;
}

export function arrivalOrderContract(open: () => Promise<GraphStore>) {
  const hosting = () => report("hosting", { role: "host", country: "PT", title: "chair" });
  const attending = () => report("attending", { role: "participant", country: "ES", title: "envoy" });

  it("gives one graph whatever order disagreeing reports arrive in", { timeout: 60_000 }, async () => {
    const orders = [
      [[hosting(), attending()]],
      [[attending(), hosting()]],
      [[hosting()], [attending()]],
      [[attending()], [hosting()]],
    ];
    const dumps = [];
    for (const batches of orders) {
      const s = await open();
      for (const batch of batches) await s.upsert(batch);
      await s.resolve();
      dumps.push(await dumpAnswers(s));
      // The suite closes the store open() gave last.
      if (dumps.length < orders.length) await s.close();
    }
    for (const dump of dumps.slice(1)) expect(dump).toEqual(dumps[0]);
    // The rule itself: the more specific role, and the alphabetically first country and title.
    const meeting = dumps[0]?.meetings[0];
    expect(meeting?.participants.find((p) => p.name === "Ana Ortega")?.role).toBe("host");
    const ana = dumps[0]?.details.find((d) => d?.name === "Ana Ortega");
    expect(ana?.country).toBe("ES");
    expect(ana?.affiliations.map((a) => a.title)).toEqual(["chair"]);
  });
}

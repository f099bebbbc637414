import { describe, expect, it } from "vitest";
import { LEDE, pairs, read } from "./read-extraction.test-support.js";

describe("meetings, clause by clause", () => {
  it("gives a meeting told in a 'when' clause only its own parties", () => {
    const r = read(
      `${LEDE}Foreign Minister Karl Ude and his counterpart Anna Kowal praised a plan agreed when Chancellor Otto Brenner and President Jonas Petraitis met in Vilnius last year.`,
    );
    expect(pairs(r.met)).toEqual(["Jonas Petraitis + Otto Brenner"]);
  });

  it("leaves the speaker out of the meeting they report ('He recalled that A had held talks with B')", () => {
    const r = read(
      `${LEDE}Foreign Minister Karl Ude spoke to reporters. He recalled that Chancellor Otto Brenner had held talks with President Jonas Petraitis in Vilnius.`,
    );
    expect(pairs(r.met)).toEqual(["Jonas Petraitis + Otto Brenner"]);
  });

  it("splits 'met A ..., a day after he held talks with B, who hosted him' into two meetings", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht met President Jonas Petraitis on Wednesday, a day after he held talks with Chancellor Otto Brenner, who hosted him at a dinner.`,
      "2024-03-28",
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Jonas Petraitis", "Ivo Laht + Otto Brenner"]);
    // "a day after" counts from the Wednesday of the clause before, and the dinner is the same evening.
    expect(r.met).toEqual([
      "Ivo Laht + Jonas Petraitis occurred 2024-03-27",
      "Ivo Laht + Otto Brenner occurred 2024-03-26",
    ]);
  });

  it("does not seat a delegation member, or the one a person accompanied, at the meeting", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht arrived at the head of a delegation including Foreign Minister Karl Ude, and was greeted by President Jonas Petraitis. Finance Minister Mari Tamm, who accompanied Laht, held a separate meeting with Chancellor Otto Brenner.`,
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Jonas Petraitis", "Mari Tamm + Otto Brenner"]);
  });

  it("joins a person who 'attended the meeting' to the meeting just told", () => {
    const r = read(
      `${LEDE}President Jonas Petraitis received Premier Ivo Laht on Tuesday. Army chief General Peeter Saar attended the meeting.`,
    );
    expect(pairs(r.met)).toEqual([
      "Ivo Laht + Jonas Petraitis",
      "Ivo Laht + Peeter Saar",
      "Jonas Petraitis + Peeter Saar",
    ]);
  });

  it("joins two persons who 'also attended the meeting' to it, rather than seating them apart", () => {
    const r = read(
      `${LEDE}President Jonas Petraitis received Premier Ivo Laht on Tuesday. Foreign Minister Karl Ude and Foreign Minister Anna Kowal also attended the meeting.`,
    );
    const names = ["Anna Kowal", "Ivo Laht", "Jonas Petraitis", "Karl Ude"];
    expect(pairs(r.met)).toEqual(names.flatMap((a, i) => names.slice(i + 1).map((b) => `${a} + ${b}`)));
  });

  it("joins someone who 'was also in the room' to the meeting just told", () => {
    const r = read(
      `${LEDE}President Jonas Petraitis received Premier Ivo Laht on Tuesday. Adviser Karl Ude was also in the room.`,
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Jonas Petraitis", "Ivo Laht + Karl Ude", "Jonas Petraitis + Karl Ude"]);
  });

  it("reads a denial in another clause as no denial of the meeting, and 'ahead of the talks' as no meeting", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht met President Jonas Petraitis in Vilnius in May, but has not yet received an invitation to visit. Chancellor Otto Brenner landed in Riga ahead of the talks, while President Anna Kowal did not travel.`,
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Jonas Petraitis"]);
  });

  it("seats nobody who the sentence says was killed, and reads a person after an organisation's name", () => {
    const r = read(
      `${LEDE}Foreign Minister Karl Ude laid a wreath where commander Piet Marsh was killed last year, and met with a delegation. Later Ude met Secretary General of the Unity Movement Sheikh Omar Haddad.`,
    );
    expect(r.persons).toContain("Omar Haddad");
    expect(pairs(r.met)).toEqual(["Karl Ude + Omar Haddad"]);
  });

  it("reads the host of a passive 'was received by' as the one after the verb", () => {
    const r = read(`${LEDE}Premier Ivo Laht was received by President Jonas Petraitis at the palace.`);
    const meeting = r.x.events.find((e) => e.kind === "meeting")!;
    const host = meeting.participants.find((p) => p.role === "host")!;
    expect(r.x.entities.find((e) => e.id === host.entityId)!.name).toBe("Jonas Petraitis");
  });

  it("keeps the meeting occurred when only a participle clause speaks of plans", () => {
    const r = read(
      `${LEDE}President Jonas Petraitis held talks with Premier Ivo Laht on Tuesday, focusing on trade and the preparations for the upcoming summit.`,
      "2024-03-28",
    );
    expect(r.met).toEqual(["Ivo Laht + Jonas Petraitis occurred 2024-03-26"]);
  });

  it("reads a plan in a relative clause about the meeting, not in one about something else", () => {
    const r = read(
      `${LEDE}The talks between President Anna Kowal and Premier Ivo Laht covered the pipeline, which is set to cross Latvian territory. President Jonas Petraitis will hold a meeting with Kowal, which is due to take place in May.`,
      "2024-03-28",
    );
    expect(pairs(r.met.filter((m) => m.includes("occurred")))).toEqual(["Anna Kowal + Ivo Laht"]);
    expect(pairs(r.met.filter((m) => m.includes("planned")))).toEqual(["Anna Kowal + Jonas Petraitis"]);
  });

  it("does not read 'the first ... to visit' as a plan, nor 'no direct meeting' as a meeting", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht, the first Estonian leader to visit in a decade, met President Jonas Petraitis on Tuesday. "No direct meeting took place between Laht and Chancellor Otto Brenner," the spokesman said.`,
      "2024-03-28",
    );
    expect(r.met).toEqual(["Ivo Laht + Jonas Petraitis occurred 2024-03-26"]);
  });

  it("gives each of two joined predicates its own counterpart ('held talks with A and also met B')", () => {
    const r = read(
      `${LEDE}Chancellor Otto Brenner held talks with Premier Ivo Laht on Tuesday and also met President Jonas Petraitis.`,
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Otto Brenner", "Jonas Petraitis + Otto Brenner"]);
  });
});

describe("groups and places of their own", () => {
  it("reads 'The three were later joined by A and B' as one meeting of all five", () => {
    const r = read(
      `${LEDE}Karl Ude of Estonia, Anna Kowal of Latvia and Jonas Petraitis of Lithuania held talks in Riga, with Tallinn and Vilnius backing President Otto Brenner. The three were later joined by Finnish Foreign Minister Aino Virtanen and Polish Foreign Minister Jan Nowak for an expanded meeting.`,
    );
    const names = ["Aino Virtanen", "Anna Kowal", "Jan Nowak", "Jonas Petraitis", "Karl Ude"];
    const all = names.flatMap((a, i) => names.slice(i + 1).map((b) => `${a} + ${b}`));
    expect(pairs(r.met)).toEqual(all.sort());
  });

  it("makes 'met A in X and B in Y' two meetings, not one of three", () => {
    const r = read(
      `${LEDE}Earlier this week Foreign Minister Karl Ude met President Jonas Petraitis in Vilnius and Premier Ivo Laht in Tallinn.`,
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Karl Ude", "Jonas Petraitis + Karl Ude"]);
  });
});

describe("who a description or a title stands for", () => {
  it("takes 'the visiting minister' to be the one who travelled, not the host", () => {
    const r = read(
      `${LEDE}Foreign Minister Anna Kowal held talks with her Estonian counterpart Karl Ude. Ude arrived here on Thursday. The visiting minister also called on Premier Ivo Laht on Friday.`,
      "2024-03-28",
    );
    expect(pairs(r.met)).toEqual(["Anna Kowal + Karl Ude", "Ivo Laht + Karl Ude"]);
  });

  it("takes 'the two ministers' to be the two ministers, not the president named last", () => {
    const r = read(
      `${LEDE}Foreign Minister Anna Kowal held talks with her Estonian counterpart Karl Ude. Kowal recalled that President Jonas Petraitis had visited Tallinn in May. The two ministers then held a joint press conference.`,
    );
    expect(pairs(r.met)).toEqual(["Anna Kowal + Karl Ude"]);
  });

  it("reads 'then-President X' and 'the policy chief, X,' as persons", () => {
    const r = read(
      `${LEDE}Kowal held talks with then-President Jonas Petraitis in 2021. The bloc's deputy policy chief, Marta Zielinska, met Kowal in Vilnius last year.`,
    );
    expect(r.persons).toEqual(expect.arrayContaining(["Jonas Petraitis", "Marta Zielinska"]));
  });

  it("does not call a meeting 'called on ... to' act, but does a courtesy 'called on' a person", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht called on President Jonas Petraitis to release the detainees. Foreign Minister Karl Ude called on Chancellor Otto Brenner on Friday.`,
    );
    expect(pairs(r.met)).toEqual(["Karl Ude + Otto Brenner"]);
  });

  it("reads a meeting that might happen, or is looked forward to, as planned", () => {
    const r = read(
      `${LEDE}President Ivo Laht might also meet with former President Jonas Petraitis while in the country. Chancellor Karl Ude could possibly visit Riga for a meeting with Premier Marta Zielinska. Premier Anna Kowal said she and Chancellor Otto Brenner looked forward to meeting soon.`,
    );
    expect(r.met.every((m) => m.includes(" planned "))).toBe(true);
    expect(pairs(r.met)).toContain("Ivo Laht + Jonas Petraitis");
  });

  it("leaves out whoever reports the meeting, is its topic, names a government, or sends a cable", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht is meeting with President Jonas Petraitis, Deputy Head of the Office Anna Kowal has said. During the meeting with Ambassador Karl Ude, President Petraitis noted the importance of Otto Brenner's visit to Riga. Ude arrived for the first talks since the formation of the Marta Zielinska government. Petraitis later received a cable from King Harald Olsen.`,
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Jonas Petraitis", "Jonas Petraitis + Karl Ude"]);
  });

  it("drops a meeting that was sought but not possible", () => {
    const r = read(
      `${LEDE}Premier Ivo Laht had written for a meeting with President Jonas Petraitis, but it was not possible as Petraitis had left.`,
    );
    expect(r.met).toEqual([]);
  });

  it("reads two persons who signed something together as met, one who signed a decree naming another as not", () => {
    const r = read(
      `${LEDE}President Ivo Laht and Chancellor Otto Brenner signed a defence treaty in Riga. President Laht signed a decree appointing Foreign Minister Karl Ude.`,
    );
    expect(pairs(r.met)).toEqual(["Ivo Laht + Otto Brenner"]);
  });

  it("reads a semicolon list of those who joined a host to receive a guest as one meeting", () => {
    const r = read(
      `${LEDE}Officials who joined President Aurel Manea to receive Tomas Lindqvist included the Chief of Staff, Hon Karl Ude; Foreign Minister Anna Kowal; and Adviser Otto Brenner.`,
    );
    expect(pairs(r.met)).toHaveLength(10);
    expect(r.met.every((m) => m.includes(" occurred "))).toBe(true);
  });

  it("reads those who were there to greet a guest, and those a host's minister escorted, as present", () => {
    const r = read(
      `${LEDE}The Governor General, Susan Dale, and the Prime Minister, Ralph Gonzaga, were there to greet President Miguel Ortiz. The President later received Deputy Prime Minister Karl Ude, escorting Foreign Minister Anna Kowal.`,
    );
    expect(pairs(r.met)).toEqual([
      "Anna Kowal + Karl Ude",
      "Anna Kowal + Miguel Ortiz",
      "Karl Ude + Miguel Ortiz",
      "Miguel Ortiz + Ralph Gonzaga",
      "Miguel Ortiz + Susan Dale",
      "Ralph Gonzaga + Susan Dale",
    ]);
  });

  it("leaves out the person a representative stands for", () => {
    const r = read(
      `${LEDE}Representative of the Amir Sheikh Faris bin Khalid, Sheikh Omar Al Tamimi received Prime Minister Karl Ude in New York.`,
    );
    expect(pairs(r.met)).toEqual(["Karl Ude + Omar Al Tamimi"]);
  });

  it("adds a later sentence listing 'those officials' or those 'who accompanied' the guest to the meeting", () => {
    const r = read(
      `${LEDE}President Aurel Manea received Prime Minister Karl Ude at the palace. Ministers of the cabinet then welcomed the guests. Those officials are Foreign Minister Anna Kowal and Cabinet Secretary Otto Brenner. Officials who accompanied Ude during the visit were Minister of Trade Ivo Laht.`,
    );
    expect(pairs(r.met)).toHaveLength(10);
  });

  it("adds a delegation's members to the meeting only when the delegation was said to meet someone", () => {
    const met = `${LEDE}President Aurel Manea met Prime Minister Karl Ude at the palace. After the meeting, Manea met with the Estonian delegation in an expanded format. The talks covered energy. The delegation included Foreign Minister Anna Kowal and Finance Minister Otto Brenner.`;
    expect(pairs(read(met).met)).toHaveLength(6);
    const travelled = `${LEDE}Prime Minister Karl Ude arrived in Riga to head his country's delegation and was received by President Aurel Manea. The official delegation includes Foreign Minister Anna Kowal and Finance Minister Otto Brenner.`;
    expect(pairs(read(travelled).met)).toEqual(["Aurel Manea + Karl Ude"]);
  });

  it("takes every item of a semicolon list of attendees, titles and all", () => {
    const r = read(
      `${LEDE}President Aurel Manea received Defence Minister Karl Ude. The meeting was attended by Sheikh Omar Al Tamimi, Deputy Prime Minister; Anna Kowal, Minister of State; and Otto Brenner, Adviser at the Court.`,
    );
    expect(pairs(r.met)).toHaveLength(10);
  });

  it("reads talks told after a report's opening call as that call, and whose visit is discussed as no party", () => {
    const r = read(
      `${LEDE}Foreign Minister Karl Ude on Monday in phone talks with top Latvian officials discussed the forthcoming visit of the President of Estonia Ivo Laht. Ude, who co-chairs the commission, in talks with Deputy Prime Minister Anna Kowal considered trade. Later, Ude received Ambassador Otto Brenner at the ministry.`,
    );
    expect(pairs(r.spoke)).toEqual(["Anna Kowal + Karl Ude"]);
    expect(pairs(r.met)).toEqual(["Karl Ude + Otto Brenner"]);
  });
});

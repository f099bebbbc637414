// Person recognition on agency styles seen in real reports, written with invented names and places.
import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";
import { LEDE, pairs, read } from "./read-extraction.test-support.js";

describe("person recognition with the tagger", () => {
  it("reads honorific chains and never takes an adverb or a state's common noun for a person", () => {
    const r = read(
      `${LEDE}Subsequently, His Highness the Amir, Sheikh Faris bin Khalid Al Tamimi, received at the Palace the President of the Swiss Confederation, Mira Kovacs.`,
    );
    expect(r.persons).toEqual(["Faris bin Khalid Al Tamimi", "Mira Kovacs"]);
    expect(pairs(r.met)).toEqual(["Faris bin Khalid Al Tamimi + Mira Kovacs"]);
    // the chain's post goes with the name it introduces
    const amir = r.x.entities.find((e) => e.type === "Person" && e.name.startsWith("Faris"));
    expect(amir?.type === "Person" && amir.titles).toContain("amir");
  });

  it("ties 'the Amir' later in the text to the person the honorific chain named, and reads a name that is a city", () => {
    const r = read(
      `${LEDE}His Highness the Amir, Sheikh Faris bin Khalid Al Tamimi, received President Mira Kovacs. The Amir later hosted Foreign Minister Karl Ude at a dinner. Foreign Minister Riyadh al-Maliki met Ude on Tuesday.`,
    );
    expect(pairs(r.met)).toEqual([
      "Faris bin Khalid Al Tamimi + Karl Ude",
      "Faris bin Khalid Al Tamimi + Mira Kovacs",
      "Karl Ude + Riyadh al-Maliki",
    ]);
  });

  it("gives no post through a chain that ends in someone else's name", () => {
    const r = read(
      `${LEDE}By meeting officials, including Norland's Minister of Foreign Affairs and Supreme Leader Ayatollah Karimzadeh, Petraitis seeks support. Jonas Petraitis said so.`,
    );
    const petraitis = r.x.entities.find((e) => e.type === "Person" && e.name === "Jonas Petraitis");
    expect(petraitis?.type === "Person" && petraitis.titles).toEqual([]);
  });

  it("takes parenthesised chains and 'in the presence of' attendees into the meeting told before", () => {
    const r = read(
      `${LEDE}The President of the Republic, Aurel Manea received Tuesday the Speaker of the Senate (upper chamber) of the Kingdom of Norland, Dr. Petter Halvorsen Lie.\nThe audience took place at the Presidency, in the presence of the Speaker of the Council of the Nation (Upper House), Oskar Vilms, and the Chief of Staff at the Presidency of the Republic, Tarmo Reinsalu.`,
    );
    expect(r.persons).toEqual(["Aurel Manea", "Oskar Vilms", "Petter Halvorsen Lie", "Tarmo Reinsalu"]);
    expect(pairs(r.met)).toEqual([
      "Aurel Manea + Oskar Vilms",
      "Aurel Manea + Petter Halvorsen Lie",
      "Aurel Manea + Tarmo Reinsalu",
      "Oskar Vilms + Petter Halvorsen Lie",
      "Oskar Vilms + Tarmo Reinsalu",
      "Petter Halvorsen Lie + Tarmo Reinsalu",
    ]);
  });

  it("keeps people of a clause after the attendance out of the meeting", () => {
    const r = read(
      `${LEDE}President Aurel Manea hosted Senator Petter Lie at the palace. Ambassador Oskar Vilms also attended the meeting, which comes a day after opposition leader Tarmo Reinsalu criticised the senator.`,
    );
    expect(pairs(r.met)).toEqual(["Aurel Manea + Oskar Vilms", "Aurel Manea + Petter Lie", "Oskar Vilms + Petter Lie"]);
  });

  it("reads posts of a place, plural titles, dotted honorifics and hyphenated country pairs as no names", () => {
    const r = read(
      `${LEDE}While in Doha, the King met with the Deputy Amir of Qatar, His Highness Sheikh Rashid bin Omar Al Mansour. Presidents Aurel Manea and Ivo Laht held Estonia-Latvia talks with H.E. Tarmo Reinsalu.`,
    );
    expect(r.persons).toEqual(["Aurel Manea", "Ivo Laht", "Rashid bin Omar Al Mansour", "Tarmo Reinsalu"]);
  });

  it("joins an initial to the full given name and a surname misspelt by one letter", () => {
    const r = read(
      `${LEDE}External Affairs Minister Sunil Varadarajan met President Aurel Manea. S Varadarajan said the talks went well. President Mnangeruwa welcomed the visit, and Mnangerruwa later left.`,
    );
    expect(r.persons).toEqual(["Aurel Manea", "Mnangeruwa", "Sunil Varadarajan"]);
  });

  it("reads a post told before the name in lower case, with its place, or after the name", () => {
    const r = read(
      `${LEDE}Afterwards, President Jonas Petraitis met with the president of Estonia, Ivo Laht, and with the director general of the Baltic Fisheries Organization (BFO), Tan Wenlu. Receiving him at the airport were Majid Al Hameri, Norland Ambassador to Latvia; and outgoing Latvian Ambassador to Estonia Sengvong Khamphoui.`,
    );
    expect(r.persons).toEqual(["Ivo Laht", "Jonas Petraitis", "Majid Al Hameri", "Sengvong Khamphoui", "Tan Wenlu"]);
    expect(pairs(r.met)).toContain("Ivo Laht + Jonas Petraitis");
    const laht = r.x.entities.find((e) => e.type === "Person" && e.name === "Ivo Laht");
    expect(laht?.type === "Person" && [laht.titles, laht.country]).toEqual([["president"], "Estonia"]);
  });

  it("ends an institution named after a post at its head word, and never takes its last word for a person", () => {
    const r = read(
      `${LEDE}He also met with the Chairman of the Saeima of Parliament Nurlan Zhaksybek and the Prime Minister Askar Temirov.`,
    );
    expect(r.persons).toEqual(["Askar Temirov", "Nurlan Zhaksybek"]);
    expect(pairs(r.met)).toEqual(["Askar Temirov + Nurlan Zhaksybek"]);
  });

  it("drops honorifics of several words from names and reads a courtesy call as a meeting", () => {
    const r = read(
      `${LEDE}Prime Minister Tan Sri Musa Rahman paid a courtesy call on Tun Abdul Malik Osman and spouse Toh Puan Siti Aminah at the official residence. The talks were attended by Their Royal Highnesses Prince Feisal bin Nasser and the Chief of the Amiri Diwan Sheikh Saoud bin Khalid Al Tamimi.`,
    );
    expect(r.persons).toEqual([
      "Abdul Malik Osman",
      "Feisal bin Nasser",
      "Musa Rahman",
      "Saoud bin Khalid Al Tamimi",
      "Siti Aminah",
    ]);
    expect(pairs(r.met)).toContain("Abdul Malik Osman + Musa Rahman");
    expect(pairs(r.met)).toContain("Musa Rahman + Saoud bin Khalid Al Tamimi");
  });

  it("reads abbreviated honorifics and ranks, a title word as a given name before 'bin', and short titles only with their dot", () => {
    const r = read(
      `${LEDE}He met the Minister of Interior of Saudi Arabia HRH Prince Faisal bin Nasser, the Minister of Interior of Oman HH Lt. Gen. Sheikh Omar bin Khalid Al Tamimi, H.H. Dr. Sheikh Sultan bin Rashid Al Mansour and Foreign Undersecretary at the Crown Prince Diwan Mazen Al-Harbi. Prime Minister Dara Sen later met Sen. Chris Lund and Samdech Techo Veasna Sen.`,
    );
    expect(r.persons).toEqual([
      "Chris Lund",
      "Dara Sen",
      "Faisal bin Nasser",
      "Mazen Al-Harbi",
      "Omar bin Khalid Al Tamimi",
      "Sultan bin Rashid Al Mansour",
      "Veasna Sen",
    ]);
    const faisal = r.x.entities.find((e) => e.type === "Person" && e.name === "Faisal bin Nasser");
    expect(faisal?.type === "Person" && faisal.country).toBe("Saudi Arabia");
  });

  it("keeps bodies, states, peoples, venues and honorifics out of names, and reads councillors and 'Pres' as posts", () => {
    const r = read(
      `${LEDE}Pres Ivo Laht received Permanent Representative to the UN Tareq Al-Harbi, the Ambassador of the Kingdom of Bahrain to the Kingdom, Sheikh Ali bin Omar Al Mansour, Royal Councilor Karl Ude and Haji Musa Rahman at the King Fahd Bridge. The Minister of Foreign Affairs, Cooperation and Latvians Abroad, Anna Kowal, and Puan Besar Khaleeda attended.`,
    );
    expect(r.persons).toEqual([
      "Ali bin Omar Al Mansour",
      "Anna Kowal",
      "Ivo Laht",
      "Karl Ude",
      "Khaleeda",
      "Musa Rahman",
      "Tareq Al-Harbi",
    ]);
  });

  it("ends a post's complement where the name begins and reads a nickname in quotes inside a name", () => {
    const r = read(
      `${LEDE}President Juan “Bongo” Reyes Jr. met the Minister of State Events Justin Tamara, the Governor of State Capital Powes Kavana and Minister Grace Mary Tonga.`,
    );
    expect(r.persons).toEqual(["Grace Mary Tonga", "Juan Bongo Reyes Jr", "Justin Tamara", "Powes Kavana"]);
  });

  it("joins a name in brackets and the given name with some of the other names to the full name", () => {
    const r = read(
      `${LEDE}President Jonas Petraitis (Jonukas) received Prime Minister Ismail Sabri Yaakob and President Bassirou Diomaye Faye. Jonukas and Ismail Sabri held talks, and Bassirou Faye joined them.`,
    );
    expect(r.persons).toEqual(["Bassirou Diomaye Faye", "Ismail Sabri Yaakob", "Jonas Petraitis"]);
    const jonas = r.x.entities.find((e) => e.name === "Jonas Petraitis");
    expect(jonas?.type === "Person" && jonas.aliases).toContain("Jonukas");
  });

  it("keeps a father named inside his son's lineage name apart from the son", () => {
    const r = read(
      `${LEDE}President Sheikh Khalid bin Omar Al Tamimi received Foreign Minister Karl Ude. The meeting was attended by Sheikh Faris bin Khalid bin Omar Al Tamimi.`,
    );
    expect(r.persons).toEqual(["Faris bin Khalid bin Omar Al Tamimi", "Karl Ude", "Khalid bin Omar Al Tamimi"]);
    expect(pairs(r.met)).toHaveLength(3);
  });

  it("adds those a named session was attended by to the meeting however far back it was told", () => {
    const filler = "The two sides discussed cooperation in trade, energy and transport in great detail. ".repeat(6);
    const r = read(
      `${LEDE}President Aurel Manea held talks with President Jonas Petraitis at the palace. ${filler}The session was attended by Foreign Minister Oskar Vilms.`,
    );
    expect(pairs(r.met)).toEqual([
      "Aurel Manea + Jonas Petraitis",
      "Aurel Manea + Oskar Vilms",
      "Jonas Petraitis + Oskar Vilms",
    ]);
  });

  it("drops a meeting resting on one bare word, and the persons' ledger says why", () => {
    const x = extract({ text: `${LEDE}Manea met Foreign Minister Karl Ude in Riga.` });
    expect(x.relations.filter((r) => r.type === "MET_WITH")).toEqual([]);
    expect(x.pruned).toContainEqual(
      expect.objectContaining({
        stage: "persons",
        what: 'person "Manea"',
        reason: "one word with no post or honorific before it",
      }),
    );
  });

  it("rates a meeting by its weakest party: posts for all, a name seen twice, a full name seen once", () => {
    const confidence = (text: string) =>
      extract({ text: `${LEDE}${text}` }).relations.find((r) => r.type === "MET_WITH")?.confidence;
    const titled = confidence("President Aurel Manea met Foreign Minister Karl Ude in Riga.");
    const repeated = confidence("Aurel Manea met Karl Ude in Riga. Manea and Ude spoke to reporters.");
    const once = confidence("Aurel Manea met Karl Ude in Riga.");
    expect(titled).toBeGreaterThan(repeated!);
    expect(repeated).toBeGreaterThan(once!);
    expect(once).toBe(0.5);
  });
});

describe("layout lines", () => {
  it("never takes a person from a title-case headline alone, and reads no event from it", () => {
    const r = read(
      "Norland Amir Receives Visiting Latvian President Karl Ude\nRIGA, March 27 (XA) - Foreign Minister Anna Kowal met President Jonas Petraitis.",
    );
    expect(r.persons).toEqual(["Anna Kowal", "Jonas Petraitis"]);
    expect(pairs(r.met)).toEqual(["Anna Kowal + Jonas Petraitis"]);
    expect(r.x.pruned).toContainEqual(
      expect.objectContaining({ what: 'person "Karl Ude"', reason: "named only in a headline or title-case line" }),
    );
  });

  it("anchors 'today' on a 'date YYYY-MM-DD' header line and takes the headline after it", () => {
    const text =
      " date 2023-11-14 Ministers meet in Riga\n\nForeign Minister Anna Kowal met her counterpart Karl Ude in Riga today.";
    const r = read(text);
    expect(r.met).toEqual(["Anna Kowal + Karl Ude occurred 2023-11-14"]);
    expect(extract({ text }).article.title).toBe("Ministers meet in Riga");
  });

  it("takes a date line with the outlet and the place beside the date as the article's date", () => {
    const x = extract({
      text: "Envoys meet\n\nXANews.lv, 11 Sep 2014 - 14:34, Riga,Latvia\n\nMinister Anna Kowal met Karl Ude today.",
    });
    expect(x.article.publishedAt).toBe("2014-09-11");
    expect(x.relations.find((r) => r.type === "MET_WITH")?.date).toBe("2014-09-11");
  });

  it("reads other stories' headlines after a 'related' label as no part of the report", () => {
    const r = read(
      `${LEDE}Foreign Minister Anna Kowal met President Jonas Petraitis.\n\nMore related articles\n\nPresident Karl Ude arrives in Tallinn for talks with Ivo Laht\nRelated news: Premier Otto Brenner meets Marta Zielinska`,
    );
    expect(r.persons).toEqual(["Anna Kowal", "Jonas Petraitis"]);
    expect(pairs(r.met)).toEqual(["Anna Kowal + Jonas Petraitis"]);
  });

  it("reads a colon dateline with its date", () => {
    const x = extract({
      text: "Talks in Riga\n\nRIGA, May 6: Minister Anna Kowal met Karl Ude.",
      publishedAt: "2023-05-07",
    });
    expect(x.article.dateline?.place).toBe("RIGA");
    expect(x.article.dateline?.date).toBe("2023-05-06");
  });
});

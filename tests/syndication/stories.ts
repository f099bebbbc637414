// Invented reports for the syndication tests: one wire story (to be republished with edits by
// variants.ts) and an independent report of the same invented meeting, written in other words.

export const WIRE_STORY = `Ortega and Visser agree to reopen Tagus fisheries talks
LISBON, May 2 (Atlantic Wire) - Portuguese Foreign Minister Ana Ortega met Dutch Foreign Minister Bram Visser in Lisbon on Thursday and the two agreed to reopen talks on fishing quotas in the Tagus estuary that stalled last autumn, the Portuguese foreign ministry said.

The ministers spent nearly three hours at the Necessidades Palace, according to a ministry statement, discussing the quotas, a planned ferry link between Setubal and Rotterdam and the coordination of their navies in the Bay of Biscay.

"We have found a way to start again, and both fleets will be heard before any number is written down," Ortega told reporters after the meeting, adding that officials would meet in The Hague within a month.

Visser said the Netherlands wanted the quota question settled before the summer season, when trawlers from both countries crowd the same grounds off the coast.

The talks broke down in October after a dispute over catch reports from three Dutch vessels, which Lisbon said had under-declared their hauls of sardine and mackerel.

Fishing associations in both countries welcomed the announcement. A spokesman for the Peniche cooperative said local crews had lost about a fifth of their income since the quotas were frozen.

Visser is due to travel on to Madrid on Friday for meetings with Spanish officials on port security.

(Reporting by the Atlantic Wire Lisbon bureau; editing by the Europe desk)`;

export const INDEPENDENT_REPORT = `Dutch minister in Lisbon as fishing row thaws
By a staff correspondent

Bram Visser, the Dutch foreign minister, sat down with his Portuguese host Ana Ortega on Thursday for a long afternoon of talks that officials on both sides described as the warmest since the fisheries dispute began last year.

The row, which erupted when Portuguese inspectors accused several Dutch boats of under-reporting sardine catches, had frozen the estuary quotas and left coastal crews in the Algarve and Peniche short of work through the winter.

Speaking at a joint appearance, Ortega said negotiators would return to the table, with fishermen consulted first. Visser, for his part, stressed that Dutch skippers needed certainty well ahead of the busy summer months.

Diplomats said the two also touched on naval cooperation in the Atlantic and a long-discussed ferry route to Rotterdam, though no agreement on either was announced.

Expert talks are to follow in The Hague. Visser heads to Madrid next.`;

import { describe, expect, it } from "vitest";
import { anchorDay, sentenceDate } from "./dates.js";
import { analyzeLayout } from "./layout.js";

describe("anchorDay", () => {
  it("takes month and day from the dateline and the year from a caption", () => {
    const text = "Headline\nRIGA, March 26 (XA) - Talks.\nCaption: leaders in Riga, March 26, 2024.";
    expect(anchorDay(analyzeLayout(text), text, null)).toBe("2024-03-26");
  });

  it("prefers the publication date's year, and has no anchor when nothing fixes the year", () => {
    const text = "Headline\nRIGA, March 26 (XA) - Talks.";
    expect(anchorDay(analyzeLayout(text), text, "2023-03-27")).toBe("2023-03-26");
    expect(anchorDay(analyzeLayout(text), text, null)).toBeNull();
  });
});

describe("sentenceDate", () => {
  const anchor = "2024-03-27"; // a Wednesday
  it("resolves weekdays backwards for what happened and forwards for what is planned", () => {
    expect(sentenceDate("The two met on Tuesday.", anchor, false).day).toBe("2024-03-26");
    expect(sentenceDate("They met on Wednesday.", anchor, false).day).toBe("2024-03-27");
    expect(sentenceDate("They will meet on Friday.", anchor, true).day).toBe("2024-03-29");
  });

  it("resolves yesterday, today and explicit days", () => {
    expect(sentenceDate("He arrived yesterday.", anchor, false).day).toBe("2024-03-26");
    expect(sentenceDate("They met this afternoon.", anchor, false).day).toBe("2024-03-27");
    expect(sentenceDate("They met on March 4th.", anchor, false).day).toBe("2024-03-04");
  });

  it("reads dates written without a digit: a time unit counted back, an ordinal word before the month", () => {
    expect(sentenceDate("They met three days ago.", anchor, false).day).toBe("2024-03-24");
    expect(sentenceDate("They met on the fourth of March.", anchor, false).day).toBe("2024-03-04");
  });

  it("gives null for a month alone or a vague time, and says no date was named when none was", () => {
    expect(sentenceDate("They met in May last year.", anchor, false)).toMatchObject({ day: null, explicit: true });
    expect(sentenceDate("They met.", anchor, false)).toMatchObject({ day: null, explicit: false });
    expect(sentenceDate("They met on Tuesday.", null, false)).toMatchObject({ day: null, unresolved: true });
  });

  it("uses the time expression nearest to the event's words", () => {
    const sentence = "She arrived on Monday and held talks with him on Tuesday.";
    expect(sentenceDate(sentence, anchor, false, sentence.indexOf("held talks")).day).toBe("2024-03-26");
    expect(sentenceDate(sentence, anchor, false, sentence.indexOf("arrived")).day).toBe("2024-03-25");
  });
});

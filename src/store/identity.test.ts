import { describe, expect, it } from "vitest";
import { eventId, isSingleName, organizationId, personId, surnameKey } from "./identity.js";

describe("person identity", () => {
  it.each([
    ["Sergei Lavrov", "Sergey Lavrov"],
    ["Hossein Amirabdollahian", "Hossein Amir-Abdollahian"],
    ["Hossein Amir Abdollahian", "hossein amir-abdollahian"],
    ["Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman bin Jassim Al Thani"],
    ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al-Thani"],
    ["Kim Jong Un", "Kim Jong-un"],
    ["Muhammad Shehbaz Sharif", "Mohammed Shahbaz Sharif"],
    ["José Manuel Albares", "Jose Manuel Albares"],
  ])("%s and %s are one person", (a, b) => {
    expect(personId(a)).toBe(personId(b));
  });

  it.each([
    ["Joe Biden", "Jill Biden"],
    ["William Ruto", "Rachel Ruto"],
    ["Kim Jong Un", "Kim Keon Hee"],
    ["Kim Jong Un", "Kim Jong Il"],
    ["Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani"],
    ["Ahmed al-Sharaa", "Abu Mohammed al-Jolani"],
    ["Unit 1 Commander", "Unit 11 Commander"],
  ])("%s and %s are two people", (a, b) => {
    expect(personId(a)).not.toBe(personId(b));
  });

  it("gives the surname a single-name mention would match", () => {
    expect(surnameKey("Vladimir Putin")).toBe(personId("Putin").slice("person:".length));
    expect(surnameKey("Putin")).toBeNull();
    expect(isSingleName("Putin")).toBe(true);
    expect(isSingleName("Dr Putin")).toBe(true);
    expect(isSingleName("Vladimir Putin")).toBe(false);
  });

  it("drops a leading article from organisation names", () => {
    expect(organizationId("The United Nations")).toBe(organizationId("United Nations"));
    expect(organizationId("Hamas")).not.toBe(organizationId("Hezbollah"));
  });
});

describe("event identity", () => {
  const base = {
    kind: "meeting" as const,
    date: "2024-03-26",
    participantIds: ["person:b", "person:a"],
    destinationId: null,
    articleId: "a".repeat(64),
  };

  it("ignores participant order and the reporting article when dated", () => {
    expect(eventId(base)).toBe(
      eventId({ ...base, participantIds: ["person:a", "person:b"], articleId: "b".repeat(64) }),
    );
  });

  it("separates dates, kinds and participants", () => {
    expect(eventId(base)).not.toBe(eventId({ ...base, date: "2024-03-27" }));
    expect(eventId(base)).not.toBe(eventId({ ...base, kind: "call" }));
    expect(eventId(base)).not.toBe(eventId({ ...base, participantIds: ["person:a", "person:c"] }));
  });

  it("keys undated events by their article", () => {
    const undated = { ...base, date: null };
    expect(eventId(undated)).not.toBe(eventId({ ...undated, articleId: "b".repeat(64) }));
  });

  it("keys a visit by its destination, not a meeting by its place", () => {
    const visit = { ...base, kind: "visit" as const, participantIds: ["person:a"] };
    expect(eventId({ ...visit, destinationId: "location:tehran" })).not.toBe(
      eventId({ ...visit, destinationId: "location:doha" }),
    );
    expect(eventId({ ...base, destinationId: "location:tehran" })).toBe(eventId(base));
  });
});

import { describe, expect, it } from "vitest";
import { foldKey, normalizeText } from "./normalize.js";

describe("normalizeText", () => {
  it("maps curly quotes, dashes and odd spaces one for one, so offsets stay valid", () => {
    const original = "\u201CWe agree,\u201D the minister\u2019s aide said \u2013 in\u00A0Tehran \u2014 today.";
    const normalized = normalizeText(original);
    expect(normalized).toBe('"We agree," the minister\'s aide said - in Tehran - today.');
    expect(normalized.length).toBe(original.length);
  });

  it("leaves characters outside the basic plane untouched", () => {
    const original = "Leaders \u{1F91D} met";
    expect(normalizeText(original)).toBe(original);
  });
});

describe("foldKey", () => {
  it("folds case, diacritics, spaces and hyphens", () => {
    expect(foldKey("Erdoğan")).toBe(foldKey("Erdogan"));
    expect(foldKey("Amir Abdollahian")).toBe(foldKey("Amirabdollahian"));
    expect(foldKey("Amir-Abdollahian")).toBe("amirabdollahian");
  });
});

// Search semantics shared by both stores: lower case, no diacritics, letters only, compared without
// spaces, so "amir abdollahian", "Amir-Abdollahian" and "amirabdollahian" all find one person.
import { foldKey } from "../extract/normalize.js";

/** The extractor's name key (letters and digits) without the digits. */
export const searchKey = (text: string): string => foldKey(text).replace(/\p{N}/gu, "");

/** The keys stored with a person, one per distinct name or alias. */
export const searchKeys = (names: string[]): string[] => [...new Set(names.map(searchKey).filter(Boolean))].sort();

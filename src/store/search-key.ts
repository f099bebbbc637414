// Search semantics shared by both stores: lower case, no diacritics, letters only, compared without
// spaces, so "amir abdollahian", "Amir-Abdollahian" and "amirabdollahian" all find one person.
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, "");
}

/** The keys stored with a person, one per distinct name or alias. */
export const searchKeys = (names: string[]): string[] => [...new Set(names.map(searchKey).filter(Boolean))].sort();

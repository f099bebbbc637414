// Cross-article resolution, planned in one place for both stores: which persons are one person, and
// which events must be re-keyed once their participants have been joined. Plans depend only on the
// graph's content, never on the order things were loaded, so running them again changes nothing.
import type { EventKind } from "../domain/extraction.js";
import { eventId, isSingleName, personId, personNameWords, surnameKey } from "./identity.js";

export interface PersonNames {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * The person a group is kept under: one that no other member claims as its alias (the name the text
 * called the person by), then the fullest name (most words, then longest), then the smallest id.
 */
function keeper(group: PersonNames[], claimed: Set<string>): PersonNames {
  const words = (p: PersonNames) => personNameWords(p.name).length;
  const unclaimed = group.filter((p) => !claimed.has(p.id));
  return [...(unclaimed.length ? unclaimed : group)].sort(
    (a, b) => words(b) - words(a) || b.name.length - a.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0] as PersonNames;
}

/**
 * [merged id, kept id] pairs. Two rules:
 * - alias: a person recorded with an alias whose id is another person's id absorbs that person, when it
 *   is the only person claiming that alias ("Kim" claimed by two Kims joins neither);
 * - surname: a person known by one word joins the one person whose full name ends with it.
 */
export function planPersonMerges(persons: PersonNames[]): [string, string][] {
  const byId = new Map(persons.map((p) => [p.id, p]));
  const claimants = new Map<string, Set<string>>();
  for (const p of persons)
    for (const alias of [p.name, ...p.aliases]) {
      const id = personId(alias);
      if (id === p.id || !byId.has(id)) continue;
      const set = claimants.get(id) ?? new Set<string>();
      set.add(p.id);
      claimants.set(id, set);
    }

  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root) as string;
    return root;
  };
  const join = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const claimed = new Set<string>();
  for (const [id, who] of claimants)
    if (who.size === 1) {
      claimed.add(id);
      join(id, [...who][0] as string);
    }

  // Surname rule over the groups formed so far: a single-word group joins the one multi-word group
  // whose surname it is.
  const groups = new Map<string, PersonNames[]>();
  for (const p of persons) {
    const root = find(p.id);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  }
  const bySurname = new Map<string, string[]>();
  for (const [root, members] of groups) {
    const keys = new Set(members.map((m) => surnameKey(m.name)).filter((k): k is string => k !== null));
    for (const key of keys) bySurname.set(key, [...(bySurname.get(key) ?? []), root]);
  }
  for (const [root, members] of groups) {
    if (!members.every((m) => isSingleName(m.name))) continue;
    const key = personId(members[0]?.name ?? "").slice("person:".length);
    const candidates = (bySurname.get(key) ?? []).filter((r) => r !== root);
    if (candidates.length === 1) join(root, candidates[0] as string);
  }

  const finalGroups = new Map<string, PersonNames[]>();
  for (const p of persons) {
    const root = find(p.id);
    finalGroups.set(root, [...(finalGroups.get(root) ?? []), p]);
  }
  const merges: [string, string][] = [];
  for (const members of finalGroups.values()) {
    if (members.length < 2) continue;
    const kept = keeper(members, claimed).id;
    for (const m of [...members].sort((a, b) => (a.id < b.id ? -1 : 1))) if (m.id !== kept) merges.push([m.id, kept]);
  }
  return merges;
}

export interface EventKeyFacts {
  id: string;
  kind: EventKind;
  date: string | null;
  keyArticle: string | null;
  participantIds: string[];
  destinationId: string | null;
}

/** [old id, new id] for events whose key no longer matches their participants. */
export function planEventRekeys(events: EventKeyFacts[]): [string, string][] {
  const out: [string, string][] = [];
  for (const e of events) {
    const id = eventId({
      kind: e.kind,
      date: e.date,
      participantIds: e.participantIds,
      destinationId: e.destinationId,
      articleId: e.keyArticle ?? "",
    });
    if (id !== e.id) out.push([e.id, id]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

// An authority import: the ids an analyst's file gives a person accumulate (see src/store/authority-plan.ts).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
SET p.externalIds = reduce(acc = coalesce(p.externalIds, []), x IN row.ids | CASE WHEN x IN acc THEN acc ELSE acc + x END)

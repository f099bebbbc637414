// Persons of a batch: names and titles accumulate; the longer name (then the alphabetically first) is kept,
// so writers that meet in any order agree; of two countries, the alphabetically first (identity.preferValue).
// searchKeys are the normalised forms the search compares.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = CASE
      WHEN p.name IS NULL THEN row.name
      WHEN size(row.name) <> size(p.name) THEN CASE WHEN size(row.name) > size(p.name) THEN row.name ELSE p.name END
      WHEN row.name < p.name THEN row.name
      ELSE p.name END,
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.titles = reduce(acc = coalesce(p.titles, []), x IN row.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.searchKeys = reduce(acc = coalesce(p.searchKeys, []), x IN row.searchKeys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.country = CASE WHEN p.country IS NULL OR row.country < p.country THEN coalesce(row.country, p.country) ELSE p.country END

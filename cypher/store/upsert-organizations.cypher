// Organizations of a batch; names accumulate as aliases, the longer name is kept.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = CASE
      WHEN o.name IS NULL THEN row.name
      WHEN size(row.name) <> size(o.name) THEN CASE WHEN size(row.name) > size(o.name) THEN row.name ELSE o.name END
      WHEN row.name < o.name THEN row.name
      ELSE o.name END,
    o.aliases = reduce(acc = coalesce(o.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)

// Locations of a batch; the first known kind, country code and coordinates stay.
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
  ON CREATE SET l.kind = row.kind
SET l.name = CASE
      WHEN l.name IS NULL THEN row.name
      WHEN size(row.name) <> size(l.name) THEN CASE WHEN size(row.name) > size(l.name) THEN row.name ELSE l.name END
      WHEN row.name < l.name THEN row.name
      ELSE l.name END,
    l.aliases = reduce(acc = coalesce(l.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    l.countryCode = coalesce(l.countryCode, row.countryCode),
    l.lat = coalesce(l.lat, row.lat),
    l.lon = coalesce(l.lon, row.lon)

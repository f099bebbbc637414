// Visits matching every given filter (null means "any"), newest first, undated last.
MATCH (p:Person)-[r:VISITED]->(l:Location)
WHERE ($person IS NULL OR p.id = $person)
  AND ($location IS NULL OR l.id = $location)
  AND ($country IS NULL OR l.countryCode = $country)
  AND CASE WHEN r.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
RETURN r.eventId AS eventId, {id: p.id, name: p.name} AS person,
  l {.id, .name, .kind, .countryCode} AS location, r.date AS date, r.status AS status
ORDER BY r.date IS NULL, r.date DESC, p.id, l.id, r.eventId
SKIP $offset LIMIT $limit + 1

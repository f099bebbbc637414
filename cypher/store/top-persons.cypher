// The most connected persons: distinct counterparts per edge type over events that occurred in the range.
MATCH (p:Person)-[r:MET_WITH|SPOKE_WITH]-(o:Person)
WHERE type(r) IN $kinds
  AND r.status = 'occurred'
  AND CASE WHEN r.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
WITH p, count(DISTINCT [type(r), o.id]) AS degree
RETURN p.id AS id, degree
ORDER BY degree DESC, id
LIMIT $limit + 1

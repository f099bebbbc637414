// The most connected persons: distinct counterparts per edge type over events of the asked statuses
// and corroboration in the range.
MATCH (p:Person)-[r:MET_WITH|SPOKE_WITH]-(o:Person)
WHERE type(r) IN $kinds
  AND r.status IN $statuses
  AND CASE WHEN r.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
  AND ($minReports <= 1 OR EXISTS { MATCH (ev:Event {id: r.eventId}) WHERE ev.articleCount >= $minReports })
WITH p, count(DISTINCT [type(r), o.id]) AS degree
RETURN p.id AS id, degree
ORDER BY degree DESC, id
LIMIT $limit + 1

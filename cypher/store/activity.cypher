// Dated events counted per day and kind for the timeline strip under the graph: of the asked kinds and
// statuses, reported at least $minReports times, in the range; with $ids, only events one of these
// persons took part in. Undated events have no place on a time axis.
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND e.kind IN $kinds
  AND e.status IN $statuses
  AND e.articleCount >= $minReports
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($ids IS NULL OR EXISTS { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) WHERE p.id IN $ids })
RETURN toString(e.date) AS date, e.kind AS kind, count(*) AS events
ORDER BY date, kind

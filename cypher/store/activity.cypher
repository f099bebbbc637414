// Dated events counted per day and kind for the timeline strip under the graph: of the asked kinds and
// statuses, reported at least $minReports times, held in $country, with a participant of $organization
// (as network-edges.cypher), in the range; with $ids, only events one of these persons took part in. Undated events have no place on a time axis.
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND e.kind IN $kinds
  AND e.status IN $statuses
  AND coalesce(e.sourceCount, e.articleCount) >= $minReports
  AND ($country IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(held:Location) WHERE held.countryCode = $country })
  AND ($organization IS NULL
       OR EXISTS { (:Organization {id: $organization})<-[:AFFILIATED_WITH]-(:Person)-[:PARTICIPATED_IN]->(e) })
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($ids IS NULL OR EXISTS { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) WHERE p.id IN $ids })
RETURN toString(e.date) AS date, e.kind AS kind, count(*) AS events
ORDER BY date, kind

// The most connected persons: distinct counterparts per edge type over events of the asked statuses
// corroboration, country and organisation (as network-edges.cypher) in the range.
MATCH (p:Person)-[r:MET_WITH|SPOKE_WITH]-(o:Person)
WHERE type(r) IN $kinds
  AND r.status IN $statuses
  AND CASE WHEN r.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
  AND ($minReports <= 1 OR EXISTS {
       MATCH (ev:Event {id: r.eventId}) WHERE coalesce(ev.sourceCount, ev.articleCount) >= $minReports })
  AND ($country IS NULL
       OR EXISTS { (:Event {id: r.eventId})-[:TOOK_PLACE_IN]->(held:Location) WHERE held.countryCode = $country })
  AND ($organization IS NULL OR EXISTS {
       (:Organization {id: $organization})<-[:AFFILIATED_WITH]-(:Person)-[:PARTICIPATED_IN]->(:Event {id: r.eventId}) })
WITH p, count(DISTINCT [type(r), o.id]) AS degree
RETURN p.id AS id, degree
ORDER BY degree DESC, id
LIMIT $limit + 1

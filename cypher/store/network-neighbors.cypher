// One hop of an ego network: the distinct nodes joined to these persons by an edge of the asked kinds,
// statuses, corroboration, country and organisation (as network-edges.cypher) in the range, each with
// how many of these persons it is joined to.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:MET_WITH|SPOKE_WITH|VISITED]-(m)
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
WITH m, count(DISTINCT p) AS links
RETURN m.id AS id, CASE WHEN m:Person THEN 'Person' ELSE 'Location' END AS type, links

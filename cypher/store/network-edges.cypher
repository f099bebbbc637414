// The edges among these nodes for a network picture: one row per pair and type, over events of the
// asked statuses (and reported at least $minReports times) in the range, weighted by the number of
// distinct events, with how many of them are planned, how many were inferred from an office, and the most
// independent sources (syndication groups) any one of them has. $country (ISO code) keeps events held there,
// $organization events with a participant affiliated with it; null means any. Independent reports are
// sourceCount where an event has one, else articleCount. Every edge has a person end, so it is found from
// the persons of the list.
UNWIND $ids AS id
MATCH (n:Person {id: id})-[r:MET_WITH|SPOKE_WITH|VISITED]-(m)
WHERE m.id IN $ids
  AND type(r) IN $kinds
  AND r.status IN $statuses
  AND CASE WHEN r.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
  AND ($minReports <= 1 OR EXISTS {
       MATCH (ev:Event {id: r.eventId}) WHERE coalesce(ev.sourceCount, ev.articleCount) >= $minReports })
  AND ($country IS NULL
       OR EXISTS { (:Event {id: r.eventId})-[:TOOK_PLACE_IN]->(held:Location) WHERE held.countryCode = $country })
  AND ($organization IS NULL OR EXISTS {
       (:Organization {id: $organization})<-[:AFFILIATED_WITH]-(:Person)-[:PARTICIPATED_IN]->(:Event {id: r.eventId}) })
WITH DISTINCT r
WITH startNode(r) AS s, endNode(r) AS t, type(r) AS type, r
RETURN s.id AS source, t.id AS target, type, count(DISTINCT r.eventId) AS weight,
  count(DISTINCT CASE WHEN r.status = 'planned' THEN r.eventId END) AS planned,
  max(coalesce(r.sourceCount, 1)) AS sourceCount,
  count(DISTINCT CASE WHEN r.resolvedBy = 'post' THEN r.eventId END) AS inferred,
  toString(min(r.date)) AS firstDate, toString(max(r.date)) AS lastDate

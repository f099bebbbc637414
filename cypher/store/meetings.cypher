// Meeting events matching every given filter (a null parameter means "any"), newest first, undated last.
MATCH (e:Event {kind: 'meeting'})
WHERE ($status IS NULL OR e.status = $status)
  AND CASE WHEN e.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to)) END
  AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:PARTICIPATED_IN]->(e) })
  AND ($with IS NULL OR EXISTS { (:Person {id: $with})-[:PARTICIPATED_IN]->(e) })
  AND ($organization IS NULL
       OR EXISTS { (:Organization {id: $organization})<-[:AFFILIATED_WITH]-(:Person)-[:PARTICIPATED_IN]->(e) })
  AND ($location IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(:Location {id: $location}) })
  AND ($country IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(l:Location) WHERE l.countryCode = $country })
  // A participant held the post around the meeting's date (see src/store/held-tolerance.ts).
  AND ($post IS NULL OR (e.date IS NOT NULL AND EXISTS {
       MATCH (holder:Person)-[:PARTICIPATED_IN]->(e)
       MATCH (holder)-[h:HELD]->(:Post {id: $post})
       WHERE h.firstSeen - duration({days: $toleranceDays}) <= e.date <= h.lastSeen + duration({days: $toleranceDays})
     }))
RETURN e.id AS id
ORDER BY e.date IS NULL, e.date DESC, e.id
SKIP $offset LIMIT $limit + 1

// Everything a person took part in (meetings, visits, calls; any status) in the range, oldest first;
// with $organization (an id) only events with a participant affiliated with it, as network-edges.cypher
// counts them. No row when there is no such person.
MATCH (p:Person {id: $id})
RETURN COLLECT {
  MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
  WHERE CASE WHEN e.date IS NULL THEN $includeUndated
        ELSE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to)) END
    AND ($organization IS NULL
         OR EXISTS { (:Organization {id: $organization})<-[:AFFILIATED_WITH]-(:Person)-[:PARTICIPATED_IN]->(e) })
  RETURN e.id ORDER BY e.date IS NULL, e.date, e.id
} AS ids

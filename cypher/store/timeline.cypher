// Everything a person took part in (meetings, visits, calls; any status) in the range, oldest first.
// No row when there is no such person.
MATCH (p:Person {id: $id})
RETURN COLLECT {
  MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
  WHERE CASE WHEN e.date IS NULL THEN $includeUndated
        ELSE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to)) END
  RETURN e.id ORDER BY e.date IS NULL, e.date, e.id
} AS ids

// The edges among these nodes for a network picture: one row per pair and type, over events that
// occurred in the range, weighted by the number of distinct events. Every edge has a person end, so
// it is found from the persons of the list.
UNWIND $ids AS id
MATCH (n:Person {id: id})-[r:MET_WITH|SPOKE_WITH|VISITED]-(m)
WHERE m.id IN $ids
  AND type(r) IN $kinds
  AND r.status = 'occurred'
  AND CASE WHEN r.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
WITH DISTINCT r
WITH startNode(r) AS s, endNode(r) AS t, type(r) AS type, r
RETURN s.id AS source, t.id AS target, type, count(DISTINCT r.eventId) AS weight,
  toString(min(r.date)) AS firstDate, toString(max(r.date)) AS lastDate

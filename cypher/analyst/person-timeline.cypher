// Everything a person did, in date order: meetings, visits and calls, with the place and the status.
// example: {"name": "Ismail Haniyeh"}
MATCH (p:Person)
WHERE toLower(p.name) = toLower($name) OR $name IN p.aliases
MATCH (p)-[role:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(l:Location)
RETURN e.date AS date, e.kind AS kind, e.status AS status, role.role AS role, l.name AS place,
  COLLECT { MATCH (o:Person)-[:PARTICIPATED_IN]->(e) WHERE o <> p RETURN o.name ORDER BY o.name } AS with
ORDER BY date IS NULL, date, kind;

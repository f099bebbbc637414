// Meetings attended by members of an organization (by name), with the member and the others present.
// example: {"organization": "Hamas"}
MATCH (o:Organization)<-[aff:AFFILIATED_WITH]-(member:Person)-[:PARTICIPATED_IN]->(e:Event {kind: 'meeting'})
WHERE toLower(o.name) = toLower($organization)
RETURN e.date AS date, member.name AS member, aff.title AS title,
  COLLECT { MATCH (x:Person)-[:PARTICIPATED_IN]->(e) WHERE x <> member RETURN x.name ORDER BY x.name } AS metWith
ORDER BY date IS NULL, date DESC;

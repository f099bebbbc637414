// Who took part in each event and in which role. As participation-merge.ts: when reports disagree the
// more specific role wins (host over visitor over participant), and a participant a report names is no
// longer one a post resolution inferred.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Event {id: row.eventId})
MERGE (p)-[r:PARTICIPATED_IN]->(e)
  ON CREATE SET r.role = row.role
  ON MATCH SET r.role = CASE
      WHEN r.role = 'host' OR row.role = 'host' THEN 'host'
      WHEN r.role = 'visitor' OR row.role = 'visitor' THEN 'visitor'
      ELSE row.role END,
    r.resolvedBy = null, r.postId = null

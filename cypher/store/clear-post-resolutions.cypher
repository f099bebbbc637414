// Drops what an earlier resolution inferred for these events ($eventIds) and the current plan no longer
// gives: resolved participations and MET_WITH/SPOKE_WITH edges whose key is not in $keep.
UNWIND $eventIds AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (p:Person)-[r:PARTICIPATED_IN {resolvedBy: 'post'}]->(e)
  WHERE NOT ('PARTICIPATED_IN|' + p.id + '|' + e.id + '|') IN $keep
  DELETE r
}
CALL (e) {
  MATCH (a:Person)-[r:MET_WITH|SPOKE_WITH {eventId: e.id, resolvedBy: 'post'}]->(b:Person)
  WHERE NOT (type(r) + '|' + a.id + '|' + b.id + '|' + e.id) IN $keep
  DELETE r
}

// Who met this person (meetings that occurred, in the date range): how often, first and last dates.
// No row at all when there is no such person, one row (maybe with no items) when there is.
// Dates leave as ISO strings: decoding Date values costs the client more than the query.
MATCH (p:Person {id: $id})
RETURN COLLECT {
  MATCH (p)-[r:MET_WITH]-(o:Person)
  WHERE r.status = 'occurred'
    AND CASE WHEN r.date IS NULL THEN $includeUndated
        ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
  WITH o, collect(DISTINCT r.eventId) AS eventIds, toString(min(r.date)) AS firstDate, toString(max(r.date)) AS lastDate
  RETURN {id: o.id, name: o.name, meetings: size(eventIds), firstDate: firstDate, lastDate: lastDate, eventIds: eventIds}
} AS items

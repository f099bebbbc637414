// Who met this person (meetings that occurred, in the date range): how often, first and last dates.
MATCH (:Person {id: $id})-[r:MET_WITH]-(o:Person)
WHERE r.status = 'occurred'
  AND CASE WHEN r.date IS NULL THEN $includeUndated
      ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END
WITH o, collect(DISTINCT r.eventId) AS eventIds, min(r.date) AS firstDate, max(r.date) AS lastDate
RETURN o.id AS id, o.name AS name, size(eventIds) AS meetings, firstDate, lastDate, eventIds
ORDER BY meetings DESC, name, id

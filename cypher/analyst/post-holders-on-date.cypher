// Who held a post on a date: the persons whose HELD span (the first and last dates reports gave them the
// post), widened by a tolerance in days, covers the date; the nearest span first. Reports give a post on
// their publication day, so a span only shows when the person was seen in post: the tolerance bridges that.
// example: {"office": "foreign minister", "country": "IR", "date": "2024-12-07", "toleranceDays": 30}
MATCH (p:Person)-[h:HELD]->(post:Post {office: $office, country: $country})
WHERE h.firstSeen - duration({days: $toleranceDays}) <= date($date) <= h.lastSeen + duration({days: $toleranceDays})
RETURN p.name AS holder, post.id AS post, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen,
  h.articleCount AS reports, h.source AS source
ORDER BY CASE WHEN h.firstSeen <= date($date) <= h.lastSeen THEN 0 ELSE 1 END, h.lastSeen DESC, holder;

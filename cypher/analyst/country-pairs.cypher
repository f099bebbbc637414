// Which countries' representatives meet most: pairs of person countries over meetings that occurred.
// example: {}
MATCH (a:Person)-[r:MET_WITH]->(b:Person)
WHERE r.status = 'occurred' AND a.country IS NOT NULL AND b.country IS NOT NULL AND a.country <> b.country
WITH CASE WHEN a.country < b.country THEN [a.country, b.country] ELSE [b.country, a.country] END AS pair, r
RETURN pair[0] AS country, pair[1] AS otherCountry, count(DISTINCT r.eventId) AS meetings
ORDER BY meetings DESC, country, otherCountry
LIMIT 25;

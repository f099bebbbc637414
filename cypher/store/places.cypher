// The places of the timeline's events (activity.cypher, same filter), for the map: each place with its
// coordinates and how many meetings, calls and visits took place there, and per visit the distinct
// countries of its visitors (counted by visitor-countries.ts).
MATCH (e:Event)-[:TOOK_PLACE_IN]->(l:Location)
WHERE e.date IS NOT NULL
  AND e.kind IN $kinds
  AND e.status IN $statuses
  AND coalesce(e.sourceCount, e.articleCount) >= $minReports
  AND ($country IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(held:Location) WHERE held.countryCode = $country })
  AND ($organization IS NULL
       OR EXISTS { (:Organization {id: $organization})<-[:AFFILIATED_WITH]-(:Person)-[:PARTICIPATED_IN]->(e) })
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($ids IS NULL OR EXISTS { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) WHERE p.id IN $ids })
WITH DISTINCT l, e
OPTIONAL MATCH (visitor:Person)-[:PARTICIPATED_IN]->(e)
  WHERE e.kind = 'visit' AND visitor.country IS NOT NULL
WITH l, e, collect(DISTINCT visitor.country) AS countries
RETURN l {.id, .name, .kind, .countryCode, .lat, .lon} AS place,
  sum(CASE e.kind WHEN 'meeting' THEN 1 ELSE 0 END) AS meetings,
  sum(CASE e.kind WHEN 'call' THEN 1 ELSE 0 END) AS calls,
  sum(CASE e.kind WHEN 'visit' THEN 1 ELSE 0 END) AS visits,
  collect(countries) AS visitorCountries
ORDER BY place.id

// Visits that occurred, counted by the country visited (ISO code of the place), most visited first.
// example: {}
MATCH (:Person)-[r:VISITED]->(l:Location)
WHERE r.status = 'occurred' AND l.countryCode IS NOT NULL
RETURN l.countryCode AS country, count(*) AS visits, count(DISTINCT l) AS places
ORDER BY visits DESC, country;

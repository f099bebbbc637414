// Posts by office (exact, canonical), country (ISO code) and organisation (name contains the query, any
// case), with how many persons held each. Sorted by the store (post-order.ts); paging is done there too.
MATCH (post:Post)
WHERE ($office IS NULL OR post.office = $office)
  AND ($country IS NULL OR post.country = $country)
  AND ($organization IS NULL OR toLower(coalesce(post.organization, '')) CONTAINS toLower($organization))
RETURN post {.id, .office, .country, .organization} AS post, COUNT { (:Person)-[:HELD]->(post) } AS holders

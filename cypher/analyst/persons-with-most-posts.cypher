// Persons with the most posts over the reports (a change of office shows as a second post), with the
// posts and their spans, earliest first.
// example: {}
MATCH (p:Person)-[h:HELD]->(post:Post)
WITH p, h, post ORDER BY h.firstSeen, post.id
WITH p, collect({post: post.office + ' of ' + coalesce(post.organization, post.country), firstSeen: h.firstSeen,
  lastSeen: h.lastSeen}) AS posts
RETURN p.name AS person, size(posts) AS postCount, posts
ORDER BY postCount DESC, person
LIMIT 25;

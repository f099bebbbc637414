// The HELD spans a batch's rows may widen, read before the write (see held-span.postsWidened): only posts
// whose holders' spans change need their older office references resolved again.
UNWIND $pairs AS pair
MATCH (:Person {id: pair.personId})-[h:HELD]->(:Post {id: pair.postId})
RETURN pair.personId AS personId, pair.postId AS postId, toString(h.firstSeen) AS firstSeen,
       toString(h.lastSeen) AS lastSeen

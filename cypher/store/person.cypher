// One person with affiliations, the posts they held (with the HELD span) and counts of the events that occurred.
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .aliases, .titles, .country, .externalIds} AS person,
  COLLECT {
    MATCH (p)-[r:AFFILIATED_WITH]->(t:Organization|Location)
    RETURN {id: t.id, name: t.name, type: head(labels(t)), title: r.title}
  } AS affiliations,
  COLLECT {
    MATCH (p)-[h:HELD]->(post:Post)
    RETURN {post: post {.id, .office, .country, .organization}, firstSeen: h.firstSeen, lastSeen: h.lastSeen,
      articleCount: h.articleCount, source: h.source}
  } AS posts,
  COUNT { (p)-[:PARTICIPATED_IN]->(:Event {kind: 'meeting', status: 'occurred'}) } AS meetings,
  COUNT { (p)-[:PARTICIPATED_IN]->(:Event {kind: 'visit', status: 'occurred'}) } AS visits,
  COUNT { (p)-[:PARTICIPATED_IN]->(:Event {kind: 'call', status: 'occurred'}) } AS calls,
  COUNT { MATCH (p)-[r:MET_WITH]-(o:Person) WHERE r.status = 'occurred' RETURN DISTINCT o } AS counterparts

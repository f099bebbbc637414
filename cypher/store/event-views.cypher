// Events as the API shows them: place, participants with roles (and how a participant named only by
// office was resolved), the offices named, and every reporting article with its evidence sentences. Rows come back in the order of $ids.
UNWIND range(0, size($ids) - 1) AS i
MATCH (e:Event {id: $ids[i]})
RETURN i,
  e {.id, .kind, .status, .date, .articleCount, sourceCount: coalesce(e.sourceCount, e.articleCount)} AS event,
  COLLECT {
    MATCH (e)-[:TOOK_PLACE_IN]->(l:Location)
    RETURN l {.id, .name, .kind, .countryCode} ORDER BY l.id LIMIT 1
  } AS places,
  COLLECT {
    MATCH (p:Person)-[r:PARTICIPATED_IN]->(e)
    RETURN {id: p.id, name: p.name, role: r.role, resolvedBy: r.resolvedBy, postId: r.postId}
  } AS participants,
  COLLECT {
    MATCH (e)-[r:INVOLVED_POST]->(post:Post)
    RETURN {postId: post.id, office: post.office, country: post.country, organization: post.organization,
            role: r.role}
    ORDER BY post.id
  } AS offices,
  COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    RETURN {articleId: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt,
            evidence: r.evidence, confidence: r.confidence}
  } AS sources
ORDER BY i

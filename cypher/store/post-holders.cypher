// The holders of one post with their HELD spans and the articles that support them (no row: no such post).
MATCH (post:Post {id: $id})
RETURN COLLECT {
  MATCH (p:Person)-[h:HELD]->(post)
  RETURN {
    person: {id: p.id, name: p.name},
    firstSeen: h.firstSeen,
    lastSeen: h.lastSeen,
    articleCount: h.articleCount,
    source: h.source,
    evidence: h.evidence,
    sources: COLLECT {
      MATCH (a:Article) WHERE a.id IN h.articleIds
      RETURN {articleId: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt}
    }
  }
} AS holders

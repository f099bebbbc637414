// Articles of a batch, keyed by content hash; a second load of the same text changes nothing.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.url = row.url, a.title = row.title, a.source = row.source,
                a.publishedAt = date(row.publishedAt), a.ingestedAt = datetime(row.ingestedAt)

// Articles of a batch, keyed by content hash; a second load of the same text changes nothing. The
// syndication group is decided before the write; a group's first article also keeps its fingerprint
// and its band keys (one string, for the article_syndication_bands full-text index).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.url = row.url, a.title = row.title, a.source = row.source,
                a.publishedAt = date(row.publishedAt), a.ingestedAt = datetime(row.ingestedAt),
                a.syndicationGroup = row.syndicationGroup, a.minhash = row.minhash, a.shingles = row.shingles,
                a.syndicationBands = CASE WHEN size(row.bands) = 0 THEN null
                                     ELSE reduce(text = '', key IN row.bands | text + ' ' + key) END

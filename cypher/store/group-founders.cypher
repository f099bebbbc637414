// The articles that started syndication groups and share a band key with a new batch: the texts its
// articles are compared with (src/syndication/same-story.ts). $queries: the batch's band keys joined
// by OR, in chunks.
UNWIND $queries AS query
CALL db.index.fulltext.queryNodes('article_syndication_bands', query) YIELD node
RETURN DISTINCT node.id AS id, node.minhash AS minhash, node.shingles AS shingles

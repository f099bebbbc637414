// The articles that started syndication groups and share a band key with a new batch: the texts its
// articles are compared with (src/syndication/same-story.ts).
UNWIND $keys AS key
MATCH (:SyndicationBand {key: key})<-[:IN_BAND]-(a:Article)
RETURN DISTINCT a.id AS id, a.minhash AS minhash, a.shingles AS shingles

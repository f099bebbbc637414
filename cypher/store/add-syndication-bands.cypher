// Indexes the articles that start syndication groups by their band keys, so later copies find them.
// Rows are (key, article id) pairs sorted by key, so concurrent writers lock band nodes alike.
UNWIND $rows AS row
MERGE (b:SyndicationBand {key: row.key})
WITH b, row
MATCH (a:Article {id: row.id})
MERGE (a)-[:IN_BAND]->(b)
